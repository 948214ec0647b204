/**
 * The interface's words, one JSON file per language (`src/content/<code>/ui.json`), read
 * once. Each file must have the default language's keys, and each template (`{count}`)
 * the same placeholders; the status, kind and record maps must name every value the
 * content schema accepts. Anything else stops the build, naming the file and the key.
 */
import { EVENT_KINDS, EVENT_SCOPES, EVENT_STATUSES, LEDGER_STATUSES } from '@/lib/vocabulary';
import { characterFault } from '@/schemas/characters';
import { CODE_LISTS, CODES_WITH_OWN_WORDS, FIELD_MEANINGS } from '@/outputs/openData/codebook';
import { defaultLang, languages, type Lang, type Strings } from './locales';

const files = import.meta.glob<Strings>('/src/content/*/ui.json', {
  eager: true,
  import: 'default',
});

const fileOf = (lang: string) => `src/content/${lang}/ui.json`;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** An object of plural forms: `{ "one": …, "other": … }` (Intl.PluralRules categories). */
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: object) =>
  'other' in value && Object.keys(value).every((k) => PLURAL.has(k));

/** Checks `words` against the default's `shape`, key by key; returns what is wrong. */
function differences(shape: unknown, words: unknown, path: string): string[] {
  if (words === undefined) return [`${path}: is missing`];
  if (typeof shape === 'string') {
    if (typeof words !== 'string' || (shape.trim() !== '' && !words.trim())) {
      return [`${path}: must be text`];
    }
    const fault = characterFault(words);
    if (fault) return [`${path}: ${fault}`];
    const want = placeholders(shape).join(', ');
    const got = placeholders(words).join(', ');
    return want === got ? [] : [`${path}: has placeholders {${got}}, not {${want}}`];
  }
  if (typeof words !== 'object' || words === null) return [`${path}: is missing`];
  if (isPlural(shape as object)) {
    if (!isPlural(words)) return [`${path}: must be plural forms with "other"`];
    return Object.entries(words).flatMap(([form, text]) => {
      const fault = typeof text === 'string' ? characterFault(text) : 'must be text';
      return fault ? [`${path}.${form}: ${fault}`] : [];
    });
  }
  const extra = Object.keys(words).filter((key) => !(key in (shape as object)));
  return [
    ...extra.map((key) => `${path}.${key}: is not a key of ${fileOf(defaultLang)}`),
    ...Object.entries(shape as object).flatMap(([key, value]) =>
      differences(value, (words as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
    ),
  ];
}

/**
 * What is wrong with the words of each language (by code), each naming its file and key:
 * a key missing or extra, a template's placeholders, a word that is no text or holds a
 * character that would break or spoof what is published (src/schemas/characters.ts).
 */
export function wordProblems(byLang: ReadonlyMap<string, unknown>): string[] {
  const base = byLang.get(defaultLang);
  if (!base) return [`${fileOf(defaultLang)}: is missing (the default language's words)`];
  const vocabulary = {
    status: EVENT_STATUSES,
    beyondStatus: EVENT_STATUSES,
    kinds: EVENT_KINDS,
    records: EVENT_SCOPES,
    ledgerStatus: LEDGER_STATUSES,
    ledgerMeaning: LEDGER_STATUSES,
    // The codebook of the data files: what every field holds, every value's meaning.
    'openData.fields': FIELD_MEANINGS,
    ...Object.fromEntries(
      CODES_WITH_OWN_WORDS.map((list) => [`openData.codes.${list}`, CODE_LISTS[list]]),
    ),
  };
  const at = (path: string) =>
    path
      .split('.')
      .reduce<unknown>((words, key) => (words as Record<string, unknown> | undefined)?.[key], base);
  const problems = Object.entries(vocabulary).flatMap(([key, values]) =>
    values
      .filter((value) => !(value in ((at(key) as object | undefined) ?? {})))
      .map((value) => `${fileOf(defaultLang)}: ${key}.${value}: is missing`),
  );
  for (const [lang] of byLang) {
    if (!languages.includes(lang as Lang)) {
      problems.push(`${fileOf(lang)}: "${lang}" is not in the locale list (src/i18n/locales.ts)`);
    }
  }
  for (const lang of languages) {
    const words = byLang.get(lang);
    if (!words) problems.push(`${fileOf(lang)}: is missing (every language needs its words)`);
    else problems.push(...differences(base, words, '').map((text) => `${fileOf(lang)}: ${text}`));
  }
  return problems;
}

/** Every language's words, checked. */
function load(): Record<Lang, Strings> {
  const byLang = new Map(
    Object.entries(files).map(([path, words]) => [path.split('/').at(-2)!, words]),
  );
  const problems = wordProblems(byLang);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return Object.fromEntries(languages.map((lang) => [lang, byLang.get(lang)!])) as Record<
    Lang,
    Strings
  >;
}

const strings = load();

/** The words of one language. */
export function useStrings(lang: Lang = defaultLang): Strings {
  return strings[lang];
}

/** The `[...lang]` route parameter per language: none for the default, its code for the others. */
export const routeLanguages = languages.map((lang) => ({
  lang,
  param: lang === defaultLang ? undefined : lang,
}));

export { defaultLang, languages, type Lang };
export { around, fill, plural } from './templates';
