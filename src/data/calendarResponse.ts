/** An iCalendar file of some of the timeline's events, in one language, as an endpoint's response. */
import { buildCalendar } from '../lib/calendar';
import { useStrings, type Lang } from '../lib/ui';
import { absolute, paths } from '../lib/urls';
import type { Event } from './content';

export function calendarResponse(
  events: readonly Event[],
  lang: Lang,
  site: URL | undefined,
): Response {
  const t = useStrings(lang);
  const calendar = buildCalendar({
    name: t.siteName,
    description: t.siteDescription,
    lang,
    events: events.map(({ id, title, summary, date, endDate, place, dateNote }) => ({
      id,
      title,
      summary,
      url: absolute(paths.event(id, lang), site),
      date,
      endDate,
      place: place?.name,
      dateNote,
    })),
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
