/**
 * Every kind of page in every language of src/i18n/locales.ts: the switch leads to the
 * same page in another language, and the one 404 page speaks every language. (That every
 * page names its versions with hreflang is checked with the rest of its head, in
 * pages.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { localeOf } from '../../src/i18n/locales';
import { NOT_FOUND_PAGES } from '../support/pages';
import { href, landmark, open, text, within } from './dom';
import { inLang, languages, others, pageKinds, prefix } from './fixture';
import { words } from './words';

describe.each(languages)('in %s', (lang) => {
  test.each(pageKinds.map(({ kind, path }) => [kind, path] as const))(
    'the language switch on the %s page leads to the same page in each other language',
    (_, path) => {
      const { document } = open(inLang(path, lang));
      expect(document.documentElement.lang).toBe(lang);
      const banner = within(landmark(document, 'banner'));
      for (const other of others(lang)) {
        const target = href(banner.getByRole('link', { name: localeOf(other).label }))!;
        expect(target).toBe(`/${inLang(path, other)}`);
        expect(open(target.slice(1)).document.documentElement.lang).toBe(other);
      }
    },
  );

  test('the 404 page, served for any mistyped address, speaks every language and leads home in this one', () => {
    // Static hosts serve the one root 404.html for every missing address.
    const { screen } = open(NOT_FOUND_PAGES[0]!);
    const heading = screen.getByRole('heading', { level: 1 });
    for (const other of languages) {
      expect(text(heading.querySelector(`[lang="${other}"]`))).toBe(words[other].notFound.title);
    }
    const parts = [...screen.getByRole('main').querySelectorAll<HTMLElement>(`[lang="${lang}"]`)];
    const home = parts.flatMap((part) =>
      within(part).queryAllByRole('link', { name: words[lang].event.backToTimeline }),
    );
    expect(home.map(href)).toEqual([`/${prefix(lang)}`]);
  });
});
