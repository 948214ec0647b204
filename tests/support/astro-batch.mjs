// Runs `astro sync` or `astro build` on several project copies, one after the other, in
// this one process, through Astro's own API (the functions its command line calls), and
// appends what each run logged (through Astro's `logger` option: astro-log.mjs) and its
// error, if any, to a file as one JSON line. Astro's own test suite builds its
// fixtures the same way: one process pays for loading Astro and Vite once, where a process
// per copy pays each time (about two seconds of CPU, more than half of a bad-content case).
// Used through `astroBatch()` in project.mjs:
//
//   node tests/support/astro-batch.mjs RESULTS.jsonl '[{"dir":"/tmp/copy","command":"sync"}]'
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, sync } from 'astro';
import { messages } from './astro-log.mjs';

/** Astro's log handler for every run: what it logged is read from `messages`. */
const logger = { entrypoint: join(import.meta.dirname, 'astro-log.mjs') };

/** What Astro logged while `run` ran (through its `logger` option), and whether it threw. */
async function capture(run) {
  messages.length = 0;
  try {
    await run();
    return { code: 0, output: messages.join('\n') };
  } catch (error) {
    // What the command line prints of an error: its message and hint, with their markdown
    // rendered as text (**bold** as bold, [a link](url) as its text and address), and
    // where it is. (The command line's own rendering is not part of Astro's API.)
    const { message, hint, loc, stack } = /** @type {any} */ (error);
    const text = (markdown = '') =>
      markdown.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 $2').replace(/\*\*(.+?)\*\*/g, '$1');
    const where = loc?.file ? `\n  Location: ${loc.file}` : '';
    return {
      code: 1,
      output: `${messages.join('\n')}\n${text(message)}${hint ? `\n  Hint: ${text(hint)}` : ''}${where}\n${stack ?? ''}`,
    };
  }
}

const [results, list] = process.argv.slice(2);
for (const { dir, command } of JSON.parse(list ?? '[]')) {
  // The build reads some files (the preview font) from the working folder, as the command
  // line does when run from the project's root.
  process.chdir(dir);
  const result = await capture(() =>
    command === 'sync' ? sync({ root: dir, logger }) : build({ root: dir, logger }),
  );
  const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  appendFileSync(results, `${JSON.stringify({ dir, command, code: result.code, output })}\n`);
}
