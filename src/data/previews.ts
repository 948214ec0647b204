/**
 * The link-preview image of every page that has one of its own (the home page, each
 * event, partner and quote, in each language): the cards (`previewCards.ts`), made once
 * per build, and the font cut down to the characters all of them draw.
 */
import {
  charactersOf,
  loadPreviewFonts,
  PreviewError,
  renderPreview,
  type PreviewFonts,
} from '@/lib/preview';
import { routeLanguages, type Lang } from '@/i18n/strings';
import { paths } from '@/data/urls';
import { previewCards, type Preview } from './previewCards';

let previews: Promise<Preview[]> | undefined;
let fonts: Promise<PreviewFonts> | undefined;

/** Every page's preview card, in every language. */
export function getPreviews(): Promise<Preview[]> {
  // In development content changes between requests, so it is read afresh each time.
  if (import.meta.env.DEV) previews = undefined;
  previews ??= Promise.all(routeLanguages.map(({ lang }) => previewCards(lang))).then((lists) =>
    lists.flat(),
  );
  return previews;
}

/**
 * The image a page shows in link previews: its own, where the list above gives it one,
 * else the home page's in its language. The one place that decides which pages have one.
 */
export async function previewImage(
  page: string,
  lang: Lang,
): Promise<{ path: string; own: boolean }> {
  const own = (await getPreviews()).some((preview) => preview.page === page);
  return { path: paths.preview(own ? page : paths.timeline(lang)), own };
}

/** The preview font, subset once to what all the cards draw. */
export function getPreviewFonts(): Promise<PreviewFonts> {
  if (import.meta.env.DEV) fonts = undefined;
  fonts ??= getPreviews().then((all) =>
    loadPreviewFonts(charactersOf(all.map(({ card }) => card))),
  );
  return fonts;
}

/** A page's preview image, or an error naming the file and field whose words cannot be drawn. */
export async function drawPreview({ card, file, fields }: Preview): Promise<Buffer> {
  try {
    return await renderPreview(card, await getPreviewFonts());
  } catch (error) {
    if (!(error instanceof PreviewError)) throw error;
    throw new Error(`${file}: ${fields[error.part] ?? error.part}: ${error.message}`, {
      cause: error,
    });
  }
}
