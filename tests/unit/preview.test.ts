import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  charactersOf,
  loadPreviewFonts,
  layOutPreview,
  renderPreview,
  type PreviewCard,
  type PreviewFonts,
} from '@/lib/preview';
import { lookAt } from '../support/previewInk';

const korean: PreviewCard = {
  lang: 'ko',
  label: '업무협약',
  title: '서울대학교와 양해각서 체결',
  date: '2025년 9월 10일',
  siteName: '오픈AI 코리아 타임라인',
};
const longEnglish: PreviewCard = {
  lang: 'en',
  label: 'Partnership',
  title:
    'Signing of a memorandum of understanding with Seoul National University on education, research and the use of ChatGPT Edu across every college of the university',
  date: 'September 10, 2025 – September 12, 2025',
  siteName: 'OpenAI Korea Timeline',
};
const tooLong: PreviewCard = { ...korean, title: '서울대학교와 양해각서 체결 '.repeat(20) };
const withEmoji: PreviewCard = { ...korean, title: '서울대학교와 양해각서 체결 🎉' };

let fonts: PreviewFonts;
beforeAll(async () => {
  fonts = await loadPreviewFonts(charactersOf([korean, longEnglish, tooLong, withEmoji]));
});

describe('charactersOf', () => {
  it('lists each character every card draws once', () => {
    expect(charactersOf([korean, { ...korean, title: '서울' }])).toBe(
      [...new Set('업무협약서울대학교와 양해각서 체결2025년 9월 10일오픈AI 코리아 타임라인')]
        .sort()
        .join(''),
    );
  });
});

describe('renderPreview', () => {
  it('draws a 1200×630 PNG with its text inside the margins', async () => {
    const png = await renderPreview(korean, fonts);
    if (process.env.PREVIEW_OUT) writeFileSync(`${process.env.PREVIEW_OUT}/korean.png`, png);
    const look = await lookAt(png);
    expect(look).toEqual({
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      inkInMargin: undefined,
      hasInk: true,
    });
  });

  it('steps a long title down until it fits, cutting nothing off', async () => {
    const png = await renderPreview(longEnglish, fonts);
    if (process.env.PREVIEW_OUT) writeFileSync(`${process.env.PREVIEW_OUT}/long.png`, png);
    const look = await lookAt(png);
    expect(look.inkInMargin).toBeUndefined();
    expect(look.hasInk).toBe(true);
    const short = await layOutPreview(korean, fonts);
    const long = await layOutPreview(longEnglish, fonts);
    expect(long.titleSize).toBeLessThan(short.titleSize);
  });

  it('refuses a title that cannot fit, naming it', async () => {
    await expect(layOutPreview(tooLong, fonts)).rejects.toThrow(
      /does not fit a preview image.*shorten it/s,
    );
  });

  it('refuses a character the font cannot draw instead of drawing an empty box', async () => {
    await expect(layOutPreview(withEmoji, fonts)).rejects.toThrow(/no glyph for “🎉”/);
  });
});
