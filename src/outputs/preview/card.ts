/**
 * A link-preview card laid out for Satori: the label and the site's name along the top, the
 * title in the middle, the date (or the home card's timeline, `timeline.ts`) at the foot, in
 * the page's own colours. Boxes are `div`s with inline styles, written as the plain objects
 * React elements would be (no JSX, no React). What a card draws is all here: the characters
 * its font must hold are read from the boxes (`textOf`), not listed beside them. Which title
 * size fits is `render.ts`'s to find. Pure: no Astro.
 */
import {
  CARD_SCALE,
  LANE as MARKER_LANE,
  LINK,
  R as MARKER_R,
  REPORT_R,
  STROKE,
} from '@/lib/marker';
import { token } from '@/lib/tokens';
import { PREVIEW_INNER_WIDTH, PREVIEW_MARGIN, PREVIEW_OVERHANG } from './size';
import { INSET, type PreviewTimeline } from './timeline';

/** The family the cards are drawn in (`render.ts` loads it). */
export const FONT_NAME = 'Noto Sans KR';

/** What a card shows. */
export interface PreviewCard {
  /** The page's language: picks line breaking and the card's `lang`. */
  lang: string;
  /** A small line above the title: the kind of event, "Partner", who said it. */
  label: string | undefined;
  title: string;
  /** The date in words, as every output says it (`dateInWords`): what it is, at its own precision. */
  date: string | undefined;
  /** The site's name, in a corner (none on the home page's card, whose title it is). */
  siteName: string | undefined;
  /** The record on a time axis, under the title (the home page's card). */
  timeline?: PreviewTimeline | undefined;
}

/** A line of text a card draws: each of `PreviewCard`'s words but its language. */
export type CardLine = Exclude<
  {
    [K in keyof PreviewCard]-?: NonNullable<PreviewCard[K]> extends string ? K : never;
  }[keyof PreviewCard],
  'lang'
>;

/**
 * Every line, once: a line added to `PreviewCard` does not compile until it is listed
 * here. In the order a missing glyph is looked for (`render.ts`): the title first.
 */
const LINES = { title: true, label: true, date: true, siteName: true } satisfies Record<
  CardLine,
  true
>;
export const CARD_LINES = Object.keys(LINES) as CardLine[];

/** What of a card its words can be at fault in: a line, or the home card's timeline. */
export type CardPart = CardLine | 'timeline';

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

/** The page's colours in the light scheme (`@/lib/tokens`). */
const COLORS = {
  bg: token('color-bg'),
  text: token('color-text'),
  muted: token('color-muted'),
  accent: token('color-accent'),
  beyond: token('color-beyond'),
};
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

/** The one marker geometry (`@/lib/marker`) at the card's scale, in pixels. */
const R = MARKER_R * CARD_SCALE;
const LANE = MARKER_LANE * CARD_SCALE;
const OUTLINE = STROKE * CARD_SCALE;

/**
 * One event on the timeline, as the overview draws it: a circle for the article's events, a
 * diamond beyond it, a bar for a span of days; for a plan with a later report, a dashed line
 * on to a dot on the reported day. On its lane at height `y`, placed along the axis by `x`,
 * drawn in `color` and filled with `fill` (the background for a plan). The boxes are the
 * SVG shapes' outer edges: a stroke lies half outside its path.
 */
function drawMarker(
  marker: Marker,
  x: (along: number) => number,
  y: number,
  { color, fill }: { color: string; fill: string },
): CardElement[] {
  const children: CardElement[] = [];
  const left = x(marker.from);
  /** A shape's box by its outer edges: Satori puts a border outside a box's width and height. */
  const outlined = (left: number, width: number, height: number, style: Record<string, unknown>) =>
    at({
      left,
      top: y - height / 2,
      ...style,
      width: width - 2 * OUTLINE,
      height: height - 2 * OUTLINE,
      border: `${OUTLINE}px solid ${color}`,
      background: fill,
    });
  if (marker.reported !== undefined) {
    const rx = x(marker.reported);
    const end = marker.span ? x(marker.to) : left;
    if (rx > end + R) {
      const width = LINK * CARD_SCALE;
      children.push(
        at({
          left: end,
          top: y - width / 2,
          width: rx - end,
          borderTop: `${width}px dashed ${color}`,
        }),
      );
    }
  }
  if (marker.span) {
    const length = Math.max(x(marker.to) - left, 2 * R) + OUTLINE;
    const thick = 2 * (R - CARD_SCALE) + OUTLINE;
    const borderRadius = marker.beyond ? 0 : 999;
    children.push(outlined(left - OUTLINE / 2, length, thick, { borderRadius }));
  } else if (marker.beyond) {
    // A square turned on its corner, its corners one unit further out than a circle's edge.
    const side = Math.SQRT2 * (R + CARD_SCALE) + OUTLINE;
    children.push(outlined(left - side / 2, side, side, { transform: 'rotate(45deg)' }));
  } else {
    const size = 2 * R + OUTLINE;
    children.push(outlined(left - size / 2, size, size, { borderRadius: 999 }));
  }
  if (marker.reported !== undefined) {
    const dot = REPORT_R * CARD_SCALE;
    children.push(
      at({
        left: x(marker.reported) - dot,
        top: y - dot,
        width: 2 * dot,
        height: 2 * dot,
        borderRadius: dot,
        background: color,
      }),
    );
  }
  return children;
}
