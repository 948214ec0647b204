/** The ledger as data, every language in one file: `/outcomes.json` (shape in docs/data.md). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { jsonHead, jsonResponse } from '@/outputs/openData/files';
import { dataLedger, ledgerJson, siteStatusWords } from '@/outputs/ledgerJson';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const data = ledgerJson(dataLedger(model), languages, {
    site: absolute(paths.timeline(), site),
    asOf: model.asOf,
    urls: {
      entry: (id, lang) => absolute(paths.ledgerEntry(id, lang), site),
      event: (id, lang) => absolute(paths.event(id, lang), site),
    },
    statuses: siteStatusWords(),
  });
  return jsonResponse({ ...jsonHead('outcomes', site), ...data });
};
