/**
 * What the link-preview cards are made of for Satori: `div`s with inline styles, written
 * as the plain objects React elements would be (no JSX, no React). Pure: no Astro.
 */
export type CardElement = { type: string; props: Record<string, unknown> };

/** A box in its parent's flow, holding other boxes or text. */
export const box = (
  style: Record<string, unknown>,
  ...children: (CardElement | string)[]
): CardElement => ({
  type: 'div',
  props: { style, children },
});

/** A box placed absolutely in its parent (by `left` and `top` in `style`), with a line of text. */
export const at = (style: Record<string, unknown>, text?: string): CardElement => ({
  type: 'div',
  props: {
    style: { position: 'absolute', display: 'flex', lineHeight: 1.2, ...style },
    children: text,
  },
});
