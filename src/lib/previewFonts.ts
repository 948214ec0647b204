/**
 * The font the link-preview cards are drawn in: Noto Sans KR, regular and bold, read from
 * the repository and cut down to the characters the cards draw.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type satori from 'satori';
import subsetFont from 'subset-font';

export type PreviewFonts = Parameters<typeof satori>[1]['fonts'];

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
export const FONT_NAME = 'Noto Sans KR';

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
