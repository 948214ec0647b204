/**
 * The record's rules over the fixture's events, as the site applies them
 * (src/lib/eventStatus.ts): the follow-up a plan of the article shows, a plan no report
 * confirms, how a status reads, and an event's date in words. Apart from fixture.ts
 * because src/lib/eventStatus.ts reads the interface's words through src/i18n/strings.ts,
 * which only Vite (Vitest) can load: the browser tests import fixture.ts, not this.
 */
import type { Lang } from '../../src/i18n/locales';
import { parseCalendarDate as dateOf, type DayDate } from '../../src/lib/dates';
import {
  dateInWords,
  reportedFollowUp,
  spanInWords,
  statusLabel,
  unconfirmedPlan as unconfirmed,
} from '../../src/lib/eventStatus';
import { asOf, type Event, type Outcome } from './fixture';

/** The outcome a planned event of the article shows beside its status (`reportedFollowUp`). */
export const followUp = (e: Event): Outcome | undefined =>
  reportedFollowUp(
    { ...e, date: dateOf(e.date) },
    e.outcomes.map((outcome) => ({
      outcome,
      date: dateOf(outcome.date),
      source: { date: outcome.source.date ? dateOf(outcome.source.date) : undefined },
    })),
  )?.outcome;

/** A plan of the article that no later report confirms (its calendar entry is tentative). */
export const unconfirmedPlan = (e: Event) => unconfirmed({ ...e, followUp: followUp(e) });

/** How an event's status reads (`statusLabel`). */
export const statusWords = (lang: Lang, e: Event) => statusLabel(lang, e);

/** An event's date as every output that shows it alone says it (`dateInWords`). */
export const dateLine = (e: Event, lang: Lang) =>
  dateInWords(
    lang,
    {
      ...e,
      date: dateOf(e.date),
      endDate: e.endDate ? dateOf(e.endDate) : undefined,
      followUp: followUp(e),
    },
    dateOf(asOf) as DayDate,
  );

/** The days from one event to another in words, as a partner's card says them (`spanInWords`). */
export function spanLine(first: Event, last: Event, lang: Lang) {
  const statement = (e: Event) => ({
    ...e,
    date: dateOf(e.date),
    endDate: e.endDate ? dateOf(e.endDate) : undefined,
    followUp: followUp(e),
  });
  const [from, to] = [statement(first), statement(last)];
  return spanInWords(lang, from, first === last ? from : to, dateOf(asOf) as DayDate);
}
