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
 * inline), the header and menu, and the main content up to its first section heading (on
 * the home page: the heading, the intro and the whole overview figure; on a page with no
 * section heading, all of its main content). A browser renders this as it arrives, so it
 * must come in the first round trip; what follows (the timeline's entries, the footer) may
 * come after.
 */
export function firstScreen(html: string): string {
  const main = html.indexOf('<main');
  if (main === -1) return html;
  const heading = html.indexOf('<h2', main);
  const end = heading === -1 ? html.indexOf('</main>', main) : heading;
  return end === -1 ? html : html.slice(0, end);
}
