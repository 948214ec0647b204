// Runs `astro sync` or `astro build` on several project copies, one after the other, in
// this one process, through Astro's own API (the functions its command line calls), and
// appends what each run said to a file as one JSON line. Astro's own test suite builds its
// fixtures the same way: one process pays for loading Astro and Vite once, where a process
// per copy pays each time (about two seconds of CPU, more than half of a bad-content case).
// Used through `astroBatch()` in project.mjs:
//
//   node tests/support/astro-batch.mjs RESULTS.jsonl '[{"dir":"/tmp/copy","command":"sync"}]'
import { appendFileSync } from 'node:fs';
import { build, sync } from 'astro';

/** Everything written to stdout and stderr while `run` runs, and whether it threw. */
async function capture(run) {
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    return true;
  };
  process.stdout.write = collect;
  process.stderr.write = collect;
  try {
    await run();
    return { code: 0, output };
  } catch (error) {
    // What the command line prints of an error: its message and hint, with their markdown
    // rendered as text (**bold** as bold, [a link](url) as its text and address), and
    // where it is.
    const { message, hint, loc, stack } = /** @type {any} */ (error);
    const text = (markdown = '') =>
      markdown.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 $2').replace(/\*\*(.+?)\*\*/g, '$1');
    const where = loc?.file ? `\n  Location: ${loc.file}` : '';
    return {
      code: 1,
      output: `${output}\n${text(message)}${hint ? `\n  Hint: ${text(hint)}` : ''}${where}\n${stack ?? ''}`,
    };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}

const [results, list] = process.argv.slice(2);
for (const { dir, command } of JSON.parse(list ?? '[]')) {
  // The build reads some files (the preview font) from the working folder, as the command
  // line does when run from the project's root.
  process.chdir(dir);
  const result = await capture(() =>
    command === 'sync' ? sync({ root: dir }) : build({ root: dir }),
  );
  const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  appendFileSync(results, `${JSON.stringify({ dir, command, code: result.code, output })}\n`);
}
