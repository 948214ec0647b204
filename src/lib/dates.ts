/**
 * Dates on this site are calendar dates in Korea, known to the day or only to the month.
 * They are kept as plain numbers, never as a UTC instant, and formatted in Asia/Seoul, so
 * 2025-09-10 reads 2025-09-10 whatever the build machine's or the visitor's time zone.
 */
import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { defaultLang, localeOf, type Lang } from '@/i18n/locales';

export const TIME_ZONE = 'Asia/Seoul';

/** A date known to the day. */
export interface DayDate {
  precision: 'day';
  year: number;
  month: number;
  day: number;
}

/** A date known only to the month: it is shown, ordered and linked as a month. */
export interface MonthDate {
  precision: 'month';
  year: number;
  month: number;
}

export type CalendarDate = DayDate | MonthDate;

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `YYYY-MM-DD` (a day) or `YYYY-MM` (a month). Throws with a message that says what
 * is wrong: the shape, a month outside 1–12, or a day the month does not have.
 */
export function parseCalendarDate(text: string): CalendarDate {
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    throw new Error(`"${text}" is not a date: write YYYY-MM-DD for a day or YYYY-MM for a month`);
  }
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) {
    throw new Error(`"${text}" is not a real date: month ${m} does not exist`);
  }
  if (d === undefined) return { precision: 'month', year, month };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw new Error(`"${text}" is not a real day: ${y}-${m} has ${last} days`);
  }
  return { precision: 'day', year, month, day };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The machine-readable form for `<time datetime>`: `2025-09-10`, or `2025-02` for a month. */
export function toDatetime(date: CalendarDate): string {
  const month = `${pad(date.year, 4)}-${pad(date.month)}`;
  return date.precision === 'day' ? `${month}-${pad(date.day)}` : month;
}

/** `2025-09` for both a day and a month date: the key of the month a date falls in. */
export function monthKey(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}`;
}

/**
 * Orders dates on the timeline: by year and month, and within a month a month-only date
 * before any day of it (it is less precise, not later). Returns <0, 0 or >0.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  const dayOf = (date: CalendarDate) => (date.precision === 'day' ? date.day : 0);
  return a.year - b.year || a.month - b.month || dayOf(a) - dayOf(b);
}

/** The first moment of the date in Korea, as a time-zone-aware date for date-fns. */
function startInSeoul(date: CalendarDate): TZDate {
  const day = date.precision === 'day' ? date.day : 1;
  return new TZDate(date.year, date.month - 1, day, TIME_ZONE);
}

/**
 * The instant a day begins in Korea (midnight, Asia/Seoul), for formats that need an
 * instant rather than a calendar date: an RSS item's `pubDate`.
 */
export function startOfDayInSeoul(date: DayDate): Date {
  return new Date(startInSeoul(date).getTime());
}

/** The languages dates are written in: every language of the site (`src/i18n/locales.ts`). */
export type DateLanguage = Lang;

/** The date as a reader sees it, at its own precision, in Asia/Seoul. */
export function formatCalendarDate(date: CalendarDate, lang: DateLanguage = defaultLang): string {
  const { locale, [date.precision]: pattern } = localeOf(lang).dates;
  return format(startInSeoul(date), pattern, { locale, in: tz(TIME_ZONE) });
}

/**
 * Where content words say the record's "as of" date: `{asOf}`, filled in with
 * `src/content/record.yaml`'s date in each language, so that file is the one place it is
 * written. Frontmatter words only: an MDX body cannot hold `{…}`.
 */
export const AS_OF = '{asOf}';

/** Content words with the record's date, as the language writes it, where they say `{asOf}`. */
export function fillAsOf(
  text: string,
  asOf: CalendarDate,
  lang: DateLanguage = defaultLang,
): string {
  return text.replaceAll(AS_OF, formatCalendarDate(asOf, lang));
}

/** A date or a span of dates as a reader sees it: `2025년 9월 10일 – 2025년 9월 12일`. */
export function formatDateRange(
  date: CalendarDate,
  endDate: CalendarDate | undefined,
  lang: DateLanguage = defaultLang,
): string {
  const start = formatCalendarDate(date, lang);
  return endDate ? `${start} – ${formatCalendarDate(endDate, lang)}` : start;
}

/** The name of a month on its own: `2025년 2월`, `February 2025`. */
export function formatMonth(year: number, month: number, lang: DateLanguage = defaultLang): string {
  return formatCalendarDate({ precision: 'month', year, month }, lang);
}

/** A month's short name, for a scale's ticks: `9월`, `Sep`. */
export function formatShortMonth(
  year: number,
  month: number,
  lang: DateLanguage = defaultLang,
): string {
  const { locale, shortMonth } = localeOf(lang).dates;
  return format(startInSeoul({ precision: 'month', year, month }), shortMonth, {
    locale,
    in: tz(TIME_ZONE),
  });
}

/**
 * A date without its year, at its own precision: `11월 13일`, `11월`; `Nov 13`, `Nov`. For
 * where the year is plain from what is around it (a pair of dates in one line); a date in
 * another year than `yearOf` keeps its year.
 */
export function formatShortDate(
  date: CalendarDate,
  lang: DateLanguage = defaultLang,
  yearOf: number = date.year,
): string {
  if (date.year !== yearOf) return formatCalendarDate(date, lang);
  if (date.precision === 'month') return formatShortMonth(date.year, date.month, lang);
  const { locale, shortDay } = localeOf(lang).dates;
  return format(startInSeoul(date), shortDay, { locale, in: tz(TIME_ZONE) });
}
