/** The JSON Schema of `/outcomes.json`, published beside it (src/lib/openData/jsonSchemas.ts). */
import type { APIRoute } from 'astro';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { jsonResponse } from '@/lib/openData/files';
import { ledgerJsonSchema } from '@/lib/openData/jsonSchemas';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    ledgerJsonSchema(languages, absolute(paths.jsonSchema('outcomes'), site)),
    'application/schema+json',
  );
