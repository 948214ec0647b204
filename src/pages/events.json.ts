/** The timeline as data, every language in one file: `/events.json` (shape in docs/data.md). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { jsonHead, jsonResponse } from '@/outputs/openData/files';
import { dataEvents, eventsJson } from '@/outputs/eventsJson';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const data = eventsJson(
    dataEvents(model, languages),
    languages,
    absolute(paths.timeline(), site),
    {
      event: (id, lang) => absolute(paths.event(id, lang), site),
      calendar: (id) => absolute(paths.eventCalendar(id), site),
    },
    model.asOf,
  );
  return jsonResponse({ ...jsonHead('events', site), ...data });
};
