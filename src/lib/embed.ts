/**
 * The embeds, for newsrooms' frames: their colour schemes (each a separate address), the
 * two columns a producer chooses between, the height a frame needs in each, and the two
 * scripts of the automatic height: the embed's own (the one script the site ships, on
 * embed pages only, allowed by its hash) and the line a host page adds. Pure: the pages
 * read it (`src/pages/[...lang]/embed/`, `src/pages/[...lang]/embeds/`).
 *
 * Without the host's script a frame keeps the height its code gives, so that height must
 * hold everything: it is estimated from the words the embed shows, as if every character
 * of a Korean, Chinese or Japanese script were a full em wide and every other one 0.6 em
 * (wider than the system fonts' average), each line giving up four ems to wrapping, with
 * a tenth more and a line's worth at the foot. A frame is a little too tall rather than
 * cut; with the script, it is exactly as tall as its page.
 */
import type { Scheme } from './tokens';

/** The schemes an embed is offered in: the reader's own (`auto`, the embed's plain address), light or dark. */
export const EMBED_SCHEMES = ['auto', 'light', 'dark'] as const satisfies readonly (
  Scheme | 'auto'
)[];
export type EmbedScheme = (typeof EMBED_SCHEMES)[number];

/** The columns a producer chooses between, in CSS pixels: a phone's and a desktop article's. */
export const EMBED_COLUMNS = { phone: 320, desktop: 700 } as const;
export type EmbedColumn = keyof typeof EMBED_COLUMNS;

/** The message an embed posts to the page around it: `{ "okt-embed-height": 1234 }`. */
export const HEIGHT_MESSAGE = 'okt-embed-height';

/**
 * The embed's script: it posts its page's height to the window around the frame whenever
 * that height changes (the frame's width, the fonts). Inline and tiny, so the policy can
 * allow it by its hash and nothing else (`narrowPolicy` in `csp.ts`).
 */
export const EMBED_SCRIPT = `new ResizeObserver(function(){parent.postMessage({"${HEIGHT_MESSAGE}":Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}).observe(document.documentElement)`;

/**
 * The line a host page adds once, anywhere, to let every frame of this site take its
 * height: it listens for the embeds' messages from `origin` only, and sets the height of
 * the frame that sent each.
 */
export const hostScript = (origin: string) =>
  `<script>addEventListener("message",function(e){var h=e.origin===${JSON.stringify(origin)}&&e.data&&e.data["${HEIGHT_MESSAGE}"];if(h)document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px"})})</script>`;

/** The code a producer pastes: the frame, `border: 0`, as wide as the column, with its title and a height for the column. */
export const frameCode = ({ src, title, height }: { src: string; title: string; height: number }) =>
  `<iframe src="${src}" title="${title.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" width="100%" height="${height}" style="border: 0; width: 100%;" loading="lazy"></iframe>`;

// The page's own measures (EmbedLayout and the embeds' styles), in CSS pixels.
const PADDING = 12;
const ROOT = 16;

/** How wide a text is, in ems, at its most: a full em for CJK, 0.6 em for anything else. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) {
    ems +=
      /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u.test(
        char,
      )
        ? 1
        : 0.6;
  }
  return ems;
}

/** How many lines a text takes at its most in a column, at a font size (px). */
export function linesOf(text: string, column: number, fontPx: number): number {
  const perLine = Math.max(column / fontPx - 4, 4);
  return Math.max(1, Math.ceil(textEms(text) / perLine));
}

/** A block of text: its words, font size (rem) and line height (a multiple of the size). */
export interface TextBlock {
  text: string;
  size: number;
  lineHeight: number;
}

const blockHeight = (block: TextBlock, column: number) => {
  const px = block.size * ROOT;
  return linesOf(block.text, column, px) * px * block.lineHeight;
};

/** What every embed shows around its content: the credit at the top and the heading. */
export interface EmbedFrame {
  credit: string;
  title: string;
}

/** A frame's height for a column: the credit, the heading, then `content(column)`, with the margin. */
function frameHeight(frame: EmbedFrame, width: number, content: (column: number) => number) {
  const column = width - 2 * PADDING;
  const credit = blockHeight({ text: frame.credit, size: 0.875, lineHeight: 1.7 }, column) + 21;
  const title = blockHeight({ text: frame.title, size: 1.125, lineHeight: 1.3 }, column);
  const inner = PADDING + credit + title + content(column) + PADDING;
  return Math.ceil((inner * 1.1 + 24) / 10) * 10;
}

/** What the compact ledger shows of one entry below its status: the words, who said it and when, the event. */
export interface LedgerEmbedEntry {
  said: string;
  who: string;
  event: string;
}

/** The compact ledger's height in a column `width` px wide. */
export function ledgerEmbedHeight(
  frame: EmbedFrame,
  totals: string,
  entries: readonly LedgerEmbedEntry[],
  width: number,
): number {
  return frameHeight(frame, width, (column) => {
    const head = 4 + blockHeight({ text: totals, size: 0.9375, lineHeight: 1.7 }, column) + 12;
    // Each entry: its rule and padding, and the status's line with the space around it
    // (76 px, as measured in Chromium: more than the status's own words need), then its lines.
    const rows = entries.map(
      (entry) =>
        76 +
        blockHeight({ text: entry.said, size: 0.9375, lineHeight: 1.55 }, column) +
        blockHeight({ text: entry.who, size: 0.875, lineHeight: 1.7 }, column) +
        blockHeight({ text: entry.event, size: 0.875, lineHeight: 1.7 }, column),
    );
    return head + rows.reduce((sum, row) => sum + row, 0);
  });
}

/** A view of the overview as drawn: its name (`wide` or `narrow`) and its SVG size. */
export interface OverviewViewSize {
  name: string;
  width: number;
  height: number;
}

/** Below this width (40rem) the overview shows its narrow view, at its own width at most. */
const NARROW_BELOW = 640;

/** The overview embed's height in a column `width` px wide, its legend items packed in rows. */
export function overviewEmbedHeight(
  frame: EmbedFrame,
  views: readonly OverviewViewSize[],
  legend: readonly string[],
  width: number,
): number {
  return frameHeight(frame, width, (column) => {
    const view = views.find((v) => v.name === (width < NARROW_BELOW ? 'narrow' : 'wide'));
    const shown = view ? Math.min(column, width < NARROW_BELOW ? view.width : column) : 0;
    const drawing = view ? (view.height * shown) / view.width : 0;
    // Legend items flow in rows: each its words, a 1 rem sample (a 30 px one at most) and the gaps.
    const px = 0.875 * ROOT;
    let rows = legend.length > 0 ? 1 : 0;
    let used = 0;
    for (const item of legend) {
      const itemWidth = Math.min(textEms(item) * px + 30 + 8 + 16, column);
      if (used > 0 && used + itemWidth > column) {
        rows += 1;
        used = 0;
      }
      used += itemWidth;
    }
    const legendHeight = rows * (px * 1.7 + 4) + 12;
    return 24 + 16 + drawing + legendHeight + 12 + 32 + 2;
  });
}

/** What the compact ledger needs of an entry (`LedgerEntry` of `src/data/site.ts`). */
export interface EmbeddedEntry {
  speaker: { name: string; role: string | undefined } | undefined;
  source: { publisher: string };
}

/**
 * Who said it, in a few words: the speaker and their role, or that the words are the
 * report's own; then the publisher. The date follows it on the page.
 */
export const whoSaid = ({ speaker, source }: EmbeddedEntry, ownVoice: string): string =>
  `${speaker ? `${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : ownVoice} · ${source.publisher}`;
