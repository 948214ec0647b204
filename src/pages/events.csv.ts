/** The timeline as a spreadsheet, every language in one file: `/events.csv` (docs/data.md). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { eventsCsv, fatesOf } from '@/outputs/csv';
import { dataEvents } from '@/outputs/eventsJson';
import { dataLedger } from '@/outputs/ledgerJson';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const csv = eventsCsv(
    dataEvents(model, languages),
    languages,
    {
      event: (id, lang) => absolute(paths.event(id, lang), site),
      calendar: (id) => absolute(paths.eventCalendar(id), site),
    },
    fatesOf(dataLedger(model)),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
