/** An iCalendar file of some of the timeline's events, in one language, as an endpoint's response. */
import { buildCalendar } from '@/lib/calendar';
import type { DayDate } from '@/lib/dates';
import { useStrings, type Lang } from '@/i18n/strings';
import { absolute, paths } from '@/data/urls';
import type { Event, Source } from './content';

export function calendarResponse(
  events: readonly Event[],
  lang: Lang,
  site: URL | undefined,
  primarySource: Source,
): Response {
  const t = useStrings(lang);
  const stamp = primarySource.date;
  if (stamp?.precision !== 'day') {
    throw new Error(
      `sources/${primarySource.id}: date: the primary source needs a day, for the calendar's DTSTAMP`,
    );
  }
  const calendar = buildCalendar({
    name: t.siteName,
    description: t.siteDescription,
    lang,
    stamp: stamp satisfies DayDate,
    events: events.map(
      ({ id, title, summary, record, date, endDate, dateKind, place, dateNote }) => ({
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
