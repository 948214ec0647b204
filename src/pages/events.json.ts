/** The timeline as data, both languages in one file: `/events.json` (shape in README.md). */
import type { APIRoute } from 'astro';
import { getSite } from '@/data/content';
import { eventsJson } from '@/lib/eventsJson';
import { absolute, paths } from '@/data/urls';

export const GET: APIRoute = async ({ site }) => {
  const [ko, en] = await Promise.all([getSite('ko'), getSite('en')]);
  const data = eventsJson({ ko: ko.timeline, en: en.timeline }, absolute(paths.timeline(), site), {
    event: (id, lang) => absolute(paths.event(id, lang), site),
    calendar: (id) => absolute(paths.eventCalendar(id), site),
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
