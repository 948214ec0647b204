/** The part of citeproc-js (npm `citeproc`, no types of its own) that `styles.ts` uses. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string | undefined;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibliography_errors: unknown[] }, string[]] | false;
  }
  /** A node of a style as citeproc-js holds it (its JSON form of the XML). */
  export interface StyleNode {
    name: string;
    attrs: Record<string, string>;
    children: (StyleNode | string)[];
  }
  /** citeproc-js's reader of a style's JSON form; `styles.ts` speeds up its macro lookup. */
  class XmlJSON {
    dataObj: StyleNode;
    getNodesByName(
      node: StyleNode,
      name: string,
      nameAttribute?: string,
      found?: StyleNode[],
    ): StyleNode[];
  }
  const CSL: { Engine: typeof Engine; XmlJSON: typeof XmlJSON };
  export default CSL;
}
