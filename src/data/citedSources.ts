/**
 * What the sources page lists: every source a page cites, with the pages that cite it
 * (events, then partners, then quotes), the first `CITATIONS_SHOWN` of them and a count of
 * the rest, so that a source cited by every event of a long timeline keeps the page small.
 * A source no page cites is left out.
 */
import type { Lang } from '@/i18n/locales';
import { paths } from './urls';
import type { CitedSource, Site, Source } from './views';

export const CITATIONS_SHOWN = 40;

export function citedSources(
  sources: readonly Source[],
  { timeline, partners, quotes }: Pick<Site, 'timeline' | 'partners' | 'quotes'>,
  lang: Lang,
): CitedSource[] {
  const citations = [
    ...timeline.map((event) => ({
      href: paths.event(event.id, lang),
      title: event.title,
      cites: event.sources,
    })),
    ...partners.map((partner) => ({
      href: paths.partner(partner.id, lang),
      title: partner.name,
      cites: partner.sources,
    })),
    ...quotes.map((quote) => ({
      href: paths.quote(quote.id, lang),
      title: quote.topic,
      cites: quote.sources,
    })),
  ];
  return sources
    .map((source): CitedSource => {
      const citing = citations
        .filter(({ cites }) => cites.some((cited) => cited.id === source.id))
        .map(({ href, title }) => ({ href, title }));
      return {
        ...source,
        citedBy: citing.slice(0, CITATIONS_SHOWN),
        moreCitations: Math.max(citing.length - CITATIONS_SHOWN, 0),
      };
    })
    .filter((cited) => cited.citedBy.length > 0);
}
