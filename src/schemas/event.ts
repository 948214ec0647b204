import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { compareCalendarDates } from '@/lib/dates';
import {
  DATE_KINDS,
  defaultDateKind,
  EVENT_KINDS,
  EVENT_SCOPES,
  EVENT_STATUSES,
} from '@/lib/vocabulary';
import { calendarDate, cited, citesOwnSources, confidence, sourceId, text } from './fields';

/** An event: its facts, and its words in the default language. */
export const eventSchema = z
  .object({
    /** What happened, as a heading: `서울대학교와 양해각서 체결`. */
    title: text(),
    /** What kind of event it is; labels live in `src/content/<code>/ui.json`. */
    kind: z.enum(EVENT_KINDS),
    /**
     * Which record it belongs to: `article`, one of the events the primary source reports;
     * `beyond`, the record before and after it, read in other reports. Pages, feeds,
     * calendars and data say which, and the status reads accordingly.
     */
    record: z.enum(EVENT_SCOPES),
    /** One or two sentences for the timeline entry. */
    summary: text(),
    /** When, at the precision the sources give: a day or only a month. */
    date: calendarDate,
    /** The last day, for an event that ran over several days. */
    endDate: calendarDate.optional(),
    /**
     * What the date is: the day(s) it happened; the day a plan of the article was planned
     * for (the default for the article's `planned` events); the day a plan beyond it was
     * stated (the default for other `planned` events); the day someone told, as far as they
     * knew, what others were preparing (`understood`); the day a report said what industry
     * sources expected (`expected`); or only the day it was announced,
     * where no source says when it ran. An announced date is never shown as the event's own day (no calendar entry,
     * no feed date). Every output says which.
     */
    dateKind: z.enum(DATE_KINDS).optional(),
    /** Which of the entry's sources gives the date (and end date). */
    dateSource: sourceId,
    /** What the date stands for, where that is not simply "the day it happened". */
    dateNote: text().optional(),
    /**
     * Whether it had happened or was a plan: for the article's events, when the primary
     * source was written; for the record beyond it, as its own source reports it.
     */
    status: z.enum(EVENT_STATUSES),
    /** Tie-breaker between events on the same date: lower comes first. */
    order: z.number().int().default(0),
    /** Where it took place, with the source that says so. */
    place: z.object({ name: text(), source: sourceId }).optional(),
    /**
     * Who held the event, where the source says so (`OpenAI` for a workshop it ran); left
     * out where it does not (an agreement between two parties, a festival someone else runs).
     */
    organizer: text().optional(),
    /**
     * The earlier events whose announcement, quote or talks speak of this very event (the
     * head of OpenAI Korea "soon" to be named, then named; the meetings an MOU builds on),
     * each with the source that states the link. Both pages show it; set one only where a
     * source makes the connection.
     */
    follows: z.array(z.object({ event: reference('events'), source: sourceId })).default([]),
    /** Organisations taking part, by partner slug. */
    partners: z.array(reference('partners')).default([]),
    /** What later reports add (a day, a result), each with its own date and source. */
    outcomes: z
      .array(
        z.object({
          /** Names the outcome, so its translations pair with it: `held`, `signed`. */
          key: z.string().regex(/^[a-z0-9-]+$/, 'must be a short slug: a-z, 0-9 and -'),
          date: calendarDate,
          text: text(),
          source: sourceId,
          /** How firmly the source states it. */
          confidence: confidence.default('high'),
        }),
      )
      .default([]),
    sources: cited,
  })
  .transform(({ dateKind, ...data }) => ({
    ...data,
    dateKind: dateKind ?? defaultDateKind(data),
  }))
  .superRefine((data, ctx) => {
    const keys = data.outcomes.map((outcome) => outcome.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', index, 'key'],
          message: `"${key}" is used twice`,
        });
      }
    });
    if (data.endDate && compareCalendarDates(data.endDate, data.date) < 0) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate is before date' });
    }
    citesOwnSources(
      data,
      [
        { path: ['dateSource'], id: data.dateSource.id },
        ...(data.place ? [{ path: ['place', 'source'], id: data.place.source.id }] : []),
        ...data.follows.map((link, index) => ({
          path: ['follows', index, 'source'],
          id: link.source.id,
        })),
        ...data.outcomes.map((outcome, index) => ({
          path: ['outcomes', index, 'source'],
          id: outcome.source.id,
        })),
      ],
      ctx,
    );
  });
