/** Words per language, from an entry and its translations. */
import { defaultLang, languages } from '@/i18n/locales';
import type { Entry, Translations } from './collections';
import type { Localized } from './model';

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
