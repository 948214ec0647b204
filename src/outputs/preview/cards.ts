/**
 * The link-preview image of every page that has one of its own (the home page, each
 * event, partner and quote, in each language): what each card shows, and which file and
 * field each part's words come from, so that words a card cannot draw stop the build
 * naming them; the cards made once per build, and the font cut down to the characters all
 * of them draw. The Astro side of the cards: `card.ts` and `render.ts` know nothing of it.
 */
import { formatDateRange } from '@/lib/dates';
import { spanInWords } from '@/lib/eventStatus';
import { fill, routeLanguages, useStrings, type Lang } from '@/i18n/strings';
import { getSite } from '@/data/site';
import { paths } from '@/data/urls';
import type { CardPart, PreviewCard } from './card';
import { PREVIEW_INNER_WIDTH } from './size';
import {
  charactersOf,
  loadPreviewFonts,
  PreviewError,
  renderPreview,
  undrawable,
  type PreviewFonts,
} from './render';
import { previewTimeline } from './timeline';

export interface Preview {
  /** The page the image belongs to (its path, base included): `/en/events/x/`. */
  page: string;
  card: PreviewCard;
  /** Where the card's words come from, for an error: the file, and the field of each part. */
  file: string;
  fields: Partial<Record<CardPart, string>>;
}

/** The preview of each page of `lang` that has one of its own. */
async function previewCards(lang: Lang): Promise<Preview[]> {
  const { timeline, partners, quotes, primarySource, asOf } = await getSite(lang);
  const t = useStrings(lang);
  const card = (label: string | undefined, title: string, date: string | undefined) => ({
    lang,
    label,
    title,
    date,
    siteName: t.siteName,
  });
  const UI = `src/content/${lang}/ui.json`;
  const fileOf = (entry: { id: string; filePath?: string | undefined }) =>
    entry.filePath ?? entry.id;
  /**
   * When a partner's events on the timeline fall, said as such (not as the partnership's
   * dates), each end saying what its date is (an announcement's day says so).
   */
  const datesOf = (id: string) => {
    const itsEvents = timeline.filter((event) =>
      event.partners.some((partner) => partner.id === id),
    );
    const first = itsEvents.at(0);
    const last = itsEvents.at(-1);
    if (!first || !last) return undefined;
    return fill(t.preview.onTimeline, { dates: spanInWords(lang, first, last, asOf) });
  };
  return [
    {
      page: paths.timeline(lang),
      // The home page's card draws its overview: the shape of the story at a glance.
      card: {
        ...card(t.preview.home, t.siteName, undefined),
        siteName: undefined,
        timeline: previewTimeline(
          timeline.map((event) => ({ ...event, reported: event.followUp?.date })),
          PREVIEW_INNER_WIDTH,
          lang,
          primarySource.date && {
            date: primarySource.date,
            label: (date: string) => fill(t.overview.article, { date }),
          },
        ),
      },
      file: UI,
      fields: { label: 'preview.home', title: 'siteName' },
    },
    ...timeline.map((event) => ({
      page: paths.event(event.id, lang),
      // The date says what it is (planned for, announced, …), as every output does.
      card: card(t.kinds[event.kind], event.title, event.dateLine),
      file: fileOf(event.body),
      fields: { label: 'kind', title: 'title' },
    })),
    ...partners.map((partner) => ({
      page: paths.partner(partner.id, lang),
      card: card(t.preview.partner, partner.name, datesOf(partner.id)),
      file: fileOf(partner.body),
      fields: { title: 'name' },
    })),
    ...quotes.map((quote) => ({
      page: paths.quote(quote.id, lang),
      card: card(
        `${t.preview.quote} · ${quote.speaker}`,
        quote.topic,
        formatDateRange(quote.event.date, quote.event.endDate, lang),
      ),
      file: fileOf(quote.body),
      fields: { label: 'speaker', title: 'topic' },
    })),
  ];
}

let previews: Promise<Preview[]> | undefined;
let fonts: Promise<PreviewFonts> | undefined;

/**
 * Every page's preview card, in every language, each checked against the font: words it
 * cannot draw stop the build at the first page that asks (every page does, for its image),
 * naming the file and the field.
 */
export function getPreviews(): Promise<Preview[]> {
  // In development content changes between requests, so it is read afresh each time.
  if (import.meta.env.DEV) previews = undefined;
  previews ??= Promise.all(routeLanguages.map(({ lang }) => previewCards(lang))).then(
    async (lists) => {
      const all = lists.flat();
      for (const preview of all) {
        const fault = await undrawable(preview.card);
        if (fault) throw named(preview, fault);
      }
      return all;
    },
  );
  return previews;
}

/** A card's fault as the build says it: the file, the field of the part at fault, the fault. */
function named({ file, fields }: Preview, error: PreviewError): Error {
  return new Error(`${file}: ${fields[error.part] ?? error.part}: ${error.message}`, {
    cause: error,
  });
}

/**
 * The image a page shows in link previews: its own, where the list above gives it one,
 * else the home page's in its language; and its text alternative, the words the card draws
 * (so a reader who cannot see the card is told what it says, the date's kind included).
 * The one place that decides which pages have one.
 */
export async function previewImage(
  page: string,
  lang: Lang,
): Promise<{ path: string; own: boolean; alt: string }> {
  const own = (await getPreviews()).find((preview) => preview.page === page);
  return {
    path: paths.preview(own ? page : paths.timeline(lang)),
    own: own !== undefined,
    alt: own ? cardWords(own.card) : useStrings(lang).siteName,
  };
}

/** What a card says, in the order it draws it: its label, title and date. */
function cardWords({ label, title, date }: PreviewCard): string {
  return [label, title, date].filter(Boolean).join(' · ');
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
export async function drawPreview(preview: Preview): Promise<Buffer> {
  try {
    return await renderPreview(preview.card, await getPreviewFonts());
  } catch (error) {
    if (!(error instanceof PreviewError)) throw error;
    throw named(preview, error);
  }
}
