/**
 * Link-preview images: a 1200×630 PNG card per page, drawn at build time. Satori lays out
 * the card's boxes (`card.ts`), at the largest title size that fits, and turns its text
 * into SVG paths with Noto Sans KR, cut down to the characters the cards draw; sharp
 * rasterises the SVG. Before any card is drawn, its words are checked against the font's
 * characters (`undrawable`). Nothing here knows about Astro.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import satori, { type SatoriNode } from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { CARD_LINES, drawCard, FONT_NAME, textOf, type CardPart, type PreviewCard } from './card';
import { PREVIEW_HEIGHT, PREVIEW_MARGIN, PREVIEW_OVERHANG, PREVIEW_WIDTH } from './size';

export type PreviewFonts = Parameters<typeof satori>[1]['fonts'];

/** A card that cannot be drawn as it is, and which part of it is at fault. */
export class PreviewError extends Error {
  readonly part: CardPart;

  constructor(message: string, part: CardPart) {
    super(message);
    this.part = part;
  }
}

/** Title sizes to try, largest first: a long title steps down until the card holds it. */
const TITLE_SIZES = [76, 68, 60, 54, 48, 42, 36];

/** All the text a card draws (at any title size: the size changes no word). */
const drawnText = (card: PreviewCard) => textOf(drawCard(card, TITLE_SIZES[0]!));

/**
 * Every character a set of cards draws, once: read from the drawn cards themselves, so
 * a line added to a card is in the font without being listed anywhere.
 */
export function charactersOf(cards: readonly PreviewCard[]): string {
  return [...new Set(cards.map(drawnText).join(''))].sort().join('');
}

/**
 * The two weights the cards draw, kept in the repository (`src/assets/fonts/`, with their
 * licence), not in `public/`: they are read at build time and never deployed. The path is
 * taken from the project root, where Astro and Vitest run: this module is bundled into
 * Astro's build output, so a path relative to it would point there.
 */
const FONT_DIR = 'src/assets/fonts';
const FONT_FILES = {
  400: 'NotoSansKR_400Regular.ttf',
  700: 'NotoSansKR_700Bold.ttf',
};

/**
 * Noto Sans KR, regular and bold, cut down to `characters` (the whole font is 6 MB a
 * weight; a subset makes laying out each card fast). A character the font lacks is
 * simply not in the subset, and `renderPreview` refuses to draw it.
 */
export async function loadPreviewFonts(characters: string): Promise<PreviewFonts> {
  return Promise.all(
    Object.entries(FONT_FILES).map(async ([weight, file]) => ({
      name: FONT_NAME,
      data: await subsetFont(await readFontFile(file), characters, { targetFormat: 'truetype' }),
      weight: Number(weight) as 400 | 700,
      style: 'normal' as const,
    })),
  );
}

async function readFontFile(file: string): Promise<Buffer> {
  const path = join(process.cwd(), FONT_DIR, file);
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(
      `Could not read the preview font ${path}: run the build from the project root`,
      { cause: error },
    );
  }
}

let drawable: Promise<ReadonlySet<number>> | undefined;

/**
 * The characters both weights of the font have a glyph for, read once from their character
 * maps (HarfBuzz): about 23,000, Hangul, Latin and punctuation; no emoji.
 */
function drawableCharacters(): Promise<ReadonlySet<number>> {
  drawable ??= Promise.all(
    Object.values(FONT_FILES).map(
      async (file) => new Set(new Face(new Blob(await readFontFile(file))).collectUnicodes()),
    ),
  ).then(
    ([regular = new Set<number>(), ...others]) =>
      new Set([...regular].filter((code) => others.every((other) => other.has(code)))),
    (error: unknown) => {
      // Read again next time (the development server keeps running).
      drawable = undefined;
      throw error;
    },
  );
  return drawable;
}

/**
 * The first part of `card` whose words hold a character the font cannot draw (it would
 * come out as an empty box), as the error to stop the build with; undefined when the
 * font draws all of it. Its lines first, in `CARD_LINES`' order; then what no line holds,
 * which the home card's timeline drew (its months, years and the article's day). Read
 * from the character maps, with no card drawn, so the build stops before its first page.
 */
export async function undrawable(card: PreviewCard): Promise<PreviewError | undefined> {
  const font = await drawableCharacters();
  // Blanks are no glyph's: Satori lays a line break or a tab out as space, which the font
  // has, and the font maps neither (a text field may hold both, src/schemas/characters.ts).
  const missing = (text: string) =>
    [...new Set(text)]
      .filter((char) => !/\s/.test(char) && !font.has(char.codePointAt(0)!))
      .join('');
  const parts: [CardPart, string][] = [
    ...CARD_LINES.map((line): [CardPart, string] => [line, card[line] ?? '']),
    ['timeline', drawnText(card)],
  ];
  for (const [part, text] of parts) {
    const characters = missing(text);
    if (characters) return new PreviewError(`${FONT_NAME} has no glyph for “${characters}”`, part);
  }
  return undefined;
}

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
        // A segment may gather characters from several lines: blame the first line with one;
        // what no line holds, the timeline drew (its months, years and the article's day).
        const part: CardPart =
          CARD_LINES.find((line) => [...segment].some((char) => card[line]?.includes(char))) ??
          'timeline';
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
