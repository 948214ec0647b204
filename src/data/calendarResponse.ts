/** An iCalendar file of some of the timeline's events, in one language, as an endpoint's response. */
import { buildCalendar } from '@/lib/calendar';
import { formatCalendarDate, type DayDate } from '@/lib/dates';
import { unconfirmedPlan } from '@/lib/records';
import { publishers } from '@/lib/sources';
import { fill, useStrings, type Lang } from '@/i18n/strings';
import { absolute, paths } from '@/data/urls';
import type { Event } from './content';

export function calendarResponse(
  events: readonly Event[],
  lang: Lang,
  site: URL | undefined,
  asOf: DayDate,
): Response {
  const t = useStrings(lang);
  const asOfText = formatCalendarDate(asOf, lang);
  const calendar = buildCalendar({
    name: t.siteName,
    description: t.siteDescription,
    lang,
    stamp: asOf,
    events: events.map(
      ({ id, title, summary, record, date, endDate, dateKind, place, dateNote, ...event }) => ({
        unconfirmed: unconfirmedPlan({ record, ...event })
          ? fill(t.record.calendarTentative, { date: asOfText })
          : undefined,
        sourcesLine: fill(t.record.sourceOf, { sources: publishers(event.sources) }),
        id,
        title,
        summary,
        url: absolute(paths.event(id, lang), site),
        record: t.records[record],
        date,
        endDate,
        dateKind,
        place: place?.name,
        dateNote,
      }),
    ),
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
