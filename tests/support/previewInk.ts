/** Looks at a rendered preview image the way a reader would: where is there ink? */
import sharp from 'sharp';
import { PREVIEW_MARGIN } from '@/outputs/preview/size';

/** The accent bar across the top of every card, the one thing drawn in the margin. */
const TOP_BAR = 16;

export interface PreviewLook {
  width: number;
  height: number;
  /** The first pixel in the margin that is not background, if any: text running off the card. */
  inkInMargin: { x: number; y: number } | undefined;
  /** Whether anything at all is drawn inside the margins. */
  hasInk: boolean;
}

export async function lookAt(png: Buffer | Uint8Array): Promise<PreviewLook> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  // The cards' background: white (read from no pixel, so ink there cannot hide itself). A
  // pixel is background when each of its channels is within 8 of 255.
  const isBackground = (x: number, y: number) => {
    const start = (y * width + x) * channels;
    for (let channel = 0; channel < channels; channel++) {
      if (data[start + channel]! < 255 - 8) return false;
    }
    return true;
  };
  let inkInMargin: PreviewLook['inkInMargin'];
  let hasInk = false;
  for (let y = TOP_BAR; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (isBackground(x, y)) continue;
      const inMargin =
        x < PREVIEW_MARGIN ||
        x >= width - PREVIEW_MARGIN ||
        y < PREVIEW_MARGIN ||
        y >= height - PREVIEW_MARGIN;
      if (inMargin) inkInMargin ??= { x, y };
      else hasInk = true;
    }
  }
  return { width, height, inkInMargin, hasInk };
}
