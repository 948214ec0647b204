/** The sources page: every source, grouped by when it was published, with who cites it. */
import { describe, expect, test } from 'vitest';
import { SOURCE_TIMINGS } from '../../src/lib/sources';
import { byId, href, open, region, startsWith, text, texts, within } from './dom';
import {
  event,
  events,
  inLang,
  languages,
  ledger,
  partners,
  paths,
  quotes,
  sources,
  timing,
  type Source,
  type Words,
} from './fixture';
import { fill, words } from './words';

/** The pages that cite a source, as (path below the root, the link's words) per language. */
function citing(source: Source) {
  const cites = (list: { sources: Source[] }) => list.sources.includes(source);
  return [
    ...events.filter(cites).map((e) => ({ path: paths.event(e.id), name: e.title })),
    ...partners.filter(cites).map((p) => ({ path: paths.partner(p.id), name: p.name })),
    ...quotes.filter(cites).map((q) => ({ path: paths.quote(q.id), name: q.topic })),
    // A ledger entry, by its own page, named by the event it is about.
    ...ledger
      .filter((e) => [e.source, ...e.steps.map((step) => step.source)].includes(source.id))
      .map((e) => ({
        path: `outcomes/entries/${e.id}/`,
        name: Object.fromEntries(
          languages.map((lang) => [
            lang,
            fill(words[lang].ledger.citation, { event: event(e.event).title[lang] }),
          ]),
        ) as Words<string>,
      })),
  ];
}

describe.each(languages)('the sources in %s', (lang) => {
  const w = words[lang];

  test(`/${inLang('sources/', lang)} groups every source and links the pages that cite it`, () => {
    const { document, screen } = open(inLang('sources/', lang));
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(w.sources.title);
    // The fixture has a source of every kind: so every group, in the site's order.
    expect(texts(within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }))).toEqual(
      SOURCE_TIMINGS.map((group) => w.sources.groups[group]),
    );
    for (const source of sources) {
      const group = within(region(document.body, w.sources.groups[timing(source)]));
      expect(
        group.getAllByRole('link', { name: startsWith(source.publisher[lang]) }).map(href),
      ).toContain(source.url);
      // Each source's entry, by its id, lists the pages that cite it.
      const item = byId(document, source.id);
      expect(text(item)).toContain(w.sources.citedBy);
      for (const { path, name } of citing(source)) {
        expect(href(within(item).getByRole('link', { name: name[lang] }))).toBe(
          `/${inLang(path, lang)}`,
        );
      }
    }
  });

  test('a page that cites a source leads back to the sources page', () => {
    const source = sources.find((s) => timing(s) === 'undated')!;
    const [first] = citing(source);
    const { document } = open(inLang(first!.path, lang));
    expect(
      href(
        within(region(document.body, w.event.sources)).getByRole('link', {
          name: w.sources.allSources,
        }),
      ),
    ).toBe(`/${inLang('sources/', lang)}`);
  });
});
