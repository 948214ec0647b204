/** The byte budgets of every page (docs/performance.md), shared by the tests that hold them. */

/**
 * What the first round trip of a new connection carries (10 TCP segments), gzip-compressed:
 * the budget of what a page's first screen needs (`firstScreen`).
 */
export const HTML_BUDGET = 14 * 1024;

/**
 * A first visit to the home page, gzip-compressed: its first screen (`firstScreen`), and
 * whatever else it loads (its icon, the print styles).
 */
export const FIRST_VISIT_BUDGET = 20 * 1024;

/** The opening of a timeline entry on the home page (`TimelineEntry.astro`). */
const TIMELINE_ENTRY = /<article\b[^>]*\bdata-record=/;

/**
 * What a page's first screen needs, as the start of its HTML: the head (with every style
 * inline), the header and menu, and the main content: on the timeline (the home page, which
 * holds every event and so grows with the record), up to the end of its first event's entry
 * (the heading, the intro, the calendar of months, the first event); on any other page, up
 * to its first section heading or to the end of the first item of its first list, whichever
 * comes first (on the change log, its first change), or all of its main content where it
 * has neither. A browser renders this as it arrives, so it must come in the first round
 * trip; what follows (the rest of the timeline or the list, the footer) may come after.
 */
export function firstScreen(html: string): string {
  const entry = html.search(TIMELINE_ENTRY);
  if (entry !== -1) {
    const end = html.indexOf('</article>', entry);
    return end === -1 ? html : html.slice(0, end + '</article>'.length);
  }
  const main = html.indexOf('<main');
  if (main === -1) return html;
  const heading = html.indexOf('<h2', main);
  const list = html.slice(main).search(/<[ou]l[\s>]/);
  const item = list === -1 ? -1 : html.indexOf('</li>', main + list);
  const ends = [heading, item === -1 ? -1 : item + '</li>'.length].filter((at) => at !== -1);
  const end = ends.length > 0 ? Math.min(...ends) : html.indexOf('</main>', main);
  return end === -1 ? html : html.slice(0, end);
}
