/**
 * Every string the templates show that is not content: one place, so that a second
 * language is one more dictionary of the same shape.
 */
import { defaultLang, languages, type Lang } from '@/i18n/locales';
import type { EventKind, EventRecord, EventStatus } from './vocabulary';

export const ui = {
  ko: {
    siteName: '오픈AI 코리아 타임라인',
    siteDescription:
      '2025년 9월 10일 오픈AI 코리아 출범을 다룬 기사가 전하는 일들과 그 앞뒤의 기록을 시간순으로, 출처와 함께 적습니다.',
    skipToContent: '본문으로 건너뛰기',
    nav: { label: '주 메뉴', timeline: '타임라인', partners: '파트너', quotes: '발언' },
    languageSwitch: { label: '다른 언어로 보기' },
    footer: {
      sourceIntro: '이 사이트의 바탕이 된 기사:',
      factNote:
        '모든 내용에는 출처가 붙어 있습니다. 다른 보도에서 온 사실은 해당 페이지에 출처를 밝힙니다.',
      follow: '따라가기:',
      feed: 'RSS 피드',
      calendar: '캘린더 파일',
      data: 'JSON 데이터',
    },
    timeline: {
      title: '타임라인',
      intro:
        '오픈AI 코리아 출범(2025년 9월 10일)을 전한 기사 속의 일들과, 그 앞뒤로 다른 보도가 전한 기록입니다. 모든 일에 출처를 밝힙니다. 날짜는 한국 시간 기준이며, 출처가 월까지만 밝힌 날짜는 월까지만 적습니다.',
      yearHeading: (year: number) => `${year}년`,
      byYear: '연도별 타임라인',
      yearPart: (year: number, part: number, parts: number) =>
        parts > 1 ? `${year}년 (${part}/${parts})` : `${year}년`,
      recentOnly: (count: number) =>
        `가장 최근의 일 ${count}개를 보여 줍니다. 그 전의 일은 연도별 타임라인에 있습니다.`,
      partnersLabel: '관련 기관·기업',
    },
    event: {
      date: '날짜',
      place: '장소',
      partners: '관련 기관·기업',
      quotes: '관련 발언',
      laterReports: '이후 보도',
      laterReportsIntro:
        '기사가 나온 뒤의 보도가 전한 내용입니다. 기사 시점의 내용을 바꾸지 않고 따로 적습니다.',
      otherReports: '다른 보도',
      otherReportsIntro:
        '기사와 같은 날이나 그 전에 나온 보도, 또는 날짜를 알 수 없는 보도가 전한 내용입니다. 기사의 내용과 따로 적습니다.',
      sources: '출처',
      previous: '이전 일',
      next: '다음 일',
      alongTimeline: '타임라인에서',
      backToTimeline: '타임라인으로 돌아가기',
      dateNote: '날짜에 대하여',
      addToCalendar: '캘린더에 추가',
      noCalendar: '기사가 날짜를 월까지만 밝혀 캘린더 파일이 없습니다.',
      announcedOnly: '이 날짜는 발표된 날이어서 캘린더 파일이 없습니다.',
      confidence: { high: '', medium: '확인 정도: 보통', low: '확인 정도: 낮음' },
      /** Beside a planned event's status: the day a later report says it happened. */
      followUp: '있었다는 보도',
      /** On a later event: the announcement that spoke of it beforehand. */
      follows: '앞선 발표',
      followsIntro: '이 일을 앞서 예고한 발표입니다. 괄호 안은 둘을 잇는 출처입니다.',
      /** On an announcement: the later event it spoke of. */
      followedBy: '이어진 일',
      followedByIntro:
        '이 발표가 예고한 일이 뒤에 이렇게 이어졌습니다. 괄호 안은 둘을 잇는 출처입니다.',
      /** The one-line pair of a plan of the article: `예정 11월 → 보도 11월 13일`. */
      pair: { planned: '예정', reported: '보도', none: '이후 보도 없음' },
    },
    status: {
      held: '기사 시점에 이미 있었던 일',
      planned: '기사 시점에 아직 예정이던 일',
    } satisfies Record<EventStatus, string>,
    /** Which record an event belongs to, beside its kind. */
    records: {
      article: '기사가 전한 일',
      beyond: '기사 밖의 기록',
    } satisfies Record<EventRecord, string>,
    /** The status of an event beyond the article, as its own source reports it. */
    beyondStatus: {
      held: '있었던 일',
      planned: '계획으로 밝힌 일',
    } satisfies Record<EventStatus, string>,
    kinds: {
      partnership: '파트너십',
      workshop: '워크숍',
      program: '프로그램',
      festival: '축제',
      launch: '출범',
      mou: '양해각서(MOU)',
      community: '네트워킹 행사',
      conference: '개발자 행사',
      'press-conference': '기자회견',
      appointment: '인사',
      agreement: '협약',
      publication: '문서 공개',
      'government-statement': '정부 발언',
    } satisfies Record<EventKind, string>,
    partners: {
      title: '파트너',
      intro:
        '기사가 이름을 든 기관과 기업, 그리고 기사 밖의 기록에 나오는 기업입니다. 각각에 대해 출처가 전한 내용을 적습니다. 모두가 오픈AI의 파트너인 것은 아니며, 한국 정부는 기사가 오픈AI의 협력 상대로 언급한 곳입니다.',
      events: '관련된 일',
      noEvents: '타임라인에 따로 기록된 일이 없습니다.',
      eventCount: (count: number) =>
        count > 0 ? `타임라인의 관련된 일 ${count}개` : '타임라인에 따로 기록된 일이 없습니다.',
      recentEvents: (shown: number, count: number) =>
        `관련된 일 ${count}개 가운데 가장 최근의 ${shown}개입니다.`,
      backToList: '파트너 목록으로',
    },
    quotes: {
      title: '발언',
      intro:
        '기사 본문에 실린 직접 인용을 기사에 나온 순서대로, 글자 그대로 옮겼습니다. 기사 제목의 ‘한국은 AI 풀스택 생태계 갖춘 곳’은 제이슨 권의 말을 줄여 쓴 것이어서 인용으로 싣지 않았습니다.',
      saidAt: '발언한 자리',
      about: '관련된 일',
      verbatim: '원문 그대로 옮긴 인용입니다.',
      backToList: '발언 목록으로',
      original: '원문',
      translation: '번역',
    },
    overview: {
      label: '시간 축으로 본 타임라인',
      held: '기사 시점에 이미 있었던 일',
      planned: '기사 시점에 예정이던 일',
      reported: '예정, 그리고 이후 보도된 날',
      beyond: '기사 밖의 기록',
      /** Beside the line at the article's day. */
      article: (date: string) => `기사 ${date}`,
      /** In the legend: the dashed line. */
      articleDay: (date: string) => `기사가 나온 날 (${date})`,
    },
    sources: {
      title: '출처',
      intro:
        '이 사이트가 인용하는 모든 출처와, 각 출처를 인용하는 페이지입니다. 보도는 발행일을 기준으로 기사보다 먼저(또는 같은 날) 나온 것과 뒤에 나온 것으로 나눕니다.',
      allSources: '이 사이트의 모든 출처 보기',
      groups: {
        primary: '바탕 기사',
        before: '기사 이전·당일의 보도',
        after: '기사 이후의 보도',
        undated: '발행일을 알 수 없는 보도',
      },
      groupNotes: {
        primary: (_article: string) =>
          '오픈AI 코리아 출범 기사입니다. ‘기사가 전한 일’로 표시한 일은 모두 이 기사를 바탕으로 씁니다.',
        before: (article: string) => `기사(${article})와 같은 날이나 그 전에 발행된 보도입니다.`,
        after: (article: string) => `기사(${article}) 뒤에 발행된 보도입니다.`,
        undated: (_article: string) =>
          '출처가 발행일을 밝히지 않았거나 주소에서 알 수 없는 보도입니다. 날짜를 짐작해 적지 않습니다.',
      },
      publisher: '발행처',
      published: '발행일',
      confidence: '확인 정도',
      confidenceLevels: { high: '높음', medium: '보통', low: '낮음' },
      citedBy: '인용하는 페이지',
      language: { ko: '한국어', en: '영어' } as Record<string, string>,
    },
    /** The small line above the title on link-preview images. */
    preview: {
      home: '오픈AI 코리아 출범과 그 앞뒤의 기록',
      partner: '관련 기관·기업',
      quote: '발언',
      onTimeline: (dates: string) => `타임라인에 나오는 일: ${dates}`,
    },
    notFound: {
      title: '페이지를 찾을 수 없습니다',
      body: '주소가 바뀌었거나 없는 페이지입니다. 타임라인에서 찾아 보세요.',
    },
  },
  en: {
    siteName: 'OpenAI Korea Timeline',
    siteDescription:
      'What the article on the launch of OpenAI Korea on September 10, 2025, reports, and the record before and after it, in order and with sources.',
    skipToContent: 'Skip to main content',
    nav: { label: 'Main menu', timeline: 'Timeline', partners: 'Partners', quotes: 'Quotes' },
    languageSwitch: { label: 'Read in another language' },
    footer: {
      sourceIntro: 'The article this site is built on (in Korean):',
      factNote:
        'Everything here carries its source. Facts from other reports name their source on the page where they appear.',
      follow: 'Follow:',
      feed: 'RSS feed',
      calendar: 'Calendar file',
      data: 'JSON data',
    },
    timeline: {
      title: 'Timeline',
      intro:
        'The events in the article on the launch of OpenAI Korea (September 10, 2025), and the record before and after it from other reports, each with its source. Dates are dates in Korea; where a source gives only the month, only the month is shown.',
      yearHeading: (year: number) => `${year}`,
      byYear: 'Timeline by year',
      yearPart: (year: number, part: number, parts: number) =>
        parts > 1 ? `${year} (${part}/${parts})` : `${year}`,
      recentOnly: (count: number) =>
        `Showing the ${count} most recent events. Earlier ones are on the timeline by year.`,
      partnersLabel: 'Organisations named',
    },
    event: {
      date: 'Date',
      place: 'Place',
      partners: 'Organisations named',
      quotes: 'Quotes',
      laterReports: 'Later reports',
      laterReportsIntro:
        'What reports published after the article said, kept apart from what the article records.',
      otherReports: 'Other reports',
      otherReportsIntro:
        'What reports published on or before the article’s day, or on an unknown date, said, kept apart from what the article records.',
      sources: 'Sources',
      previous: 'Previous',
      next: 'Next',
      alongTimeline: 'Along the timeline',
      backToTimeline: 'Back to the timeline',
      dateNote: 'About the date',
      addToCalendar: 'Add to calendar',
      noCalendar: 'The article gives the date only to the month, so there is no calendar file.',
      announcedOnly: 'This date is the day it was announced, so there is no calendar file.',
      confidence: {
        high: '',
        medium: 'Confidence: medium',
        low: 'Confidence: low',
      },
      followUp: 'Reported to have happened',
      follows: 'Announced earlier',
      followsIntro:
        'The earlier announcement that spoke of this event; in brackets, the source that links the two.',
      followedBy: 'What followed',
      followedByIntro:
        'What this announcement spoke of, as it later came about; in brackets, the source that links the two.',
      pair: { planned: 'Planned', reported: 'reported', none: 'no later report' },
    },
    status: {
      held: 'Already happened by the article',
      planned: 'Still planned at the article',
    } satisfies Record<EventStatus, string>,
    records: {
      article: 'From the article',
      beyond: 'Beyond the article',
    } satisfies Record<EventRecord, string>,
    beyondStatus: {
      held: 'Happened',
      planned: 'Stated as a plan',
    } satisfies Record<EventStatus, string>,
    kinds: {
      partnership: 'Partnership',
      workshop: 'Workshop',
      program: 'Program',
      festival: 'Festival',
      launch: 'Launch',
      mou: 'MOU',
      community: 'Networking event',
      conference: 'Developer event',
      'press-conference': 'Press conference',
      appointment: 'Appointment',
      agreement: 'Agreement',
      publication: 'Publication',
      'government-statement': 'Government statement',
    } satisfies Record<EventKind, string>,
    partners: {
      title: 'Partners',
      intro:
        'The organisations and companies the article names, and those in the record beyond it, with what the sources say of each. Not all of them are OpenAI’s partners: the Korean government is a counterpart the article names.',
      events: 'Related events',
      noEvents: 'No event of its own on the timeline.',
      backToList: 'All partners',
      eventCount: (count: number) =>
        count === 0
          ? 'No event of its own on the timeline.'
          : `${count} related ${count === 1 ? 'event' : 'events'} on the timeline`,
      recentEvents: (shown: number, count: number) =>
        `The ${shown} most recent of ${count} related events.`,
    },
    quotes: {
      title: 'Quotes',
      intro:
        'The direct quotes in the body of the article, in the order they appear in it, in the original Korean with an English translation. The headline’s 한국은 AI 풀스택 생태계 갖춘 곳 (in translation: Korea is a place with a full-stack AI ecosystem) is not among them: it compresses Jason Kwon’s words and is not a quote.',
      saidAt: 'Said at',
      about: 'Related events',
      verbatim: 'The Korean original, verbatim from the article.',
      backToList: 'All quotes',
      original: 'Original (Korean)',
      translation: 'English translation',
    },
    overview: {
      label: 'The timeline on a time scale',
      held: 'Already happened by the article',
      planned: 'Still planned at the article',
      reported: 'Planned, then the day a report gives',
      beyond: 'Beyond the article',
      article: (date: string) => `Article, ${date}`,
      articleDay: (date: string) => `The day of the article (${date})`,
    },
    sources: {
      title: 'Sources',
      intro:
        'Every source this site cites, and the pages that cite it. Reports are grouped by publication date: on or before the article’s day, or after it.',
      allSources: 'All the sources this site cites',
      groups: {
        primary: 'The article the site is written from',
        before: 'Reports up to the article’s day',
        after: 'Reports after the article',
        undated: 'Reports with no known date',
      },
      groupNotes: {
        primary: (_article: string) =>
          'The article on the launch of OpenAI Korea. Every event marked “From the article” is written from it.',
        before: (article: string) =>
          `Published before the article (${article}) or on the same day.`,
        after: (article: string) => `Published after the article (${article}).`,
        undated: (_article: string) =>
          'The source gives no publication date, and its address shows none. No date is guessed.',
      },
      publisher: 'Publisher',
      published: 'Published',
      confidence: 'Confidence',
      confidenceLevels: { high: 'High', medium: 'Medium', low: 'Low' },
      citedBy: 'Cited by',
      language: { ko: 'Korean', en: 'English' } as Record<string, string>,
    },
    preview: {
      home: 'OpenAI Korea’s launch, and the record around it',
      partner: 'Organisation or company',
      quote: 'Quote',
      onTimeline: (dates: string) => `On the timeline: ${dates}`,
    },
    notFound: {
      title: 'Page not found',
      body: 'This address has moved or never existed. Try the timeline.',
    },
  },
} as const;

export { defaultLang, languages, type Lang };

/** The `[...lang]` route parameter per language: none for the default, its code for the others. */
export const routeLanguages = languages.map((lang) => ({
  lang,
  param: lang === defaultLang ? undefined : lang,
}));

/** The language of a page from Astro's `currentLocale` (the default when there is none). */
export function toLang(locale: string | undefined): Lang {
  return languages.find((lang) => lang === locale) ?? defaultLang;
}

/** The strings of one language. */
export function useStrings(lang: Lang = defaultLang) {
  return ui[lang];
}
