/** The ledger's steps as a spreadsheet, one row per step: `/outcome-steps.csv` (docs/data.md). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { ledgerStepsCsv } from '@/outputs/csv';
import { dataLedger, siteStatusWords } from '@/outputs/ledgerJson';

export const GET: APIRoute = async ({ site }) => {
  const csv = ledgerStepsCsv(dataLedger(await getModel()), languages, {
    urls: {
      entry: (id, lang) => absolute(paths.ledgerEntry(id, lang), site),
      event: (id, lang) => absolute(paths.event(id, lang), site),
    },
    statuses: siteStatusWords(),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
