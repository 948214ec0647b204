import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { parseCalendarDate } from '@/lib/dates';
import { firstOutOfOrder, type ByWhen } from '@/lib/ledger';
import { LEDGER_STATUSES } from '@/lib/vocabulary';
import { calendarDate, confidence, sourceId, text } from './fields';

/**
 * `YYYY-MM-DD`, `YYYY-MM`, `early-YYYY` (early in a year, no month given), `soon` or `none`:
 * a deadline at the precision it was given.
 */
const byWhen = z.string().transform((value, ctx): ByWhen => {
  if (value === 'soon' || value === 'none') return value;
  const early = /^early-(\d{4})$/.exec(value);
  if (early) return { precision: 'early', year: Number(early[1]) };
  try {
    return parseCalendarDate(value);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: /^[\d-]+$/.test(value)
        ? (error as Error).message
        : `"${value}" is not a deadline: write YYYY-MM-DD, YYYY-MM, early-YYYY, soon or none`,
    });
    return z.NEVER;
  }
});

/**
 * Who said it. `article`: the source's own words, the reporter's, not in quotation marks
 * (it may report what someone else said or plans); `{ quote }`: the words are part of that
 * quote entry, whose speaker and role the page shows; `{ name, role }`: someone the source
 * quotes, in quotation marks, who is no quote entry (translated in `<code>/ledger/`).
 */
const speaker = z.union([
  z.literal('article'),
  z.strictObject({ quote: reference('quotes') }),
  z.strictObject({ name: text(), role: text().optional() }),
]);

/** One step of an entry's history: where it stood from a day on, why, and on whose word. */
const step = z.object({
  /** When it came to stand so, at the precision the source gives (its own date where it says only "by then"). */
  date: calendarDate,
  /** Where it stood; `past-its-date` is derived, never written. */
  status: z
    .enum(LEDGER_STATUSES)
    .refine(
      (status) => status !== 'past-its-date',
      'past-its-date is derived from byWhen and the record’s as-of date: write pending',
    ),
  /** One line: why, in the default language (others: `<code>/ledger/`). */
  why: text(),
  /** The source the step rests on. */
  source: sourceId,
  /** How firmly that source states it. */
  confidence: confidence.default('high'),
});

/**
 * A thing said that can be checked, and what became of it: the ledger (issue #17). Its
 * facts and its words in the default language; other languages' words in
 * `src/content/<code>/ledger/`. Its current status is derived (`src/lib/ledger.ts`).
 */
export const ledgerSchema = z
  .object({
    /** The words, verbatim from a passage of `source`, without outer quotation marks. */
    said: text(),
    /** `said` in the default language where `source` is in another: the site's translation. */
    translation: text().optional(),
    /** Where the words are printed. */
    source: sourceId,
    /** Who said it: see `speaker` above. */
    speaker,
    /** When it was said, as the site's other dates: a day, or only a month. */
    date: calendarDate,
    /** The event it is about, whose page shows it: the thing promised, where the timeline has it. */
    event: reference('events'),
    /** By when, at the precision it was given: a day, a month, `soon`, or `none`. */
    byWhen,
    /** Its history, oldest first; the first step is usually the statement itself (pending or not-rated). */
    steps: z.array(step).min(1, 'give at least one step: the statement itself'),
    /** Tie-breaker between entries said on the same date: lower comes first. */
    order: z.number().int().default(0),
  })
  .superRefine((data, ctx) => {
    const late = firstOutOfOrder(data.steps.map((s) => s.date));
    if (late !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', late, 'date'],
        message: `is before the date of the step it follows (steps[${late - 1}]): keep steps oldest first`,
      });
    }
    const first = data.steps[0];
    if (first && firstOutOfOrder([data.date, first.date]) !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', 0, 'date'],
        message: 'is before the date it was said',
      });
    }
  });
