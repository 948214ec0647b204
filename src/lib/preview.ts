/**
 * Link-preview images: a 1200×630 PNG card per page, drawn at build time. Satori lays the
 * card out and turns its text into SVG paths with Noto Sans KR (subset to the characters
 * the cards draw); sharp rasterises the SVG. Nothing here knows about Astro.
 */
import satori, { type SatoriNode } from 'satori';
import sharp from 'sharp';
import { FONT_NAME, type PreviewFonts } from './previewFonts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './previewSize';
import { drawTimeline } from './drawTimeline';
import { timelineCharacters, type PreviewTimeline } from './previewTimeline';

export { PREVIEW_HEIGHT, PREVIEW_WIDTH };
export { FONT_NAME, loadPreviewFonts, type PreviewFonts } from './previewFonts';

/** Nothing is drawn closer than this to an edge; the tests look for ink there. */
export const PREVIEW_MARGIN = 64;

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

/** The parts of a card that hold text. */
export type CardPart = 'label' | 'title' | 'date' | 'siteName';

/** A card that cannot be drawn as it is, and which part of it is at fault. */
export class PreviewError extends Error {
  readonly part: CardPart;

  constructor(message: string, part: CardPart) {
    super(message);
    this.part = part;
  }
}

/** Every character a set of cards draws, once. */
export function charactersOf(cards: readonly PreviewCard[]): string {
  const text = cards.flatMap((card) => [
    card.label ?? '',
    card.title,
    card.date ?? '',
    card.siteName,
    timelineCharacters(card.timeline),
  ]);
  return [...new Set(text.join(''))].sort().join('');
}

/** Room left for glyphs that reach past their line box (descenders, accents). */
const OVERHANG = 8;

/** Title sizes to try, largest first: a long title steps down until the card holds it. */
const TITLE_SIZES = [76, 68, 60, 54, 48, 42, 36];

const COLORS = {
  bg: '#ffffff',
  text: '#1a1c20',
  muted: '#545b66',
  accent: '#0d7a5f',
  beyond: '#6a4bc4',
};

/** The width inside the margins (and the overhang), where the timeline is drawn. */
export const PREVIEW_INNER_WIDTH = PREVIEW_WIDTH - 2 * (PREVIEW_MARGIN + OVERHANG);

type Element = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, ...children: (Element | string)[]): Element => ({
  type: 'div',
  props: { style, children },
});

function layout(card: PreviewCard, titleSize: number): Element {
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: PREVIEW_MARGIN + OVERHANG,
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

/** Whether every box of the laid-out card stays inside the margins, overhang included. */
function fits(nodes: readonly SatoriNode[]): boolean {
  const edge = PREVIEW_MARGIN + OVERHANG;
  const inner = {
    left: edge,
    top: edge,
    right: PREVIEW_WIDTH - edge,
    bottom: PREVIEW_HEIGHT - edge,
  };
  // The first box is the card itself, which fills the image.
  return nodes
    .slice(1)
    .every(
      (node) =>
        node.left >= inner.left - 0.5 &&
        node.top >= inner.top - 0.5 &&
        node.left + node.width <= inner.right + 0.5 &&
        node.top + node.height <= inner.bottom + 0.5,
    );
}

/** The card laid out with the largest title size that fits, as SVG. */
export async function layOutPreview(
  card: PreviewCard,
  fonts: PreviewFonts,
): Promise<{ svg: string; titleSize: number }> {
  for (const size of TITLE_SIZES) {
    const nodes: SatoriNode[] = [];
    const svg = await satori(layout(card, size), {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      fonts,
      onNodeDetected: (node) => nodes.push(node),
      // Called for text no given font can draw: it would come out as empty boxes.
      loadAdditionalAsset: async (_code, segment) => {
        const parts = ['title', 'label', 'date', 'siteName'] as const;
        // A segment may gather characters from several parts: blame the first part with one.
        const part =
          parts.find((name) => [...segment].some((char) => card[name]?.includes(char))) ?? 'title';
        throw new PreviewError(`${FONT_NAME} has no glyph for “${segment}”`, part);
      },
    });
    if (fits(nodes)) return { svg, titleSize: size };
  }
  throw new PreviewError(
    `“${card.title}” does not fit a preview image even at ${TITLE_SIZES.at(-1)}px: shorten it`,
    'title',
  );
}

/** The card as a PNG. */
export async function renderPreview(card: PreviewCard, fonts: PreviewFonts): Promise<Buffer> {
  const { svg } = await layOutPreview(card, fonts);
  // Cards are flat colour: PNG's per-row adaptive filtering buys no bytes here, only time.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}
