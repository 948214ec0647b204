/** Fields every collection's schema is made of; each names what is wrong in its message. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { parseCalendarDate } from '@/lib/dates';
import { characterFault } from './characters';
import { CONFIDENCE_LEVELS } from '@/lib/vocabulary';

/** `YYYY-MM-DD` or `YYYY-MM`, a day or a month in Asia/Seoul; anything else stops the build. */
export const calendarDate = z.string().transform((text, ctx) => {
  try {
    return parseCalendarDate(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Adds the issue `why` gives, if any: a rule written as a function from value to fault. */
const fault =
  <T>(why: (value: T) => string | undefined) =>
  (value: T, ctx: z.core.$RefinementCtx<T>) => {
    const message = why(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };

/** Text that must say something, in characters that neither break nor spoof what is published. */
export const text = () =>
  z.string().superRefine(fault(characterFault)).trim().min(1, 'must not be empty');

/** Why an address is not one a reader may be sent to: credentials, blanks or hidden characters. */
function addressFault(address: string): string | undefined {
  if (/\s/.test(address)) return 'must not hold a space or other blank (write %20)';
  const characters = characterFault(address);
  if (characters) return characters;
  const url = URL.parse(address);
  if (url && (url.username || url.password)) {
    return `must not hold a user name or password before an @ (it names the host "${url.hostname}")`;
  }
  return undefined;
}

/**
 * A web address: `http(s)`, with a host, no credentials, no blanks. Checked as written,
 * before `z.url()` reads it (which drops a tab or a leading space without a word).
 */
export const webAddress = () =>
  z
    .string()
    .superRefine(fault(addressFault))
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: 'must be a web address starting with https:// or http://',
      }),
    );

/** How firmly a source states what the site takes from it. */
export const confidence = z.enum(CONFIDENCE_LEVELS);

/** The sources an entry's facts are read in: at least one. */
export const cited = z.array(reference('sources')).min(1, 'name at least one source');

/** A fact's own source: one of the entry's `sources`. */
export const sourceId = reference('sources');

/** Fields whose `source` must be one of the entry's `sources`. */
export function citesOwnSources(
  data: { sources: { id: string }[] },
  cited: { path: (string | number)[]; id: string }[],
  ctx: z.core.$RefinementCtx,
) {
  const known = new Set(data.sources.map((entry) => entry.id));
  for (const { path, id } of cited) {
    if (!known.has(id)) {
      ctx.addIssue({ code: 'custom', path, message: `"${id}" is not among this entry's sources` });
    }
  }
}
