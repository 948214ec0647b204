import { describe, expect, it } from 'vitest';
import { absolute, counterpart, sitePaths, withBase } from '@/data/urls';

const paths = sitePaths('/');

describe('withBase', () => {
  it('leaves paths alone at the domain root', () => {
    expect(withBase('/events/snu-mou/', '/')).toBe('/events/snu-mou/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('puts paths under a deploy folder, with or without its trailing slash', () => {
    expect(withBase('/events/snu-mou/', '/openai-korea-timeline')).toBe(
      '/openai-korea-timeline/events/snu-mou/',
    );
    expect(withBase('/#founder-day', '/openai-korea-timeline/')).toBe(
      '/openai-korea-timeline/#founder-day',
    );
  });
});

describe('paths per language', () => {
  it('keeps Korean at the root and puts English under /en/', () => {
    expect(paths.event('snu-mou')).toBe('/events/snu-mou/');
    expect(paths.event('snu-mou', 'en')).toBe('/en/events/snu-mou/');
    expect(paths.timeline('en')).toBe('/en/');
    expect(paths.timelineEntry('founder-day', 'en')).toBe('/en/#founder-day');
  });

  it('puts the calendar file of an event beside its page, the feeds and calendar at the root', () => {
    expect(paths.eventCalendar('snu-mou')).toBe('/events/snu-mou.ics');
    expect(paths.eventCalendar('snu-mou', 'en')).toBe('/en/events/snu-mou.ics');
    expect(paths.calendar()).toBe('/calendar.ics');
    expect(paths.calendar('en')).toBe('/en/calendar.ics');
    expect(paths.feed()).toBe('/rss.xml');
    expect(paths.feed('en')).toBe('/en/rss.xml');
    expect(paths.data()).toBe('/events.json');
  });
});

describe('absolute', () => {
  it('puts a path, base included, on the site host', () => {
    expect(absolute('/base/events/x/', 'https://example.org')).toBe(
      'https://example.org/base/events/x/',
    );
    expect(absolute('/rss.xml', new URL('https://example.org/other/'))).toBe(
      'https://example.org/rss.xml',
    );
  });

  it('stops when there is no site to be absolute on', () => {
    // Left out, the build's own site is taken (import.meta.env.SITE); an empty one is none.
    expect(() => absolute('/rss.xml', '')).toThrow('no site URL');
  });
});

describe('counterpart', () => {
  it('leads to the same page in the other language', () => {
    expect(counterpart('/events/snu-mou/', 'ko', 'en', '/')).toBe('/en/events/snu-mou/');
    expect(counterpart('/en/events/snu-mou/', 'en', 'ko', '/')).toBe('/events/snu-mou/');
    expect(counterpart('/', 'ko', 'en', '/')).toBe('/en/');
    expect(counterpart('/en/', 'en', 'ko', '/')).toBe('/');
    expect(counterpart('/en', 'en', 'ko', '/')).toBe('/');
  });

  it('keeps the base path', () => {
    const base = '/openai-korea-timeline/';
    expect(counterpart('/openai-korea-timeline/partners/kt/', 'ko', 'en', base)).toBe(
      '/openai-korea-timeline/en/partners/kt/',
    );
    expect(counterpart('/openai-korea-timeline/en/quotes/', 'en', 'ko', base)).toBe(
      '/openai-korea-timeline/quotes/',
    );
    expect(counterpart('/openai-korea-timeline', 'ko', 'en', base)).toBe(
      '/openai-korea-timeline/en/',
    );
  });

  it('does not mistake a page that starts with the letters "en" for English', () => {
    expect(counterpart('/events/', 'ko', 'en', '/')).toBe('/en/events/');
  });
});

describe('preview images', () => {
  it('puts a page’s preview image beside it', () => {
    expect(paths.preview('/events/snu-mou/')).toBe('/events/snu-mou/preview.png');
    expect(paths.preview('/base/en/')).toBe('/base/en/preview.png');
  });
});
