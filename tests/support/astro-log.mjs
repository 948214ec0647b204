// A log handler for Astro's `logger` option (docs.astro.build/en/reference/logger-reference/),
// used by astro-batch.mjs: every message Astro logs while it syncs or builds a copy, kept in
// this process for the batch to write out, each with its label as the console shows it.
/** What Astro has logged since the batch last emptied it. */
export const messages = [];

export default function collect() {
  return {
    write(/** @type {{ label?: string | null, message: string }} */ event) {
      const label = event.label && event.label !== 'SKIP_FORMAT' ? `[${event.label}] ` : '';
      messages.push(`${label}${event.message}`);
    },
  };
}
