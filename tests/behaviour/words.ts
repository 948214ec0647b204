/**
 * The interface's words as a reader sees them, in each language of src/i18n/locales.ts:
 * what the behaviour tests look for by role and name. Written here rather than imported
 * from the site, so a test reads the page the way a visitor does. A language added to the
 * list needs its words here too (`astro check` says so).
 */
import type { Lang } from '../../src/i18n/locales';

export interface Words {
  siteName: string;
  skipToContent: string;
  mainMenu: string;
  nav: { timeline: string; partners: string; quotes: string };
  year: (year: number) => string;
  /** The status as an entry shows it: the article's events as of the article. */
  status: { article: { held: string; planned: string }; beyond: { held: string; planned: string } };
  record: { article: string; beyond: string };
  kind: Record<string, string>;
  /** The headings of an event's outcomes: reports after the article, then the others. */
  laterReports: string;
  otherReports: string;
  /** Beside a planned event: a later report says it happened. */
  followUp: string;
  confidence: { medium: string; low: string };
  date: string;
  place: string;
  partnersLabel: string;
  eventSources: string;
  addToCalendar: string;
  /** Why an event page has no calendar file: a month-only date, an announced date. */
  noCalendar: { month: RegExp; announced: RegExp };
  backToTimeline: string;
  alongTimeline: string;
  follows: string;
  followedBy: string;
  eventQuotes: string;
  partnerEvents: string;
  noEvents: string;
  original: string;
  translation: string;
  saidAt: string;
  about: string;
  sources: {
    title: string;
    allSources: string;
    groups: { primary: string; before: string; after: string; undated: string };
    citedBy: string;
  };
  notFound: string;
  feed: string;
  calendarFile: string;
  data: string;
}

export const words: Record<Lang, Words> = {
  ko: {
    siteName: '오픈AI 코리아 타임라인',
    skipToContent: '본문으로 건너뛰기',
    mainMenu: '주 메뉴',
    nav: { timeline: '타임라인', partners: '파트너', quotes: '발언' },
    year: (year) => `${year}년`,
    status: {
      article: { held: '기사 시점에 이미 있었던 일', planned: '기사 시점에 아직 예정이던 일' },
      beyond: { held: '있었던 일', planned: '계획으로 밝힌 일' },
    },
    record: { article: '기사가 전한 일', beyond: '기사 밖의 기록' },
    kind: {
      partnership: '파트너십',
      publication: '문서 공개',
      festival: '축제',
      'press-conference': '기자회견',
      mou: '양해각서(MOU)',
      workshop: '워크숍',
      appointment: '인사',
      agreement: '협약',
    },
    laterReports: '이후 보도',
    otherReports: '다른 보도',
    followUp: '있었다는 보도',
    confidence: { medium: '확인 정도: 보통', low: '확인 정도: 낮음' },
    date: '날짜',
    place: '장소',
    partnersLabel: '관련 기관·기업',
    eventSources: '출처',
    addToCalendar: '캘린더에 추가',
    noCalendar: { month: /월까지만/, announced: /발표된 날/ },
    backToTimeline: '타임라인으로 돌아가기',
    alongTimeline: '타임라인에서',
    follows: '앞선 발표',
    followedBy: '이어진 일',
    eventQuotes: '관련 발언',
    partnerEvents: '관련된 일',
    noEvents: '타임라인에 따로 기록된 일이 없습니다.',
    original: '원문',
    translation: '번역',
    saidAt: '발언한 자리',
    about: '관련된 일',
    sources: {
      title: '출처',
      allSources: '이 사이트의 모든 출처 보기',
      groups: {
        primary: '바탕 기사',
        before: '기사 이전·당일의 보도',
        after: '기사 이후의 보도',
        undated: '발행일을 알 수 없는 보도',
      },
      citedBy: '인용하는 페이지',
    },
    notFound: '페이지를 찾을 수 없습니다',
    feed: 'RSS 피드',
    calendarFile: '캘린더 파일',
    data: 'JSON 데이터',
  },
  en: {
    siteName: 'OpenAI Korea Timeline',
    skipToContent: 'Skip to main content',
    mainMenu: 'Main menu',
    nav: { timeline: 'Timeline', partners: 'Partners', quotes: 'Quotes' },
    year: (year) => `${year}`,
    status: {
      article: { held: 'Already happened by the article', planned: 'Still planned at the article' },
      beyond: { held: 'Happened', planned: 'Stated as a plan' },
    },
    record: { article: 'From the article', beyond: 'Beyond the article' },
    kind: {
      partnership: 'Partnership',
      publication: 'Publication',
      festival: 'Festival',
      'press-conference': 'Press conference',
      mou: 'MOU',
      workshop: 'Workshop',
      appointment: 'Appointment',
      agreement: 'Agreement',
    },
    laterReports: 'Later reports',
    otherReports: 'Other reports',
    followUp: 'Reported to have happened',
    confidence: { medium: 'Confidence: medium', low: 'Confidence: low' },
    date: 'Date',
    place: 'Place',
    partnersLabel: 'Organisations named',
    eventSources: 'Sources',
    addToCalendar: 'Add to calendar',
    noCalendar: { month: /only to the month/, announced: /day it was announced/ },
    backToTimeline: 'Back to the timeline',
    alongTimeline: 'Along the timeline',
    follows: 'Announced earlier',
    followedBy: 'What followed',
    eventQuotes: 'Quotes',
    partnerEvents: 'Related events',
    noEvents: 'No event of its own on the timeline.',
    original: 'Original (Korean)',
    translation: 'English translation',
    saidAt: 'Said at',
    about: 'Related events',
    sources: {
      title: 'Sources',
      allSources: 'All the sources this site cites',
      groups: {
        primary: 'The article the site is written from',
        before: 'Reports up to the article’s day',
        after: 'Reports after the article',
        undated: 'Reports with no known date',
      },
      citedBy: 'Cited by',
    },
    notFound: 'Page not found',
    feed: 'RSS feed',
    calendarFile: 'Calendar file',
    data: 'JSON data',
  },
};
