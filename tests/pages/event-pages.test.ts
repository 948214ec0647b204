/** Event pages: linked from the timeline, saying all the fixture says of each event. */
import { describe, expect, test } from 'vitest';
import { pageTitle } from '../../src/lib/pageTitle';
import { expectCalendarEvent, hasCalendarDays, parseCalendar } from './calendar';
import {
  byId,
  escape,
  exists,
  fact,
  file,
  href,
  open,
  queryRegion,
  region,
  squash,
  text,
  texts,
  within,
} from './dom';
import {
  event,
  events,
  exactly,
  inLang,
  languages,
  partner,
  paths,
  pick,
  prefix,
  quotes,
  shownDates,
  timing,
} from './fixture';
import { expectSourceLinks } from './source-list';
import { expectEventJsonLd } from './structured-data';
import { statusWords } from './records';
import { words } from './words';

describe.each(languages)('event pages in %s', (lang) => {
  const w = words[lang];

  test.each(events.map((e) => [e.id, e] as const))('/%s: its page shows the event', (_, e) => {
    const path = inLang(paths.event(e.id), lang);
    // Its timeline entry leads to it.
    const home = open(prefix(lang));
    expect(href(within(byId(home.document, e.id)).getByRole('link', { name: e.title[lang] }))).toBe(
      `/${path}`,
    );

    const { document, screen } = open(path);
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe(e.title[lang]);
    expect(document.title).toBe(pageTitle(e.title[lang], w.siteName));
    const main = screen.getByRole('main');
    for (const said of [w.kinds[e.kind], w.records[e.record], statusWords(lang, e)]) {
      expect(text(main)).toContain(said);
    }
    expect(text(main)).toContain(e.summary[lang]);
    expect(text(main)).toContain(squash(e.body[lang]));
    if (e.dateNote) expect(text(main)).toContain(e.dateNote[lang]);

    // The date at its own precision, with the source that gives it.
    const date = fact(main, w.event.date)!;
    const times = [...date.querySelectorAll('time')];
    expect(texts(times)).toEqual(shownDates(e, lang));
    expect(times[0]!.getAttribute('datetime')).toBe(e.date);
    if (e.endDate) expect(times.at(-1)!.getAttribute('datetime')).toBe(e.endDate);
    expect(href(within(date).getByRole('link', { name: e.dateSource.publisher[lang] }))).toBe(
      e.dateSource.url,
    );

    // Its own calendar file, or why there is none.
    const calendar = within(main).queryByRole('link', { name: w.event.addToCalendar });
    const ics = `${inLang(`events/${e.id}`, lang)}.ics`;
    if (hasCalendarDays(e)) {
      expect(calendar?.getAttribute('type')).toBe('text/calendar');
      expect(calendar?.hasAttribute('download')).toBe(true);
      expect(href(calendar!)).toBe(`/${ics}`);
      const vevents = parseCalendar(file(ics));
      expect(vevents).toHaveLength(1);
      expectCalendarEvent(vevents[0]!, e, lang);
    } else {
      expect(calendar).toBeNull();
      expect(text(date)).toContain(
        e.dateKind === 'announced' || e.dateKind === 'expected'
          ? w.event.notItsOwnDay[e.dateKind]
          : w.event.noCalendar,
      );
      expect(exists(ics), `${ics} is not there`).toBe(false);
    }

    // Where, with its source; or no place at all.
    const place = fact(main, w.event.place);
    if (e.place) {
      expect(text(place)).toContain(e.place.name[lang]);
      expect(href(within(place!).getByRole('link', { name: e.place.source.publisher[lang] }))).toBe(
        e.place.source.url,
      );
    } else {
      expect(
        screen.queryAllByRole('term').filter((t) => exactly(w.event.place).test(text(t))),
      ).toHaveLength(0);
    }

    for (const id of e.partners) {
      expect(href(within(main).getByRole('link', { name: partner(id).name[lang] }))).toBe(
        `/${inLang(paths.partner(id), lang)}`,
      );
    }

    // What reports add, under the heading their report's date earns.
    for (const outcome of e.outcomes) {
      const heading =
        timing(outcome.source) === 'after' ? w.event.laterReports : w.event.otherReports;
      expect(within(main).getByRole('heading', { level: 2, name: heading })).toBeTruthy();
      expect(text(main)).toContain(outcome.text[lang]);
    }

    // Quotes said at it or about it (and no other), in the original words.
    const said = quotes.filter((q) => q.event === e || q.about.includes(e));
    const quoted = queryRegion(document.body, w.event.quotes);
    if (said.length === 0) expect(quoted).toBeNull();
    const shownQuotes = quoted ? texts(within(quoted).getAllByRole('blockquote')) : [];
    for (const q of quotes) {
      expect(shownQuotes.filter((shown) => shown.includes(`“${q.text}”`))).toHaveLength(
        said.includes(q) ? 1 : 0,
      );
    }

    // Every source, linked, and the page of all sources.
    expect(within(region(document.body, w.event.sources)).getAllByRole('listitem')).toHaveLength(
      e.sources.length,
    );
    expectSourceLinks(document, e.sources, lang);

    // Its neighbours along the timeline, each a link to its page.
    const index = events.indexOf(e);
    const along = within(screen.getByRole('navigation', { name: w.event.alongTimeline }));
    for (const neighbour of [events[index - 1], events[index + 1]]) {
      if (!neighbour) continue;
      expect(
        href(along.getByRole('link', { name: new RegExp(escape(neighbour.title[lang])) })),
      ).toBe(`/${inLang(paths.event(neighbour.id), lang)}`);
    }

    // What it says to search engines.
    expectEventJsonLd(document, e, lang);
  });

  test('an announcement and what followed lead to each other, with the source that links them', () => {
    const later = pick(events, (e) => e.follows.length > 0, 'event that follows another');
    const earlier = event(later.follows[0]!.event);
    const before = open(inLang(paths.event(earlier.id), lang)).document;
    expect(
      href(
        within(region(before.body, w.event.followedBy)).getByRole('link', {
          name: later.title[lang],
        }),
      ),
    ).toBe(`/${inLang(paths.event(later.id), lang)}`);
    const follows = within(
      region(open(inLang(paths.event(later.id), lang)).document.body, w.event.follows),
    );
    const { source } = later.follows[0]!;
    expect(href(follows.getByRole('link', { name: source.publisher[lang] }))).toBe(source.url);
    expect(href(follows.getByRole('link', { name: earlier.title[lang] }))).toBe(
      `/${inLang(paths.event(earlier.id), lang)}`,
    );
  });

  test('“back to the timeline” leads to the event’s own entry', () => {
    const e = events.at(-2)!;
    const { screen } = open(inLang(paths.event(e.id), lang));
    expect(href(screen.getByRole('link', { name: w.event.backToTimeline }))).toBe(
      `/${prefix(lang)}#${e.id}`,
    );
    expect(byId(open(prefix(lang)).document, e.id)).toBeTruthy();
  });
});
