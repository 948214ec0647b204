/** The ledger as a spreadsheet, every language in one file: `/outcomes.csv` (docs/data.md). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { ledgerCsv } from '@/outputs/csv';
import { dataLedger, siteStatusWords } from '@/outputs/ledgerJson';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const csv = ledgerCsv(dataLedger(model), languages, {
    asOf: model.asOf,
    urls: {
      entry: (id, lang) => absolute(paths.ledgerEntry(id, lang), site),
      event: (id, lang) => absolute(paths.event(id, lang), site),
    },
    statuses: siteStatusWords(),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
