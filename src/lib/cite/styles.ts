/**
 * Ready citations of a page, formatted from its CSL-JSON item by citeproc-js (npm
 * `citeproc`) with the Citation Style Language's official APA and Chicago (author-date)
 * styles and its locale for the page's language, all vendored in `csl/` (its README says
 * from where), so a build needs no network. A language with no locale there is written
 * with en-US's terms.
 */
import CSL, { type StyleNode } from 'citeproc';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-author-date.csl?raw';
import type { CslItem } from './reference';

export const CITATION_STYLES = { apa, chicago } as const;
export type CitationStyle = keyof typeof CITATION_STYLES;

/** The vendored locales by tag: `ko-KR`, `en-US`. */
const LOCALES = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('./csl/locales-*.xml', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, xml]) => [path.replace(/^.*locales-(.+)\.xml$/, '$1'), xml]),
);
const FALLBACK_LOCALE = 'en-US';

/** The CSL locale a page's language is written with: `ko` → `ko-KR`; en-US where none is vendored. */
export function cslLocale(lang: string): string {
  return Object.keys(LOCALES).find((tag) => tag.split('-')[0] === lang) ?? FALLBACK_LOCALE;
}

/**
 * citeproc-js finds a macro by name by walking the whole style, once for every call of a
 * macro it expands while making an engine: with Chicago's 160 KB and APA's 85 KB, that walk
 * was about half of making the four engines a build needs (8.3 s of CPU, idle; 4.6 s with
 * this). Each style's macros are listed once, by name, on the first such lookup; the
 * lookup then returns the same nodes the walk would, in the same order. A style's list of
 * macros does not change once read (citeproc-js changes nodes within them, never the list),
 * so the entries stay true. Any other lookup is citeproc-js's own.
 */
const macrosByStyle = new WeakMap<StyleNode, Map<string, StyleNode[]>>();
const findNodes = CSL.XmlJSON.prototype.getNodesByName;
CSL.XmlJSON.prototype.getNodesByName = function (node, name, nameAttribute, found) {
  if (name !== 'macro' || node !== this.dataObj || !nameAttribute || found) {
    return findNodes.call(this, node, name, nameAttribute, found);
  }
  let macros = macrosByStyle.get(node);
  if (!macros) {
    macros = Map.groupBy(findNodes.call(this, node, 'macro'), (macro) => macro.attrs['name']!);
    macrosByStyle.set(node, macros);
  }
  return [...(macros.get(nameAttribute) ?? [])];
};

/**
 * One engine per style and locale, made on first use: making one is the slow part (half a
 * second to a second and a half of CPU each, idle), formatting an item takes milliseconds.
 */
const engines = new Map<
  string,
  { engine: InstanceType<typeof CSL.Engine>; items: Map<string, CslItem> }
>();

function engineFor(style: CitationStyle, locale: string) {
  const key = `${style} ${locale}`;
  let found = engines.get(key);
  if (!found) {
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      {
        retrieveLocale: (tag) => LOCALES[tag] ?? LOCALES[FALLBACK_LOCALE],
        retrieveItem: (id) => items.get(id),
      },
      CITATION_STYLES[style],
      locale,
      // The page's language, whatever the style's default.
      true,
    );
    engine.setOutputFormat('html');
    found = { engine, items };
    engines.set(key, found);
  }
  return found;
}

/**
 * The item's bibliography entry in `style`, in the conventions of the locale for `lang`,
 * as HTML (the title in `<i>` where the style sets it in italics; text escaped by the
 * processor). Throws where the processor reports the item as unusable.
 */
export function formatCitation(item: CslItem, style: CitationStyle, lang: string): string {
  const { engine, items } = engineFor(style, cslLocale(lang));
  items.set(item.id, item);
  // Emptied first: the processor keeps an item it has seen, and an address's item can
  // change (in development, between requests).
  engine.updateItems([]);
  engine.updateItems([item.id]);
  const result = engine.makeBibliography();
  if (!result || result[0].bibliography_errors.length > 0 || result[1].length !== 1) {
    throw new Error(`citation of ${item.URL}: ${style} could not be formatted`);
  }
  return result[1][0]!.trim().replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1');
}

/** The item in every style the pages give: APA and Chicago. */
export function formatCitations(item: CslItem, lang: string): Record<CitationStyle, string> {
  return {
    apa: formatCitation(item, 'apa', lang),
    chicago: formatCitation(item, 'chicago', lang),
  };
}
