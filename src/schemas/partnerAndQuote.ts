import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { cited, text } from './fields';

/** An organisation named on an event. */
export const partnerSchema = z.object({
  /** The name the primary source uses: `GS건설`. */
  name: text(),
  /** One sentence: what its sources say of it (for the article's partners, the article). */
  summary: text(),
  /** Position in the partners list: the article's, in the order it names them, then the others. */
  order: z.number().int(),
  sources: cited,
});

/** A direct quote, verbatim from its source. */
export const quoteSchema = z.object({
  /** The words, verbatim from the source, without the surrounding quotation marks. */
  text: text(),
  /** Who said it. */
  speaker: text(),
  /** The speaker's role when they said it. */
  role: text(),
  /** The event at which it was said. */
  event: reference('events'),
  /** Other events the quote speaks of, shown on their pages too. */
  about: z.array(reference('events')).default([]),
  /** A short line on what the quote answers or concerns. */
  topic: text(),
  /** Position in the source article: quotes are listed in the order they were said. */
  order: z.number().int(),
  sources: cited,
});
