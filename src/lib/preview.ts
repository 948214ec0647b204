/**
 * Link-preview images: a 1200×630 PNG card per page, drawn at build time. Satori lays out
 * the card's boxes (`drawCard.ts`), at the largest title size that fits, and turns its text
 * into SVG paths with Noto Sans KR (subset to the characters the cards draw); sharp
 * rasterises the SVG. Nothing here knows about Astro.
 */
import satori, { type SatoriNode } from 'satori';
import sharp from 'sharp';
import { drawCard, type PreviewCard } from './drawCard';
import { FONT_NAME, type PreviewFonts } from './previewFonts';
import { PREVIEW_HEIGHT, PREVIEW_MARGIN, PREVIEW_OVERHANG, PREVIEW_WIDTH } from './previewSize';
import { timelineCharacters } from './previewTimeline';

export type { PreviewCard } from './drawCard';
export { FONT_NAME, loadPreviewFonts, type PreviewFonts } from './previewFonts';
export { PREVIEW_HEIGHT, PREVIEW_INNER_WIDTH, PREVIEW_MARGIN, PREVIEW_WIDTH } from './previewSize';

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

/** Title sizes to try, largest first: a long title steps down until the card holds it. */
const TITLE_SIZES = [76, 68, 60, 54, 48, 42, 36];

/** Whether every box of the laid-out card stays inside the margins, overhang included. */
function fits(nodes: readonly SatoriNode[]): boolean {
  const edge = PREVIEW_MARGIN + PREVIEW_OVERHANG;
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
    const svg = await satori(drawCard(card, size), {
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
