/**
 * The embeds, in every language: pages for another site's frame, with no header or
 * footer, asking not to be indexed, whose links open the full site in the window around
 * the frame; the ledger compact (totals with their base and date, every entry with its
 * status in words) and the overview (every event, leading to its entry on the timeline).
 * (That a link clicked inside a frame opens in the window around it is the browser's:
 * tests/behaviour/embeds.spec.ts.)
 */
import { describe, expect, test } from 'vitest';
import { href, open, queryLandmark, text, within } from './dom';
import {
  asOf,
  escape,
  event,
  events,
  formatDate,
  languages,
  ledger,
  paths,
  prefix,
  source,
} from './fixture';
import { fill, words } from './words';

describe.each(languages)('the embeds in %s', (lang) => {
  const w = words[lang];
  const ledgerPath = `${prefix(lang)}embed/outcomes/`;
  const overviewPath = `${prefix(lang)}embed/overview/`;

  test.each([ledgerPath, overviewPath])(
    '/%s has no header or footer, asks not to be indexed, and credits the site',
    (path) => {
      const { document, screen } = open(path);
      expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
      expect(queryLandmark(document, 'banner')).toBeNull();
      expect(queryLandmark(document, 'contentinfo')).toBeNull();
      expect(screen.queryByRole('navigation', { name: w.nav.label })).toBeNull();
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
        'noindex',
      );
      expect(document.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
      // Every link opens in the window around the frame.
      expect(document.querySelector('head base')?.getAttribute('target')).toBe('_top');
      expect(document.querySelectorAll('a[target]:not([target="_top"])')).toHaveLength(0);
      // A link drawn in SVG does not follow `<base target>`: each says so itself.
      expect(document.querySelectorAll('svg a:not([target="_top"])')).toHaveLength(0);
      // One script: the page's height, posted to the page around it, and nothing else.
      const scripts = document.querySelectorAll('script:not([type="application/ld+json"])');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.textContent).toMatch(
        /^new ResizeObserver\(.*parent\.postMessage\(\{"okt-embed-height":/,
      );
      // The credit: the site, leading home, and the record's date.
      expect(href(screen.getByRole('link', { name: w.siteName }))).toBe(`/${prefix(lang)}`);
      expect(text([...document.querySelectorAll(`time[datetime="${asOf}"]`)].at(-1))).toBe(
        formatDate(asOf, lang),
      );
    },
  );

  test(`the ledger's embed shows the totals and every entry with its status`, () => {
    const { screen } = open(ledgerPath);
    const done = ledger.filter((entry) => entry.status === 'done').length;
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(w.ledger.title);
    expect(text(screen.getByRole('main'))).toContain(
      `${fill(w.ledger.totals, { total: ledger.length, done })} · ${fill(w.ledger.asOf, { date: formatDate(asOf, lang) })}`,
    );
    const items = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(items).toHaveLength(ledger.length);
    for (const [index, entry] of ledger.entries()) {
      const item = within(items[index]!);
      const about = event(entry.event);
      expect(text(items[index])).toContain(w.ledgerStatus[entry.status]);
      expect(
        href(
          item.getByRole('link', {
            name: new RegExp(escape(entry.translation[lang] ?? entry.said), 'i'),
          }),
        ),
      ).toBe(`/${prefix(lang)}outcomes/entries/${entry.id}/`);
      expect(href(item.getByRole('link', { name: about.title[lang] }))).toBe(
        `/${prefix(lang)}${paths.event(about.id)}`,
      );
      // Who said it, in whose pages, and when.
      const who = entry.speaker.kind === 'article' ? w.ledger.ownVoice : entry.speaker.name[lang];
      expect(text(items[index])).toContain(who);
      expect(text(items[index])).toContain(source(entry.source).publisher[lang]);
      expect(text(items[index]!.querySelector(`time[datetime="${entry.date}"]`))).toBe(
        formatDate(entry.date, lang),
      );
    }
  });

  test(`the overview's embed draws every event, each leading to its entry on the timeline`, () => {
    const { document, screen } = open(overviewPath);
    const overview = within(screen.getByRole('navigation', { name: w.overview.label }));
    /** Where a link leads, read against the page's `<base href>` as a browser reads it. */
    const base = new URL(document.querySelector('base')?.getAttribute('href') ?? '', document.URL);
    const leadsTo = (link: Element) => {
      const url = new URL(href(link)!, base);
      return `${url.pathname}${url.hash}`;
    };
    for (const e of events) {
      const [marker] = overview.getAllByRole('link', {
        name: new RegExp(`^${escape(e.title[lang])}.*${escape(formatDate(e.date, lang))}`),
      });
      expect(leadsTo(marker!)).toBe(`/${prefix(lang)}#${e.id}`);
    }
  });
});
