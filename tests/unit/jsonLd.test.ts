import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type DayDate } from '@/lib/dates';
import { eventJsonLd, homeJsonLd, quoteJsonLd, serializeJsonLd, withCitedPage } from '@/outputs/jsonLd';

const sources = [{ url: 'https://example.org/a', publisher: '예시일보' }];
const event = {
  url: 'https://example.org/events/x/',
  lang: 'ko',
  title: '행사',
  summary: '요약',
  date: parseCalendarDate('2025-09-10'),
  endDate: undefined,
  dateKind: 'happened' as const,
  dateLine: '2025년 9월 10일',
  unconfirmed: false,
  record: '기사가 전한 일',
  place: undefined,
  organizer: 'OpenAI',
  dateNote: undefined,
  image: 'https://example.org/events/x/preview.png',
  sources,
};

describe('eventJsonLd', () => {
  it('describes an Event with its date at the precision known and its organiser', () => {
    const data = eventJsonLd(event);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      url: event.url,
      name: '행사',
      startDate: '2025-09-10',
      eventStatus: 'https://schema.org/EventScheduled',
      organizer: { '@type': 'Organization', name: 'OpenAI' },
      citation: [{ '@type': 'CreativeWork', url: 'https://example.org/a' }],
    });
    expect(data).not.toHaveProperty('endDate');
    expect(data).not.toHaveProperty('location');
  });

  it('says first in the description which record the event belongs to, then its date in words', () => {
    expect(eventJsonLd(event)['description']).toBe('기사가 전한 일 · 2025년 9월 10일 · 요약');
    expect(eventJsonLd({ ...event, record: 'Beyond the article' })['description']).toBe(
      'Beyond the article · 2025년 9월 10일 · 요약',
    );
  });

  it('gives no start date where the date is only the day the event was announced, or a report of what was expected', () => {
    for (const dateKind of ['announced', 'expected'] as const) {
      const data = eventJsonLd({ ...event, dateKind, dateLine: '2025년 9월 10일 발표' });
      expect(data).not.toHaveProperty('startDate');
      expect(data).not.toHaveProperty('endDate');
      expect(data['description']).toBe('기사가 전한 일 · 2025년 9월 10일 발표 · 요약');
    }
  });

  it('never calls a plan no report confirms an Event, which schema.org would read as held as scheduled', () => {
    const dateLine = '2025년 9월 12일 예정이었던 일 · 2026년 12월 6일 기준 열렸다는 보도 없음';
    const data = eventJsonLd({ ...event, dateKind: 'planned', dateLine, unconfirmed: true });
    expect(data['@type']).toBe('WebPage');
    expect(data).not.toHaveProperty('eventStatus');
    expect(data).not.toHaveProperty('startDate');
    expect(data['description']).toBe(`기사가 전한 일 · ${dateLine} · 요약`);
  });

  it('keeps a month-only date a month, and gives an end date and a place where known', () => {
    const data = eventJsonLd({
      ...event,
      date: parseCalendarDate('2025-11'),
      endDate: parseCalendarDate('2025-12'),
      place: '동대문디자인플라자',
      organizer: undefined,
      dateNote: '발표일',
    });
    // No organiser where the content names none; the date note travels with the description.
    expect(data).not.toHaveProperty('organizer');
    expect(data['description']).toBe('기사가 전한 일 · 2025년 9월 10일 · 요약 (발표일)');
    expect(data).toMatchObject({
      startDate: '2025-11',
      endDate: '2025-12',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: '동대문디자인플라자' },
    });
  });
});

describe('quoteJsonLd', () => {
  const quote = {
    url: 'https://example.org/quotes/q/',
    text: '원문',
    textLang: 'ko',
    translation: undefined,
    pageLang: 'ko',
    speaker: '제이슨 권',
    role: '최고전략책임자',
    date: parseCalendarDate('2025-09-10'),
    event: { url: 'https://example.org/events/x/', title: '행사' },
    sources,
  };

  it('gives the words as printed, in Korean, with who said them and where', () => {
    expect(quoteJsonLd(quote)).toMatchObject({
      '@type': 'Quotation',
      text: '원문',
      inLanguage: 'ko',
      spokenByCharacter: { '@type': 'Person', name: '제이슨 권', jobTitle: '최고전략책임자' },
      dateCreated: '2025-09-10',
      about: { '@type': 'Event', url: 'https://example.org/events/x/' },
    });
    expect(quoteJsonLd(quote)).not.toHaveProperty('workTranslation');
  });

  it('adds a translation as a translation, keeping the original as the text', () => {
    const data = quoteJsonLd({ ...quote, translation: 'The original', pageLang: 'en' });
    expect(data).toMatchObject({
      text: '원문',
      workTranslation: { '@type': 'Quotation', text: 'The original', inLanguage: 'en' },
    });
  });
});

describe('homeJsonLd', () => {
  it('lists the events in order, numbered from one', () => {
    const data = homeJsonLd({
      url: 'https://example.org/',
      lang: 'ko',
      name: '사이트',
      description: '설명',
      image: 'https://example.org/preview.png',
      events: [{ url: 'https://example.org/events/a/' }, { url: 'https://example.org/events/b/' }],
    });
    const [site, list] = data['@graph'] as Record<string, unknown>[];
    expect(site).toMatchObject({ '@type': 'WebSite', url: 'https://example.org/' });
    // Google's summary-page form: each item its position and its page's address, no more.
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: 2 });
    expect(list!['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, url: 'https://example.org/events/a/' },
      { '@type': 'ListItem', position: 2, url: 'https://example.org/events/b/' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its <script> element, and still parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('withCitedPage', () => {
  const page = {
    url: 'https://example.org/events/x/',
    name: '행사',
    lang: 'ko',
    dateModified: parseCalendarDate('2026-11-28') as DayDate,
    publisher: '예시 편집진',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    site: { url: 'https://example.org/', name: '사이트' },
  };

  it('gives an event the page it is the main entity of, with the day that page last changed', () => {
    const data = withCitedPage(eventJsonLd(event), page);
    expect(data['@type']).toBe('Event');
    expect(data['mainEntityOfPage']).toEqual({
      '@type': 'WebPage',
      '@id': page.url,
      url: page.url,
      name: '행사',
      inLanguage: 'ko',
      dateModified: '2026-11-28',
      publisher: { '@type': 'Organization', name: '예시 편집진' },
      license: page.license,
      isPartOf: { '@type': 'WebSite', url: 'https://example.org/', name: '사이트' },
    });
  });

  it('is the page itself where nothing else describes it, and the WebSite for the record', () => {
    expect(withCitedPage(undefined, page)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      dateModified: '2026-11-28',
    });
    const record = withCitedPage(undefined, { ...page, site: undefined });
    expect(record).toMatchObject({ '@type': 'WebSite', dateModified: '2026-11-28' });
    expect(record).not.toHaveProperty('isPartOf');
  });
});
