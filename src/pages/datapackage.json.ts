/**
 * Every data file described, as a Frictionless Data Package: `/datapackage.json`
 * (src/outputs/openData/dataPackage.ts), in English words, the data tools' language.
 */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/model';
import { absolute, paths } from '@/data/urls';
import { languages, useStrings } from '@/i18n/strings';
import { toDatetime } from '@/lib/dates';
import { dataPackage } from '@/outputs/openData/dataPackage';
import { jsonResponse } from '@/outputs/openData/files';
import { licenceStatement } from '@/outputs/openData/licence';

export const GET: APIRoute = async ({ site }) => {
  const { asOf } = await getModel();
  const t = useStrings(languages.includes('en') ? 'en' : undefined);
  return jsonResponse(
    dataPackage({
      languages,
      site: absolute(paths.timeline(), site),
      asOf: toDatetime(asOf),
      words: {
        title: t.siteName,
        description: `${t.siteDescription} ${licenceStatement(t.terms)}`,
        files: t.openData.files,
        fields: t.openData.fields,
      },
    }),
  );
};
