/**
 * The site's data files as one list, and what their endpoints share: each JSON file's head
 * (its schema's address and the licence, in every language of the site) and the responses.
 * `/datapackage.json` and the `/data/` page read the list.
 */
import { absolute, paths } from '@/data/urls';
import { languages, useStrings } from '@/i18n/strings';
import { perLanguage } from '@/outputs/ledgerJson';
import { licenceOf, licenceStatement } from './licence';

/** The licence with its statement in every language of the site (the site's `terms`). */
export const siteLicence = () =>
  licenceOf(perLanguage(languages, (lang) => licenceStatement(useStrings(lang).terms)));

/** What a JSON data file opens with: its schema, published beside it, and its licence. */
export const jsonHead = (file: 'events' | 'outcomes', site: URL | undefined) => ({
  $schema: absolute(paths.jsonSchema(file), site),
  license: siteLicence(),
});

export const jsonResponse = (data: unknown, type = 'application/json') =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
