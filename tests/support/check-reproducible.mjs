// Same site everywhere: two builds on machines set to different time zones and languages
// must be byte-identical (no date shifts, no build timestamps, no random ids).
//
//   node tests/support/check-reproducible.mjs          builds both, in copies of the project
//   node tests/support/check-reproducible.mjs --dist   compares `dist/`, built with the first
//                                                      machine's settings, with one build
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, remove, root } from './project.mjs';

/** The two machines; `npm test` builds `dist/` with the first one's settings. */
export const MACHINES = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
];

/** Every file below `dir`, as sorted relative paths. */
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

if (process.argv[1] === import.meta.filename) {
  const useDist = process.argv.includes('--dist');
  if (useDist && !existsSync(join(root, 'dist/index.html'))) {
    throw new Error(
      '--dist: there is no build in dist/ (run `astro build` first, as `npm test` does)',
    );
  }
  const copies = MACHINES.map((_, index) =>
    useDist && index === 0 ? undefined : copyProject({ content: 'real', prefix: 'same' }),
  );
  try {
    await Promise.all(copies.map((dir, index) => dir && build(dir, { env: MACHINES[index] })));
    const outDirs = copies.map((dir) => (dir ? join(dir, 'dist') : join(root, 'dist')));
    const [a, b] = outDirs.map(filesOf);
    const differences = [
      ...a
        .filter((file) => !b.includes(file))
        .map((file) => `only under TZ=${MACHINES[0].TZ}: ${file}`),
      ...b
        .filter((file) => !a.includes(file))
        .map((file) => `only under TZ=${MACHINES[1].TZ}: ${file}`),
      ...a
        .filter((file) => b.includes(file))
        .filter(
          (file) =>
            !readFileSync(join(outDirs[0], file)).equals(readFileSync(join(outDirs[1], file))),
        )
        .map((file) => `differs: ${file}`),
    ];
    for (const line of differences) console.error(`  ${line}`);
    console.log(
      `same build: ${a.length} files compared across ${MACHINES.map((m) => m.TZ).join(' and ')}, ${differences.length} differ`,
    );
    if (differences.length > 0 || a.length === 0) process.exitCode = 1;
  } finally {
    await Promise.all(copies.map((dir) => dir && remove(dir)));
  }
}
