/**
 * Every page of the fixture's build: all of it there, in every language, each with the
 * shell a reader expects (language, title, header, footer, feed, what a link to it shows)
 * and its content in its HTML, with no script but data.
 */
import { describe, expect, test } from 'vitest';
import { defaultLang, localeOf } from '../../src/i18n/locales';
import { formatDateRange, parseCalendarDate } from '../../src/lib/dates';
import { pageTitle } from '../../src/lib/pageTitle';
import { builtPages } from '../support/pages';
import { FIXTURE_DIST } from '../support/project.mjs';
import { href, landmark, open, startsWith, text, texts, within } from './dom';
import {
  embedPages,
  event,
  expectedPages,
  inLang,
  languages,
  ledger,
  others,
  partner,
  paths,
  prefix,
  primary,
  publisher,
  quotes,
  siteUrl,
  splitLang,
  type LedgerStatus,
} from './fixture';
import { dateLine, spanLine } from './records';
import { fill, words } from './words';

test('the build has every page of the fixture, in every language, and no other', () => {
  expect(builtPages(FIXTURE_DIST)).toEqual(expectedPages);
});

/**
 * What a page of the fixture is, from its path: its heading, the description and title
 * link previews show, whether it is about one thing (an event, a partner, a quote) and
 * so has a card of its own.
 */
function pageOf(path: string) {
  const { lang, path: own } = splitLang(path);
  const w = words[lang];
  const [kind, id] = own.split('/');
  /** A page about one thing: its card's words (label, title, date) are its image's alt text. */
  const one = (heading: string, description: string, card: (string | undefined)[]) => ({
    heading,
    description,
    own: true,
    alt: card.filter(Boolean).join(' · '),
  });
  /** A span of dates as the pages write it. */
  const span = (date: string, end: string | undefined) =>
    formatDateRange(parseCalendarDate(date), end ? parseCalendarDate(end) : undefined, lang);
  if (kind === 'events') {
    const e = event(id!);
    return one(e.title[lang], e.summary[lang], [w.kinds[e.kind], e.title[lang], dateLine(e, lang)]);
  }
  if (kind === 'partners' && id) {
    const p = partner(id);
    const [first, last] = [p.events.at(0), p.events.at(-1)];
    // From the first to the last, each end in words where its date is no plain date.
    const dates =
      first && last && fill(w.preview.onTimeline, { dates: spanLine(first, last, lang) });
    return one(p.name[lang], p.summary[lang], [w.preview.partner, p.name[lang], dates]);
  }
  if (kind === 'quotes' && id) {
    const q = quotes.find((quote) => quote.id === id)!;
    // A translation is said to be the site's, never given as the speaker's words.
    // His own words where a source prints them, said to be his and whose.
    const translated = q.translation[lang];
    const spoken = q.spoken[lang];
    const note = fill(w.sourceNotes.siteTranslation, { speaker: q.speaker[lang] });
    const by = spoken && fill(w.sourceNotes.spoken, { publisher: spoken.source.publisher[lang] });
    return one(
      q.topic[lang],
      spoken
        ? `${q.speaker[lang]} (${by}): “${spoken.text}”`
        : translated
          ? `${q.speaker[lang]}: “${translated}” (${note})`
          : `${q.speaker[lang]}: “${q.text}”`,
      [
        `${w.preview.quote} · ${q.speaker[lang]}`,
        q.topic[lang],
        span(q.event.date, q.event.endDate),
      ],
    );
  }
  if (kind === 'outcomes' && id === 'entries') {
    const entry = ledger.find((e) => e.id === own.split('/')[2])!;
    return {
      heading: fill(w.ledger.entryTitle, { event: event(entry.event).title[lang] }),
      description: entry.translation[lang] ?? entry.said,
      own: false,
    };
  }
  if (kind === 'outcomes' && id === 'said') {
    const occasion = own.split('/')[2] as 'launch' | 'earlier' | 'later';
    return {
      heading: fill(w.ledger.occasionTitle, { occasion: w.ledger.occasions[occasion] }),
      description: w.ledger.intro,
      own: false,
    };
  }
  if (kind === 'outcomes' && id) {
    const status = id as LedgerStatus;
    return {
      heading: fill(w.ledger.statusTitle, { status: w.ledgerStatus[status] }),
      description: w.ledgerMeaning[status],
      own: false,
    };
  }
  const list = {
    outcomes: { title: w.ledger.title, intro: w.ledger.intro },
    partners: w.partners,
    quotes: w.quotes,
    sources: w.sources,
    changes: w.changes,
    about: w.about,
    data: w.openData,
    embeds: w.embeds,
  }[kind!];
  if (list) return { heading: list.title, description: list.intro, own: false };
  // The home page: the site's name and description, and a card of its own.
  return {
    heading: w.siteName,
    description: w.siteDescription,
    own: true,
    home: true,
    alt: `${w.preview.home} · ${w.siteName}`,
  };
}

/**
 * What a page's head says: its language and encoding, its `<meta>` tags' contents by
 * `property` (Open Graph) or `name` (each a list, in the page's order), its canonical
 * address, its feeds, and its versions in other languages (`hreflang`).
 */
