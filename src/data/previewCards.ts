/**
 * What the link-preview card of each page that has one shows (the home page, each event,
 * partner and quote), in one language, and which file and field each part's words come
 * from, so that words a card cannot draw stop the build naming them.
 */
import { formatDateRange } from '@/lib/dates';
import { PREVIEW_INNER_WIDTH, type CardPart, type PreviewCard } from '@/lib/preview';
import { previewTimeline } from '@/lib/previewTimeline';
import { fill, useStrings, type Lang } from '@/i18n/strings';
import { paths } from '@/data/urls';
import { getSite } from './site';

export interface Preview {
  /** The page the image belongs to (its path, base included): `/en/events/x/`. */
  page: string;
  card: PreviewCard;
  /** Where the card's words come from, for an error: the file, and the field of each part. */
  file: string;
  fields: Partial<Record<CardPart, string>>;
}

/** The preview of each page of `lang` that has one of its own. */
export async function previewCards(lang: Lang): Promise<Preview[]> {
  const { timeline, home, partners, quotes, primarySource } = await getSite(lang);
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
  /** When a partner's events on the timeline fall, said as such (not as the partnership's dates). */
  const datesOf = (id: string) => {
    const dated = timeline.filter((event) => event.partners.some((partner) => partner.id === id));
    const first = dated.at(0);
    const last = dated.at(-1);
    if (!first || !last) return undefined;
    return fill(t.preview.onTimeline, {
      dates: formatDateRange(
        first.date,
        last === first ? undefined : (last.endDate ?? last.date),
        lang,
      ),
    });
  };
  return [
    {
      page: paths.timeline(lang),
      // The home page's card draws its overview: the shape of the story at a glance.
      card: {
        ...card(t.preview.home, t.siteName, undefined),
        siteName: undefined,
        timeline: previewTimeline(
          home.map((event) => ({ ...event, reported: event.followUp?.date })),
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
      card: card(
        t.kinds[event.kind],
        event.title,
        formatDateRange(event.date, event.endDate, lang),
      ),
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
