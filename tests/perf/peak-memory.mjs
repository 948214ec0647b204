// Loaded with `node --import` into a build being measured: on exit it writes the
// process's peak memory (resident set, in kilobytes) to the file BENCH_RSS_FILE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
  }
});
