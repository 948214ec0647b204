/**
 * The card's size and margins, in pixels: what it is drawn to (`card.ts`) and what the tests
 * measure its ink against (`tests/support/previewInk.ts`). Plain numbers, so anything can read them.
 */

/** The size of every link-preview image, in pixels: the 1.91:1 card link previews expect. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Nothing is drawn closer than this to an edge; the tests look for ink there. */
export const PREVIEW_MARGIN = 64;

/** Room left inside the margin for glyphs that reach past their line box (descenders, accents). */
export const PREVIEW_OVERHANG = 8;

/** The width inside the margins (and the overhang), where the timeline is drawn. */
export const PREVIEW_INNER_WIDTH = PREVIEW_WIDTH - 2 * (PREVIEW_MARGIN + PREVIEW_OVERHANG);
