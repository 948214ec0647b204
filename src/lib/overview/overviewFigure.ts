/**
 * The overview drawn: where every mark, tick and label of the time-scaled overview goes,
 * in SVG units (about a pixel each), for the two ways it is shown: across a wide screen
 * (`wideView.ts`) and down a narrow one (`narrowView.ts`). The components
 * (`Overview.astro` and its parts) only render this. Pure: no Astro.
 */
import type { Lang } from '@/i18n/locales';
import type { CalendarDate } from '@/lib/dates';
import type { FigureEvent } from './figureInput';
import { narrowView } from './narrowView';
import { wideView } from './wideView';

/**
 * Both views of the overview of `events`, with the article's day (if given) as a line and
 * the weeks crowded around it as a close-up. Names and labels are in `lang`.
 */
export function overviewFigure(
  events: readonly FigureEvent[],
  article: CalendarDate | undefined,
  lang: Lang,
) {
  const input = { events, article, lang };
  return events.length > 0 ? [wideView(input), narrowView(input)] : [];
}

export type OverviewView = ReturnType<typeof overviewFigure>[number];
