/**
 * A link-preview card laid out for Satori: the label and the site's name along the top, the
 * title in the middle, the date (or the home card's timeline, `timeline.ts`) at the foot, in
 * the page's own colours. Boxes are `div`s with inline styles, written as the plain objects
 * React elements would be (no JSX, no React). What a card draws is all here: the characters
 * its font must hold are read from the boxes (`textOf`), not listed beside them. Which title
 * size fits is `render.ts`'s to find. Pure: no Astro.
 */
import tokens from '@/styles/tokens.css?raw';
import { INSET, LANE, R, type PreviewTimeline } from './timeline';

/** The size of every link-preview image, in pixels: the 1.91:1 card link previews expect. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Nothing is drawn closer than this to an edge; the tests look for ink there. */
export const PREVIEW_MARGIN = 64;

/** Room left inside the margin for glyphs that reach past their line box (descenders, accents). */
export const PREVIEW_OVERHANG = 8;

/** The width inside the margins (and the overhang), where the timeline is drawn. */
export const PREVIEW_INNER_WIDTH = PREVIEW_WIDTH - 2 * (PREVIEW_MARGIN + PREVIEW_OVERHANG);

/** The family the cards are drawn in (`render.ts` loads it). */
export const FONT_NAME = 'Noto Sans KR';

/** What a card shows. */
export interface PreviewCard {
  /** The page's language: picks line breaking and the card's `lang`. */
  lang: string;
  /** A small line above the title: the kind of event, "Partner", who said it. */
  label: string | undefined;
  title: string;
  /** The date as the page shows it, at its own precision. */
  date: string | undefined;
  /** The site's name, in a corner (none on the home page's card, whose title it is). */
  siteName: string | undefined;
  /** The record on a time axis, under the title (the home page's card). */
  timeline?: PreviewTimeline | undefined;
}

export type CardElement = { type: string; props: Record<string, unknown> };

/** A box in its parent's flow, holding other boxes or text. */
const box = (
  style: Record<string, unknown>,
  ...children: (CardElement | string)[]
): CardElement => ({
  type: 'div',
  props: { style, children },
});

/** A box placed absolutely in its parent (by `left` and `top` in `style`), with a line of text. */
const at = (style: Record<string, unknown>, text?: string): CardElement => ({
  type: 'div',
  props: {
    style: { position: 'absolute', display: 'flex', lineHeight: 1.2, ...style },
    children: text,
  },
});

/** Every piece of text a card's boxes hold, in order: what its font must be able to draw. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'object' && node !== null && 'props' in node) {
    return textOf((node as CardElement).props['children']);
  }
  return '';
}

/**
 * The page's colours in the light scheme, read from the custom properties of the first
 * `:root` in `src/styles/tokens.css`: the card is the page's, not a copy of it.
 */
function lightColors() {
  const root = /:root\s*\{([^}]*)\}/.exec(tokens)?.[1] ?? '';
  const color = (name: string) => {
    const value = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(root)?.[1]?.trim();
    if (!value) throw new Error(`src/styles/tokens.css: no --color-${name} in its first :root`);
    return value;
  };
  return {
    bg: color('bg'),
    text: color('text'),
    muted: color('muted'),
    accent: color('accent'),
    beyond: color('beyond'),
  };
}

const COLORS = lightColors();
type Colors = typeof COLORS;

/** The card with its title at `titleSize` pixels. */
export function drawCard(card: PreviewCard, titleSize: number): CardElement {
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: PREVIEW_MARGIN + PREVIEW_OVERHANG,
        boxSizing: 'border-box',
        background: COLORS.bg,
        borderTop: `16px solid ${COLORS.accent}`,
        fontFamily: FONT_NAME,
        color: COLORS.text,
        wordBreak: 'keep-all',
        overflowWrap: 'break-word',
      },
      children: [
        box(
          { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 32 },
          box(
            { fontSize: 32, fontWeight: 700, color: COLORS.accent, lineHeight: 1.3 },
            card.label ?? '',
          ),
          box(
            { fontSize: 28, color: COLORS.muted, whiteSpace: 'nowrap', flexShrink: 0 },
            card.siteName ?? '',
          ),
        ),
        box(
          { display: 'flex', flexGrow: 1, alignItems: 'center', paddingBlock: 24 },
          box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 }, card.title),
        ),
        ...(card.timeline ? [drawTimeline(card.timeline, PREVIEW_INNER_WIDTH, COLORS)] : []),
        ...(card.date || !card.timeline
          ? [box({ fontSize: 36, fontWeight: 700, lineHeight: 1.3 }, card.date ?? '')]
          : []),
      ],
    },
  };
}

