/**
 * Made-up ledger entries in three languages (ko, en, ja) for the unit tests of the ledger's
 * data files, to show they follow the locale list rather than two fixed languages: a
 * reporter's sentence past its day, a quote done "soon" in two steps, a named speaker
 * pending to a month, a translated English source whose step is dated only to a month.
 */
import { parseCalendarDate } from '@/lib/dates';
import type { DataLedgerEntry, StatusWords } from '@/outputs/ledgerJson';
import { LEDGER_STATUSES } from '@/lib/vocabulary';

export const LANGS = ['ko', 'en', 'ja'] as const;
export type L = (typeof LANGS)[number];
export const inEach = (text: string) =>
  Object.fromEntries(LANGS.map((lang) => [lang, `${text} (${lang})`])) as Record<L, string>;

const article = { url: 'https://example.org/article', publisher: '예시 신문' };
const wire = {
  url: 'https://example.org/wire',
  publisher: 'Example Wire',
  title: 'Head named',
  date: parseCalendarDate('2025-09-29'),
};

export const ENTRIES: DataLedgerEntry<L>[] = [
  {
    id: 'tomorrow',
    said: '내일 양해각서를 맺을 계획이다.',
    translation: {
      ko: undefined,
      en: 'plans to sign an MOU tomorrow.',
      ja: '明日MOUを結ぶ予定だ。',
    },
    speaker: { kind: 'article' },
    source: article,
    date: parseCalendarDate('2025-09-10'),
    event: 'mou',
    byWhen: parseCalendarDate('2025-09-11'),
    status: 'past-its-date',
    steps: [
      {
        date: parseCalendarDate('2025-09-10'),
        status: 'pending',
        why: inEach('planned, "as said"'),
        source: article,
        confidence: 'high',
      },
    ],
    sources: [article],
  },
  {
    id: 'head-soon',
    said: '한국 대표는 곧 발표하겠습니다.',
    translation: {
      ko: undefined,
      en: 'We will name the head soon.',
      ja: '代表はまもなく発表します。',
    },
    speaker: {
      kind: 'quote',
      quote: 'head-coming-soon',
      name: inEach('홍길동'),
      role: inEach('CSO'),
    },
    source: article,
    date: parseCalendarDate('2025-09-10'),
    event: 'head',
    byWhen: 'soon',
    status: 'done',
    steps: [
      {
        date: parseCalendarDate('2025-09-10'),
        status: 'pending',
        why: inEach('said'),
        source: article,
        confidence: 'high',
      },
      {
        date: parseCalendarDate('2025-09-29'),
        status: 'done',
        why: inEach('named'),
        source: wire,
        confidence: 'medium',
      },
    ],
    sources: [article, wire],
  },
  {
    id: 'next-february',
    said: 'We will start building next February',
    translation: { ko: '내년 2월 짓기 시작하겠다', en: undefined, ja: '来年2月に着工する' },
    speaker: {
      kind: 'named',
      quote: undefined,
      name: inEach('Kim'),
      role: { ko: undefined, en: undefined, ja: undefined },
    },
    source: wire,
    date: parseCalendarDate('2026-02'),
    event: 'plan',
    byWhen: parseCalendarDate('2027-02'),
    status: 'pending',
    steps: [
      {
        date: parseCalendarDate('2026-02'),
        status: 'pending',
        why: inEach('stated'),
        source: wire,
        confidence: 'low',
      },
    ],
    sources: [wire],
  },
];

export const STATUS_WORDS = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    {
      words: Object.fromEntries(LEDGER_STATUSES.map((s) => [s, `${s} word (${lang})`])),
      meaning: Object.fromEntries(LEDGER_STATUSES.map((s) => [s, `${s} means (${lang})`])),
    },
  ]),
) as StatusWords<L>;

export const URLS = {
  entry: (id: string, lang: L) => `https://example.org/${lang}/outcomes/entries/${id}/`,
  event: (id: string, lang: L) => `https://example.org/${lang}/events/${id}/`,
};
