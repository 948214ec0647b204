/** The JSON Schema of `/events.json`, published beside it (src/outputs/openData/jsonSchemas.ts). */
import type { APIRoute } from 'astro';
import { absolute, paths } from '@/data/urls';
import { languages } from '@/i18n/locales';
import { jsonResponse } from '@/outputs/openData/files';
import { eventsJsonSchema } from '@/outputs/openData/jsonSchemas';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(
    eventsJsonSchema(languages, absolute(paths.jsonSchema('events'), site)),
    'application/schema+json',
  );
