/** The JSON Schema of `/outcomes.json`, published beside it (src/outputs/openData/jsonSchemas.ts). */
import type { APIRoute } from 'astro';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { jsonResponse } from '@/outputs/openData/files';
import { ledgerJsonSchema } from '@/outputs/openData/jsonSchemas';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    ledgerJsonSchema(languages, absolute(paths.jsonSchema('outcomes'), site)),
    'application/schema+json',
  );
