/** The byte budgets of every page (docs/performance.md), shared by the tests that hold them. */

/**
 * What the first round trip of a new connection carries (10 TCP segments), gzip-compressed:
 * the budget of what a page's first screen needs (`firstScreen`).
 */
export const HTML_BUDGET = 14 * 1024;

/** A first visit to the home page, gzip-compressed: the page and its icon. */
export const FIRST_VISIT_BUDGET = 20 * 1024;

/**
 * What a page's first screen needs, as the start of its HTML: the head (with every style
 * inline), the header and menu, and the main content up to its first section heading or to
 * the end of the first item of its first list, whichever comes first (on the home page: the
 * heading, the intro and the whole overview figure; on the change log, its first change),
 * or all of its main content where it has neither. A browser renders this as it arrives,
 * so it must come in the first round trip; what follows (the rest of the timeline or the
 * list, the footer) may come after.
 */
export function firstScreen(html: string): string {
  const main = html.indexOf('<main');
  if (main === -1) return html;
  const heading = html.indexOf('<h2', main);
  const list = html.slice(main).search(/<[ou]l[\s>]/);
  const item = list === -1 ? -1 : html.indexOf('</li>', main + list);
  const ends = [heading, item === -1 ? -1 : item + '</li>'.length].filter((at) => at !== -1);
  const end = ends.length > 0 ? Math.min(...ends) : html.indexOf('</main>', main);
  return end === -1 ? html : html.slice(0, end);
}
