/** The partners: a list in the article's order, and a page for each. */
import { describe, expect, test } from 'vitest';
import { href, open, region, text, texts, within } from './dom';
import { inLang, languages, partners, paths, prefix } from './fixture';
import { expectSourceLinks } from './source-list';
import { words } from './words';

describe.each(languages)('the partners in %s', (lang) => {
  const w = words[lang];
  const list = () => open(inLang('partners/', lang));

  test('the list, from the main menu, names every partner in order', () => {
    const menu = within(open(prefix(lang)).screen.getByRole('navigation', { name: w.nav.label }));
    expect(href(menu.getByRole('link', { name: w.nav.partners }))).toBe(
      `/${inLang('partners/', lang)}`,
    );
    const main = within(list().screen.getByRole('main'));
    expect(texts(main.getAllByRole('heading', { level: 2 }))).toEqual(
      partners.map((p) => p.name[lang]),
    );
    for (const p of partners) {
      const item = main
        .getAllByRole('listitem')
        .find((li) => within(li).queryByRole('heading', { name: p.name[lang] }))!;
      expect(text(item)).toContain(p.summary[lang]);
      if (p.events.length === 0) expect(text(item)).toContain(w.partners.noEvents);
    }
  });

  test.each(partners.map((p) => [p.id, p] as const))(
    'the page of %s, from the list, shows the partner, its events and sources',
    (_, p) => {
      const path = inLang(paths.partner(p.id), lang);
      const heading = list().screen.getByRole('heading', { level: 2, name: p.name[lang] });
      expect(href(within(heading).getByRole('link', { name: p.name[lang] }))).toBe(`/${path}`);
      const { document, screen } = open(path);
      expect(text(screen.getByRole('heading', { level: 1 }))).toBe(p.name[lang]);
      expect(text(screen.getByRole('main'))).toContain(p.summary[lang]);

      const related = region(document.body, w.partners.events);
      const links = within(related).queryAllByRole('link');
      if (p.events.length === 0) {
        expect(text(related)).toContain(w.partners.noEvents);
        expect(links).toHaveLength(0);
      } else {
        // Its events in timeline order, each leading to its page.
        expect(texts(links)).toEqual(p.events.map((e) => e.title[lang]));
        expect(links.map(href)).toEqual(p.events.map((e) => `/${inLang(paths.event(e.id), lang)}`));
      }

      expectSourceLinks(document, p.sources, lang);
    },
  );
});
