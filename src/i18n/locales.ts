/**
 * The languages the site is written in: the one list that routing, the sitemap, the
 * language switch, dates, feeds, calendars, `events.json` and the tests read. The first is
 * the default, at the site's root; each other one lives under `/<code>/`. Adding a
 * language is an entry here and a folder `src/content/<code>/` holding its `ui.json` and a
 * translation of every entry (the build names any that is missing).
 */
import type { Locale as DateFnsLocale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { ko } from 'date-fns/locale/ko';

export interface Locale {
  /** BCP 47 tag: `<html lang>`, `hreflang`, the URL prefix. */
  code: string;
  /** The language's name in itself, for the language switch: `한국어`. */
  label: string;
  /** The language as Open Graph writes it: `ko_KR`. */
  ogLocale: string;
  /**
   * date-fns patterns: a day, a month, a month's short name on a scale, and a day without
   * its year (where the year is plain from what is around it).
   */
  dates: {
    locale: DateFnsLocale;
    day: string;
    month: string;
    shortMonth: string;
    shortDay: string;
  };
}

export const locales = [
  {
    code: 'ko',
    label: '한국어',
    ogLocale: 'ko_KR',
    dates: { locale: ko, day: 'PPP', month: 'y년 M월', shortMonth: 'M월', shortDay: 'M월 d일' },
  },
  {
    code: 'en',
    label: 'English',
    ogLocale: 'en_US',
    dates: {
      locale: enUS,
      day: 'MMMM d, y',
      month: 'LLLL y',
      shortMonth: 'LLL',
      shortDay: 'MMM d',
    },
  },
] as const satisfies readonly Locale[];

export type Lang = (typeof locales)[number]['code'];

/** The language at the site's root, whose words live in the entries themselves. */
export const defaultLang: Lang = locales[0].code;

/** Every language's code, the default first. */
export const languages: readonly Lang[] = locales.map((locale) => locale.code);

/**
 * The shape of every language's interface words (`src/content/<code>/ui.json`): the
 * default language's file. The others must have the same keys (checked at build).
 */
export type Strings = typeof import('../content/ko/ui.json');

/** A language's entry in the list. */
export function localeOf(lang: Lang): Locale {
  return locales.find((locale) => locale.code === lang)!;
}
