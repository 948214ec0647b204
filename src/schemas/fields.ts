/** Fields every collection's schema is made of; each names what is wrong in its message. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { parseCalendarDate } from '@/lib/dates';

/** `YYYY-MM-DD` or `YYYY-MM`, a day or a month in Asia/Seoul; anything else stops the build. */
export const calendarDate = z.string().transform((text, ctx) => {
  try {
    return parseCalendarDate(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Text that must say something. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/** A web address. */
export const webAddress = () =>
  z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });

/** How firmly a source states what the site takes from it. */
export const confidence = z.enum(['high', 'medium', 'low']);

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