/**
 * The home card's timeline as one box `width` wide, its height from its lanes: the
 * article's day, the axis with its months and years, and each event's marker, as
 * absolutely placed boxes (no SVG).
 */
function drawTimeline(timeline: PreviewTimeline, width: number, colors: Colors): CardElement {
  const length = width - 2 * INSET;
  const x = (along: number) => INSET + along * length;
  const top = 34;
  const axis = top + 8 + timeline.lanes * LANE;
  const laneY = (lane: number) => axis - 8 - LANE / 2 - lane * LANE;
  const children: CardElement[] = [];

  if (timeline.article) {
    const ax = x(timeline.article.at);
    // The label centred over its line, or against the box's edge when the line is near it.
    const label = 240;
    const left = Math.min(Math.max(ax - label / 2, 0), width - label);
    const justifyContent =
      left === 0 ? 'flex-start' : left === width - label ? 'flex-end' : 'center';
    children.push(
      at({
        left: ax - 1,
        top: top - 6,
        height: axis - top + 6,
        borderLeft: `2px dashed ${colors.text}`,
      }),
      at(
        {
          left,
          top: 0,
          width: label,
          justifyContent,
          fontSize: 22,
          fontWeight: 700,
          color: colors.text,
        },
        timeline.article.label,
      ),
    );
  }
  children.push(
    at({ left: INSET, top: axis - 1, width: length, height: 3, background: colors.muted }),
  );
  timeline.ticks.forEach((tick, index) => {
    const next = timeline.ticks[index + 1]?.at ?? 1;
    children.push(
      at({ left: x(tick.at) - 1, top: axis, width: 3, height: 12, background: colors.muted }),
      at(
        {
          left: Math.min(Math.max(x((tick.at + next) / 2) - 40, 0), width - 80),
          top: axis + 16,
          width: 80,
          justifyContent: 'center',
          fontSize: 22,
          color: colors.muted,
        },
        tick.month,
      ),
    );
    if (tick.year) {
      children.push(
        at(
          {
            left: Math.min(x(tick.at), width - 64),
            top: axis + 44,
            fontSize: 22,
            fontWeight: 700,
            color: colors.text,
          },
          tick.year,
        ),
      );
    }
  });
  for (const marker of timeline.markers) {
    const color = marker.beyond ? colors.beyond : colors.accent;
    const fill = marker.planned ? colors.bg : color;
    children.push(...drawMarker(marker, x, laneY(marker.lane), { color, fill }));
  }
  return {
    type: 'div',
    props: {
      style: { position: 'relative', display: 'flex', width, height: axis + 72, flexShrink: 0 },
      children,
    },
  };
}

type Marker = PreviewTimeline['markers'][number];

/**
 * One event on the timeline: a circle for the article's events, a diamond beyond it, a bar
 * for a span of days; for a plan with a later report, a dashed line on to a dot on the
 * reported day. On its lane at height `y`, placed along the axis by `x`, drawn in `color`
 * and filled with `fill` (the background for a plan).
 */
function drawMarker(
  marker: Marker,
  x: (along: number) => number,
  y: number,
  { color, fill }: { color: string; fill: string },
): CardElement[] {
  const children: CardElement[] = [];
  const left = x(marker.from);
  if (marker.reported !== undefined) {
    const rx = x(marker.reported);
    const end = marker.span ? x(marker.to) : left;
    if (rx > end + R) {
      children.push(
        at({ left: end, top: y - 1, width: rx - end, borderTop: `3px dashed ${color}` }),
      );
    }
  }
  children.push(
    marker.span
      ? at({
          left,
          top: y - R + 2,
          width: Math.max(x(marker.to) - left, 2 * R),
          height: 2 * R - 4,
          borderRadius: marker.beyond ? 2 : 999,
          border: `3px solid ${color}`,
          background: fill,
        })
      : marker.beyond
        ? at({
            left: left - R + 1,
            top: y - R + 1,
            width: 2 * R - 2,
            height: 2 * R - 2,
            borderRadius: 2,
            border: `3px solid ${color}`,
            background: fill,
            transform: 'rotate(45deg)',
          })
        : at({
            left: left - R,
            top: y - R,
            width: 2 * R,
            height: 2 * R,
            borderRadius: 999,
            border: `3px solid ${color}`,
            background: fill,
          }),
  );
  if (marker.reported !== undefined) {
    children.push(
      at({
        left: x(marker.reported) - 4,
        top: y - 4,
        width: 8,
        height: 8,
        borderRadius: 4,
        background: color,
      }),
    );
  }
  return children;
}
