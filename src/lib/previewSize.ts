/** The size of every link-preview image, in pixels: the 1.91:1 card link previews expect. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
