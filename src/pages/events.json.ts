/** The timeline as data, every language in one file: `/events.json` (shape in docs/data.md). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { defaultLang, languages } from '@/i18n/locales';
import { eventsJson } from '@/lib/eventsJson';

export const GET: APIRoute = async ({ site }) => {
  const { timeline, partners, asOf } = await getModel();
  const partnerNames = new Map(partners.map((partner) => [partner.id, partner.name]));
  const data = eventsJson(
    timeline.map((event) => ({
      ...event,
      partners: event.partners.map((id) => ({ id, name: partnerNames.get(id)! })),
      sources: event.sources.map((source) => ({
        ...source,
        publisher: source.publisher[defaultLang],
      })),
    })),
    languages,
    absolute(paths.timeline(), site),
    {
      event: (id, lang) => absolute(paths.event(id, lang), site),
      calendar: (id) => absolute(paths.eventCalendar(id), site),
    },
    asOf,
  );
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
