import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import type { PreviewCard } from '@/outputs/preview/card';
import { PREVIEW_HEIGHT, PREVIEW_INNER_WIDTH, PREVIEW_WIDTH } from '@/outputs/preview/size';
import {
  charactersOf,
  loadPreviewFonts,
  layOutPreview,
  PreviewError,
  renderPreview,
  undrawable,
  type PreviewFonts,
} from '@/outputs/preview/render';
import { MAX_LANES, previewTimeline } from '@/outputs/preview/timeline';
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
/** The home page's card: the site's name over its events on a time axis. */
const home: PreviewCard = {
  lang: 'ko',
  label: '오픈AI 코리아 출범과 그 앞뒤의 기록',
  title: '오픈AI 코리아 타임라인',
  date: undefined,
  siteName: undefined,
  timeline: previewTimeline(
    [
      { id: 'first', date: parseCalendarDate('2025-02'), record: 'article', status: 'held' },
      { id: 'launch', date: parseCalendarDate('2025-09-10'), record: 'article', status: 'held' },
      {
        id: 'plan',
        date: parseCalendarDate('2025-11'),
        reported: parseCalendarDate('2025-11-13'),
        record: 'article',
        status: 'planned',
      },
      { id: 'last', date: parseCalendarDate('2026-02-11'), record: 'beyond', status: 'planned' },
    ],
    PREVIEW_INNER_WIDTH,
    'ko',
    { date: parseCalendarDate('2025-09-10'), label: (date) => `기사 ${date}` },
  ),
};

/** A home card whose record runs `months` months, one event in each, the article at `article`. */
const homeOver = (months: number, article: string): PreviewCard => ({
  ...home,
  lang: 'en',
  title: 'OpenAI Korea Timeline',
  timeline: previewTimeline(
    Array.from({ length: months }, (_, index) => ({
      id: `event-${index}`,
      date: parseCalendarDate(
        `${2022 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`,
      ),
      record: index % 3 ? ('article' as const) : ('beyond' as const),
      status: 'held' as const,
    })),
    PREVIEW_INNER_WIDTH,
    'en',
    { date: parseCalendarDate(article), label: (date) => `Article, ${date}` },
  ),
});
const longRecord = homeOver(40, '2025-04-10');
/** A home card whose 24 events fall on one day. */
const crowded: PreviewCard = {
  ...home,
  timeline: previewTimeline(
    Array.from({ length: 24 }, (_, index) => ({
      id: `event-${index}`,
      date: parseCalendarDate('2025-09-10'),
      record: 'article' as const,
      status: 'held' as const,
    })),
    PREVIEW_INNER_WIDTH,
    'ko',
  ),
};
const articleAtTheEnd = homeOver(2, '2022-02-27');

/** How many pixels of the card's accent colour (the article's markers) lie in a band of rows. */
async function accentPixels(png: Buffer, top: number, bottom: number): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.abs(r - 0x0d) < 24 && Math.abs(g - 0x7a) < 24 && Math.abs(b - 0x5f) < 24) count++;
    }
  }
  return count;
}

let fonts: PreviewFonts;
beforeAll(async () => {
  fonts = await loadPreviewFonts(
    charactersOf([
      korean,
      longEnglish,
      tooLong,
      withEmoji,
      home,
      longRecord,
      articleAtTheEnd,
      crowded,
    ]),
  );
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

  it('draws the home card’s timeline under its title, inside the margins', async () => {
    const png = await renderPreview(home, fonts);
    if (process.env.PREVIEW_OUT) writeFileSync(`${process.env.PREVIEW_OUT}/home.png`, png);
    const look = await lookAt(png);
    expect(look.inkInMargin).toBeUndefined();
    // The markers are in the lower half of the card, under the title; the title is not green.
    expect(await accentPixels(png, PREVIEW_HEIGHT / 2, PREVIEW_HEIGHT)).toBeGreaterThan(500);
    expect(charactersOf([home])).toContain('월');
  });

  it('keeps the timeline inside the card over years of months, and beside an edge', async () => {
    for (const card of [longRecord, articleAtTheEnd]) {
      const look = await lookAt(await renderPreview(card, fonts));
      expect(look.inkInMargin).toBeUndefined();
    }
    // Forty months do not all fit a name: every other one is named.
    expect(longRecord.timeline!.ticks.filter((tick) => tick.month).length).toBeLessThan(40);
  });

  it('keeps a crowded day to a few lanes, leaving the title its room', async () => {
    expect(crowded.timeline!.lanes).toBe(MAX_LANES);
    const { titleSize } = await layOutPreview(crowded, fonts);
    expect(titleSize).toBe((await layOutPreview(home, fonts)).titleSize);
    expect((await lookAt(await renderPreview(crowded, fonts))).inkInMargin).toBeUndefined();
  });

  it('refuses a title that cannot fit, naming it', async () => {
    await expect(layOutPreview(tooLong, fonts)).rejects.toThrow(
      /does not fit a preview image.*shorten it/s,
    );
  });

  it('refuses a character the font cannot draw instead of drawing an empty box', async () => {
    await expect(layOutPreview(withEmoji, fonts)).rejects.toThrow(/no glyph for “🎉”/);
  });

  // Every line of words a card draws, read off a card rather than off the list that blames.
  const lines = Object.keys(korean).filter((key) => key !== 'lang') as (keyof typeof korean)[];

  it.each(lines)('blames a glyph the font lacks on the line that holds it: %s', async (line) => {
    const card = { ...korean, [line]: `${korean[line]} 🎉` };
    const error = await layOutPreview(card, fonts).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PreviewError);
    expect((error as PreviewError).part).toBe(line);
  });

  it.each(lines)(
    'finds a glyph the font lacks before any card is drawn, on the line that holds it: %s',
    async (line) => {
      const error = await undrawable({ ...korean, [line]: `${korean[line]} 🎉` });
      expect(error?.part).toBe(line);
      expect(error?.message).toContain('no glyph for “🎉”');
    },
  );

  it('finds nothing to refuse on a card the font draws, blanks included', async () => {
    expect(await undrawable(korean)).toBeUndefined();
    expect(await undrawable(home)).toBeUndefined();
    expect(await undrawable({ ...korean, title: `${korean.title}\n\tend` })).toBeUndefined();
  });

  it('blames what no line holds on the timeline the home card draws', async () => {
    const timeline = home.timeline!;
    const error = await undrawable({
      ...home,
      timeline: { ...timeline, article: { at: 0, label: '🎉' } },
    });
    expect(error?.part).toBe('timeline');
  });
});