function headOf(document: Document) {
  const html = document.documentElement;
  const all = (selector: string) => [...html.querySelectorAll<HTMLElement>(selector)];
  const meta: Record<string, string[]> = {};
  for (const tag of all('head meta[property], head meta[name]')) {
    const key = tag.getAttribute('property') ?? tag.getAttribute('name')!;
    (meta[key] ??= []).push(tag.getAttribute('content') ?? '');
  }
  const links = (rel: string) => all(`head link[rel="${rel}"]`);
  return {
    lang: html.getAttribute('lang'),
    charset: html.querySelector('meta[charset]')?.getAttribute('charset'),
    meta,
    canonical: links('canonical').map((link) => link.getAttribute('href')),
    feeds: links('alternate')
      .filter((link) => link.getAttribute('type') === 'application/rss+xml')
      .map((link) => ({ href: link.getAttribute('href'), title: link.getAttribute('title') })),
    alternates: links('alternate')
      .filter((link) => link.hasAttribute('hreflang'))
      .map((link) => ({
        hreflang: link.getAttribute('hreflang'),
        href: link.getAttribute('href'),
      })),
  };
}

// The embeds have no header or footer of their own: embeds.test.ts.
describe.each(expectedPages.filter((page) => !embedPages.includes(page)))('/%s', (path) => {
  const { lang, path: ownPath } = splitLang(path);
  const w = words[lang];
  const { heading, description, own, home, alt } = {
    home: false,
    alt: words[lang].siteName,
    ...pageOf(path),
  };

  test('shows its language, title, header, footer, alternates and content', () => {
    const { document, screen } = open(path);
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(heading);
    // The page's title and the site's name, shortened as the site's rule says where long.
    expect(document.title).toBe(home ? w.siteName : pageTitle(heading, w.siteName));

    // What the head says: its language and encoding; what a link to it shows (title,
    // description, address, language, card); its address; its feed; its version in every
    // language, and which is the default, for search engines.
    const shared = home ? w.siteName : heading;
    const card = siteUrl(`${own ? path : prefix(lang)}preview.png`);
    expect(headOf(document)).toMatchObject({
      lang,
      charset: expect.stringMatching(/^utf-8$/i),
      meta: {
        description: [description],
        'og:title': [shared],
        'twitter:title': [shared],
        'og:description': [description],
        'twitter:description': [description],
        'og:url': [siteUrl(path)],
        'og:type': [own && !home ? 'article' : 'website'],
        'og:site_name': [w.siteName],
        'og:locale': [localeOf(lang).ogLocale],
        'og:locale:alternate': others(lang).map((other) => localeOf(other).ogLocale),
        'og:image': [card],
        'twitter:image': [card],
        'og:image:alt': [alt],
        'og:image:width': ['1200'],
        'og:image:height': ['630'],
        'twitter:card': ['summary_large_image'],
      },
      canonical: [siteUrl(path)],
      // A feed reader pointed at the change log subscribes to the log's own feed.
      feeds: [
        ownPath === 'changes/'
          ? { href: `/${inLang('changes/rss.xml', lang)}`, title: w.changes.feedTitle }
          : { href: `/${prefix(lang)}rss.xml`, title: w.siteName },
      ],
      alternates: [
        ...languages.map((version) => ({
          hreflang: version,
          href: siteUrl(inLang(ownPath, version)),
        })),
        { hreflang: 'x-default', href: siteUrl(inLang(ownPath, defaultLang)) },
      ],
    });

    // The site's name leads home in the page's own language; the menu is there.
    const banner = within(landmark(document, 'banner'));
    expect(href(banner.getByRole('link', { name: w.siteName }))).toBe(`/${prefix(lang)}`);
    expect(
      texts(within(screen.getByRole('navigation', { name: w.nav.label })).getAllByRole('link')),
    ).toEqual([w.nav.timeline, w.nav.outcomes, w.nav.partners, w.nav.quotes]);
    // The footer credits the article, and offers the feed, the calendar and the data.
    const footer = within(landmark(document, 'contentinfo'));
    expect(href(footer.getByRole('link', { name: startsWith(primary.publisher[lang]) }))).toBe(
      primary.url,
    );
    expect(href(footer.getByRole('link', { name: w.footer.feed }))).toBe(`/${prefix(lang)}rss.xml`);
    expect(href(footer.getByRole('link', { name: w.footer.calendar }))).toBe(
      `/${prefix(lang)}calendar.ics`,
    );
    expect(href(footer.getByRole('link', { name: w.footer.data }))).toBe('/events.json');
    // Who publishes the record, and its terms.
    expect(text(landmark(document, 'contentinfo'))).toContain(publisher[lang]);
    expect(href(footer.getByRole('link', { name: 'CC BY 4.0' }))).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(href(footer.getByRole('link', { name: w.terms.link }))).toBe(
      `/${prefix(lang)}about/#terms`,
    );
    // JSON-LD is data for search engines, not a script that runs.
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);

    // Its content in its HTML: the page's heading and more than a line of text.
    expect(text(screen.getByRole('main')).length).toBeGreaterThan(50);
  });
});

test('links lead on: timeline → event → partner → quote list → quote → event', () => {
  const w = words[defaultLang];
  const quote = quotes[0]!;
  const e = quote.event;
  const said = partner(e.partners[0]!);
  const go = (link: HTMLElement) => open(href(link)!.slice(1));
  let page = open('');
  page = go(page.screen.getByRole('link', { name: e.title[defaultLang] }));
  expect(page.document.URL).toBe(siteUrl(paths.event(e.id)));
  page = go(
    within(page.screen.getByRole('main')).getByRole('link', { name: said.name[defaultLang] }),
  );
  expect(page.document.URL).toBe(siteUrl(paths.partner(said.id)));
  page = go(
    within(page.screen.getByRole('navigation', { name: w.nav.label })).getByRole('link', {
      name: w.nav.quotes,
    }),
  );
  page = go(page.screen.getByRole('link', { name: quote.topic[defaultLang] }));
  expect(page.document.URL).toBe(siteUrl(paths.quote(quote.id)));
  page = go(within(page.screen.getByRole('region', { name: w.quotes.saidAt })).getByRole('link'));
  expect(page.document.URL).toBe(siteUrl(paths.event(e.id)));
});
