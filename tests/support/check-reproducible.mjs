// Same site everywhere: two builds on machines set to different time zones and
// languages must be byte-identical (no date shifts, no build timestamps, no random ids).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, tempDir } from './build.mjs';

const MACHINES = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
];

/** Every file below `dir`, as sorted relative paths. */
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

const outDirs = MACHINES.map(() => tempDir('same'));
try {
  MACHINES.forEach((env, index) => build(outDirs[index], env));
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
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
}
