/**
 * Words in every language of the site: a value per language, the entry's own in the default
 * language and its translation's in the others (paired and checked in `load.ts`).
 */
import { defaultLang, languages, type Lang } from '@/i18n/locales';
import type { Entry, Translations } from './load';

/** One value per language of the site. */
export type Localized<T> = Record<Lang, T>;

/** A value per language: the entry's own words in the default language, a translation's in the others. */
export function localize<E, T, V>(
  entry: E & Entry,
  words: Translations<T>,
  own: (entry: E) => V,
  translated: (words: T) => V,
): Localized<V> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      lang === defaultLang ? own(entry) : translated(words.get(lang)!.get(entry.id)!),
    ]),
  ) as Localized<V>;
}
