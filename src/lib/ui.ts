/**
 * Every string the templates show that is not content: one place, so that a second
 * language is one more dictionary of the same shape.
 */
import type { EventKind, EventStatus } from './vocabulary';

export const ui = {
  ko: {
    lang: 'ko',
    siteName: '오픈AI 코리아 타임라인',
    siteDescription:
      '2025년 9월 10일 오픈AI 코리아 출범 때 발표된 일들을 시간순으로, 출처와 함께 기록합니다.',
    /** The page's language as Open Graph writes it. */
    ogLocale: 'ko_KR',
    skipToContent: '본문으로 건너뛰기',
    nav: { label: '주 메뉴', timeline: '타임라인', partners: '파트너', quotes: '발언' },
    languageSwitch: { label: '언어', other: 'English', otherLang: 'en' },
    footer: {
      sourceIntro: '이 사이트는 다음 기사를 바탕으로 씁니다:',
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
        '오픈AI 코리아 출범 기자회견(2025년 9월 10일)에서 발표되거나 언급된 일들입니다. 날짜는 한국 시간 기준이며, 출처가 월까지만 밝힌 날짜는 월까지만 적습니다.',
      yearHeading: (year: number) => `${year}년`,
      byYear: '연도별 타임라인',
      yearPart: (year: number, part: number, parts: number) =>
        parts > 1 ? `${year}년 (${part}/${parts})` : `${year}년`,
      recentOnly: (count: number) =>
        `가장 최근의 일 ${count}개를 보여 줍니다. 그 전의 일은 연도별 타임라인에 있습니다.`,
      partnersLabel: '파트너',
    },
    event: {
      date: '날짜',
      place: '장소',
      partners: '파트너',
      quotes: '관련 발언',
      outcomes: '이후 보도',
      outcomesIntro:
        '기사 작성 이후 다른 보도가 전한 내용입니다. 발표 당시의 내용을 바꾸지 않고 따로 적습니다.',
      sources: '출처',
      previous: '이전 일',
      next: '다음 일',
      alongTimeline: '타임라인에서',
      backToTimeline: '타임라인으로 돌아가기',
      dateNote: '날짜에 대하여',
      addToCalendar: '캘린더에 추가',
      noCalendar: '날짜가 월까지만 알려져 있어 캘린더 파일이 없습니다.',
      confidence: { high: '', medium: '확인 정도: 보통', low: '확인 정도: 낮음' },
    },
    status: {
      held: '기사 시점에 진행됨',
      planned: '기사 시점에 예정',
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
    } satisfies Record<EventKind, string>,
    partners: {
      title: '파트너',
      intro: '기사가 이름을 든 기관과 기업, 그리고 기사가 각각에 대해 전한 내용입니다.',
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
      intro: '기사에 실린 직접 인용을 기사에 나온 순서대로, 글자 그대로 옮겼습니다.',
      saidAt: '발언한 자리',
      about: '관련된 일',
      verbatim: '원문 그대로 옮긴 인용입니다.',
      backToList: '발언 목록으로',
      original: '원문',
      translation: '번역',
    },
    /** The small line above the title on link-preview images. */
    preview: {
      home: '오픈AI 코리아 출범 발표',
      partner: '파트너',
      quote: '발언',
      onTimeline: (dates: string) => `타임라인에 나오는 일: ${dates}`,
    },
    notFound: {
      title: '페이지를 찾을 수 없습니다',
      body: '주소가 바뀌었거나 없는 페이지입니다. 타임라인에서 찾아 보세요.',
    },
  },
  en: {
    lang: 'en',
    siteName: 'OpenAI Korea Timeline',
    siteDescription:
      'What was announced at the launch of OpenAI Korea on September 10, 2025, in order and with sources.',
    ogLocale: 'en_US',
    skipToContent: 'Skip to main content',
    nav: { label: 'Main menu', timeline: 'Timeline', partners: 'Partners', quotes: 'Quotes' },
    languageSwitch: { label: 'Language', other: '한국어', otherLang: 'ko' },
    footer: {
      sourceIntro: 'This site is written from this article (in Korean):',
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
        'What was announced or mentioned at the press conference launching OpenAI Korea (September 10, 2025). Dates are dates in Korea; where a source gives only the month, only the month is shown.',
      yearHeading: (year: number) => `${year}`,
      byYear: 'Timeline by year',
      yearPart: (year: number, part: number, parts: number) =>
        parts > 1 ? `${year} (${part}/${parts})` : `${year}`,
      recentOnly: (count: number) =>
        `Showing the ${count} most recent events. Earlier ones are on the timeline by year.`,
      partnersLabel: 'Partners',
    },
    event: {
      date: 'Date',
      place: 'Place',
      partners: 'Partners',
      quotes: 'Quotes',
      outcomes: 'Later reports',
      outcomesIntro:
        'What other reports said after the article was written, kept apart from what was announced at the time.',
      sources: 'Sources',
      previous: 'Previous',
      next: 'Next',
      alongTimeline: 'Along the timeline',
      backToTimeline: 'Back to the timeline',
      dateNote: 'About the date',
      addToCalendar: 'Add to calendar',
      noCalendar: 'The date is known only to the month, so there is no calendar file.',
      confidence: {
        high: '',
        medium: 'Confidence: medium',
        low: 'Confidence: low',
      },
    },
    status: {
      held: 'Held as of the article',
      planned: 'Planned as of the article',
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
    } satisfies Record<EventKind, string>,
    partners: {
      title: 'Partners',
      intro: 'The organisations the article names, and what it says of each.',
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
        'Every direct quote in the article, in the order they appear in it, in the original Korean with an English translation.',
      saidAt: 'Said at',
      about: 'Related events',
      verbatim: 'The Korean original, verbatim from the article.',
      backToList: 'All quotes',
      original: 'Original (Korean)',
      translation: 'English translation',
    },
    preview: {
      home: 'Announced at the launch of OpenAI Korea',
      partner: 'Partner',
      quote: 'Quote',
      onTimeline: (dates: string) => `On the timeline: ${dates}`,
    },
    notFound: {
      title: 'Page not found',
      body: 'This address has moved or never existed. Try the timeline.',
    },
  },
} as const;

export type Lang = keyof typeof ui;
export const defaultLang: Lang = 'ko';
/** Every language the site is written in, the default first. */
export const languages = Object.keys(ui) as Lang[];

/** The `[...lang]` route parameter per language: none for the default, `en` for English. */
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
