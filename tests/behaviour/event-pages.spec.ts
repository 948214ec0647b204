/** Event pages: reached from the timeline, saying all the fixture says of each event. */
import { expect, test } from '../support/workerPage';
import { expectCalendarEvent, parseCalendar } from './calendar';
import {
  events,
  event,
  exactly,
  hasCalendarDays,
  inLang,
  languages,
  partner,
  paths,
  pick,
  prefix,
  quotes,
  shownDates,
  timing,
} from '../pages/fixture';
import { entry, fact, region } from './page';
import { expectSourceLinks } from './source-list';
import { expectEventJsonLd } from './structured-data';
import { statusWords, words } from '../pages/words';

/** A page's address as a pattern for `toHaveURL`. */
const at = (path: string) => new RegExp(`/${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);

for (const lang of languages) {
  const w = words[lang];

  for (const e of events) {
    const path = inLang(paths.event(e.id), lang);

    test(`/${path} opens from its timeline entry and shows the event`, async ({
      page,
      request,
    }) => {
      await page.goto(prefix(lang));
      await entry(page, e.id).getByRole('link', { name: e.title[lang], exact: true }).click();
      await expect(page).toHaveURL(at(path));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title[lang]);
      await expect(page).toHaveTitle(`${e.title[lang]} · ${w.siteName}`);
      const main = page.getByRole('main');
      for (const text of [w.kinds[e.kind], w.records[e.record], statusWords(lang, e)]) {
        await expect(main).toContainText(text);
      }
      await expect(main).toContainText(e.summary[lang]);
      await expect(main).toContainText(e.body[lang]);
      if (e.dateNote) await expect(main).toContainText(e.dateNote[lang]);

      // The date at its own precision, with the source that gives it.
      const date = fact(page, w.event.date);
      const times = date.locator('time');
      await expect(times).toHaveText(shownDates(e, lang));
      await expect(times.first()).toHaveAttribute('datetime', e.date);
      if (e.endDate) await expect(times.last()).toHaveAttribute('datetime', e.endDate);
      await expect(
        date.getByRole('link', { name: e.dateSource.publisher[lang], exact: true }),
      ).toHaveAttribute('href', e.dateSource.url);

      // Its own calendar file, or why there is none.
      const calendar = main.getByRole('link', { name: w.event.addToCalendar });
      const ics = `${inLang(`events/${e.id}`, lang)}.ics`;
      if (hasCalendarDays(e)) {
        await expect(calendar).toHaveAttribute('type', 'text/calendar');
        await expect(calendar).toHaveAttribute('download');
        await expect(calendar).toHaveAttribute('href', `/${ics}`);
        const response = await request.get(ics);
        expect(response.status()).toBe(200);
        const vevents = parseCalendar(await response.text());
        expect(vevents).toHaveLength(1);
        expectCalendarEvent(vevents[0]!, e, lang);
      } else {
        await expect(calendar).toHaveCount(0);
        await expect(date).toContainText(
          e.dateKind === 'announced' || e.dateKind === 'expected'
            ? w.event.notItsOwnDay[e.dateKind]
            : w.event.noCalendar,
        );
        expect((await request.get(ics)).status(), `${ics} is not there`).toBe(404);
      }

      // Where, with its source; or no place at all.
      const place = fact(page, w.event.place);
      if (e.place) {
        await expect(place).toContainText(e.place.name[lang]);
        await expect(
          place.getByRole('link', { name: e.place.source.publisher[lang], exact: true }),
        ).toHaveAttribute('href', e.place.source.url);
      } else {
        await expect(
          page.getByRole('term').filter({ hasText: exactly(w.event.place) }),
        ).toHaveCount(0);
      }

      for (const id of e.partners) {
        await expect(
          main.getByRole('link', { name: partner(id).name[lang], exact: true }),
        ).toHaveAttribute('href', `/${inLang(paths.partner(id), lang)}`);
      }

      // What reports add, under the heading their report's date earns.
      for (const outcome of e.outcomes) {
        const heading =
          timing(outcome.source) === 'after' ? w.event.laterReports : w.event.otherReports;
        await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
        await expect(main).toContainText(outcome.text[lang]);
      }

      // Quotes said at it or about it (and no other), in the original words.
      const said = quotes.filter((q) => q.event === e || q.about.includes(e));
      const quoted = region(page, w.event.quotes);
      if (said.length === 0) await expect(quoted).toHaveCount(0);
      for (const q of quotes) {
        await expect(quoted.getByRole('blockquote').filter({ hasText: `“${q.text}”` })).toHaveCount(
          said.includes(q) ? 1 : 0,
        );
      }

      // Every source, linked, and the page of all sources.
      await expect(region(page, w.event.sources).getByRole('listitem')).toHaveCount(
        e.sources.length,
      );
      await expectSourceLinks(page, e.sources, lang);

      // Its neighbours along the timeline, each a link to its page.
      const index = events.indexOf(e);
      const along = page.getByRole('navigation', { name: w.event.alongTimeline });
      for (const neighbour of [events[index - 1], events[index + 1]]) {
        if (!neighbour) continue;
        await expect(along.getByRole('link', { name: neighbour.title[lang] })).toHaveAttribute(
          'href',
          `/${inLang(paths.event(neighbour.id), lang)}`,
        );
      }

      await test.step('describes the event to search engines', () =>
        expectEventJsonLd(page, e, lang));
    });
  }

  test.describe(`event pages in ${lang}`, () => {
    test('an announcement and what followed lead to each other', async ({ page }) => {
      const later = pick(events, (e) => e.follows.length > 0, 'event that follows another');
      const earlier = event(later.follows[0]!.event);
      await page.goto(inLang(paths.event(earlier.id), lang));
      await region(page, w.event.followedBy)
        .getByRole('link', { name: later.title[lang], exact: true })
        .click();
      await expect(page).toHaveURL(at(inLang(paths.event(later.id), lang)));
      const follows = region(page, w.event.follows);
      // The source that links the two.
      const { source } = later.follows[0]!;
      await expect(
        follows.getByRole('link', { name: source.publisher[lang], exact: true }),
      ).toHaveAttribute('href', source.url);
      await follows.getByRole('link', { name: earlier.title[lang], exact: true }).click();
      await expect(page).toHaveURL(at(inLang(paths.event(earlier.id), lang)));
    });

    test('an event page leads to its neighbours along the timeline', async ({ page }) => {
      const index = Math.floor(events.length / 2);
      const [previous, current, next] = events.slice(index - 1, index + 2);
      await page.goto(inLang(paths.event(current!.id), lang));
      const along = page.getByRole('navigation', { name: w.event.alongTimeline });
      await expect(along.getByRole('link', { name: previous!.title[lang] })).toHaveAttribute(
        'href',
        `/${inLang(paths.event(previous!.id), lang)}`,
      );
      await along.getByRole('link', { name: next!.title[lang] }).click();
      await expect(page).toHaveURL(at(inLang(paths.event(next!.id), lang)));
    });

    test('“back to the timeline” lands on the event’s own entry', async ({ page }) => {
      const e = events.at(-2)!;
      await page.goto(inLang(paths.event(e.id), lang));
      await page.getByRole('link', { name: w.event.backToTimeline }).click();
      await expect(page).toHaveURL(at(`${prefix(lang)}#${e.id}`));
      await expect(entry(page, e.id)).toBeInViewport();
    });
  });
}
