/**
 * The design tokens as TypeScript reads them: the custom properties of the first `:root`
 * in `src/styles/tokens.css` (the light scheme), so what is drawn outside CSS (the preview
 * card's colours, the marker's size on the overview and the card) is the page's, not a
 * copy of it. Read at build time; pure: no Astro.
 */
import css from '@/styles/tokens.css?raw';

const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';

/** The value of `--name` in the first `:root` of tokens.css. */
export function token(name: string): string {
  const value = new RegExp(`--${name}:\\s*([^;]+);`).exec(root)?.[1]?.trim();
  if (!value) throw new Error(`src/styles/tokens.css: no --${name} in its first :root`);
  return value;
}

/** A unitless token as a number. */
export function numberToken(name: string): number {
  const value = Number(token(name));
  if (!Number.isFinite(value)) {
    throw new Error(`src/styles/tokens.css: --${name} is “${token(name)}”, not a number`);
  }
  return value;
}

/** A colour scheme an embed may be asked for, rather than the reader's own. */
export type Scheme = 'light' | 'dark';

/**
 * The colours of one scheme, whatever the reader's: the `--color-*` tokens of the first
 * `:root` (light) or of the one under `prefers-color-scheme: dark`, as one unlayered rule
 * that wins over both (an embed at `/embed/…/light/` inside a light article), except where
 * the reader forces colours.
 */
export function schemeCss(scheme: Scheme): string {
  const block =
    scheme === 'light'
      ? root
      : /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1];
  const colours = [...(block ?? '').matchAll(/(--color-[\w-]+):\s*([^;]+);/g)];
  if (colours.length === 0) {
    throw new Error(`src/styles/tokens.css: no --color-* tokens for the ${scheme} scheme`);
  }
  // Never under forced colours: there the reader's own palette is the one to keep.
  return `@media not (forced-colors:active){:root{color-scheme:${scheme};${colours.map(([, name, value]) => `${name}:${value!.trim()}`).join(';')}}}`;
}
