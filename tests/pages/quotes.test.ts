/** The quotes: a list in the order they were said, and a page for each. */
import { describe, expect, test } from 'vitest';
import { defaultLang } from '../../src/i18n/locales';
import { href, open, queryRegion, region, text, texts, within } from './dom';
import { inLang, languages, paths, prefix, quotes } from './fixture';
import { expectQuoteJsonLd } from './structured-data';
import { fill, words } from './words';

describe.each(languages)('the quotes in %s', (lang) => {
  const w = words[lang];
  const list = () => open(inLang('quotes/', lang));

  test('the list, from the main menu, shows every quote in order', () => {
    const menu = within(open(prefix(lang)).screen.getByRole('navigation', { name: w.nav.label }));
    expect(href(menu.getByRole('link', { name: w.nav.quotes }))).toBe(
      `/${inLang('quotes/', lang)}`,
    );
    const items = within(list().screen.getByRole('main')).getAllByRole('listitem');
    expect(items).toHaveLength(quotes.length);
    for (const [index, q] of quotes.entries()) {
      const item = items[index]!;
      expect(text(item)).toContain(`“${q.text}”`);
      expect(text(item)).toContain(`${q.speaker[lang]}, ${q.role[lang]}`);
      expect(href(within(item).getByRole('link', { name: q.topic[lang] }))).toBe(
        `/${inLang(paths.quote(q.id), lang)}`,
      );
    }
  });

  test.each(quotes.map((q) => [q.id, q] as const))(
    'the page of %s shows the words, who said them, where and of what',
    (_, q) => {
      const path = inLang(paths.quote(q.id), lang);
      const [source] = q.sources;
      const { document, screen } = open(path);
      expect(text(screen.getByRole('heading', { level: 1 }))).toBe(q.topic[lang]);
      const main = within(screen.getByRole('main'));
      const blockquotes = main.getAllByRole('blockquote');
      // The original words, verbatim, citing their source.
      const original = blockquotes[0]!;
      expect(text(original)).toBe(`“${q.text}”`);
      expect(original.getAttribute('cite')).toBe(source!.url);
      if (lang === defaultLang) {
        expect(blockquotes).toHaveLength(1);
      } else {
        // The original marked as Korean, then a translation, each labelled.
        expect(original.getAttribute('lang')).toBe(defaultLang);
        expect(main.getByText(w.quotes.original)).toBeTruthy();
        expect(main.getByText(w.quotes.translation)).toBeTruthy();
        expect(text(blockquotes.at(-1))).toBe(`“${q.translation[lang]}”`);
        // The translation is said to be the site's, never given as the speaker's words.
        expect(
          main.getByText(fill(w.sourceNotes.siteTranslation, { speaker: q.speaker[lang] })),
        ).toBeTruthy();
        // His own words in the page's language, where a source prints them, as his.
        const spoken = q.spoken[lang];
        if (spoken) {
          expect(
            main.getByText(
              fill(w.sourceNotes.spoken, { publisher: spoken.source.publisher[lang] }),
            ),
          ).toBeTruthy();
          expect(text(blockquotes[1])).toBe(`“${spoken.text}”`);
          expect(blockquotes[1]!.getAttribute('cite')).toBe(spoken.source.url);
        } else {
          expect(blockquotes).toHaveLength(2);
        }
      }
      expect(text(screen.getByRole('main'))).toContain(`${q.speaker[lang]}, ${q.role[lang]}`);
      expect(
        href(
          within(region(document.body, w.quotes.saidAt)).getByRole('link', {
            name: q.event.title[lang],
          }),
        ),
      ).toBe(`/${inLang(paths.event(q.event.id), lang)}`);
      const about = queryRegion(document.body, w.quotes.about);
      if (q.about.length === 0) expect(about).toBeNull();
      else {
        const links = within(about!).getAllByRole('link');
        expect(texts(links)).toEqual(q.about.map((e) => e.title[lang]));
        expect(links.map(href)).toEqual(q.about.map((e) => `/${inLang(paths.event(e.id), lang)}`));
        // Whose page shows the quote in turn.
        for (const e of q.about) {
          expect(
            text(region(open(inLang(paths.event(e.id), lang)).document.body, w.event.quotes)),
          ).toContain(`“${q.text}”`);
        }
      }
      expect(
        href(
          within(region(document.body, w.event.sources)).getByRole('link', {
            name: w.sources.allSources,
          }),
        ),
      ).toBe(`/${inLang('sources/', lang)}`);
      // Its link on the list.
      expect(href(list().screen.getByRole('link', { name: q.topic[lang] }))).toBe(`/${path}`);

      expectQuoteJsonLd(document, q, lang);
    },
  );
});
