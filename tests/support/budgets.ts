/** The byte budgets of every page (docs/performance.md), shared by the tests that hold them. */

/**
 * A page's HTML with its inline CSS, gzip-compressed: what fits in the first round trip of
 * a new connection (10 TCP segments).
 */
export const HTML_BUDGET = 14 * 1024;

/** A first visit to the home page, gzip-compressed: the page and its icon. */
export const FIRST_VISIT_BUDGET = 20 * 1024;
