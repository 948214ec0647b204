// `npm test`: every check the project has, as CI runs them, in as little time as two cores
// allow. Each step is a command of its own (also an npm script, to run alone); a step starts
// once the steps it needs have passed, and at most JOBS run at once (two, or TEST_JOBS).
// A step's output is printed when it ends, so two steps never interleave; a table of what
// each took comes last. A failing step fails the run, skipping only the steps that need it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { delimiter, join } from 'node:path';
import { MACHINES } from './check-reproducible.mjs';
import { LOCAL_SITE, root } from './project.mjs';

const JOBS = Number(process.env.TEST_JOBS) || Math.min(2, availableParallelism());

/** @type {{ name: string, command: string, after?: string[], env?: Record<string, string> }[]} */
const STEPS = [
  // The site as it deploys, built with the first machine's settings so that the same-build
  // check can compare it with one build on the other, for `SITE_URL` or, as every build
  // of the tests, this machine's address.
  {
    name: 'build',
    command: 'astro build',
    env: { ...MACHINES[0], SITE_URL: process.env.SITE_URL || LOCAL_SITE },
  },
  { name: 'browser', command: 'node tests/support/ensure-browser.mjs' },
  // Unit tests in three time zones, bad content against the schemas, and the builds of
  // project copies: it needs nothing, so it takes the second slot at once.
  { name: 'vitest', command: 'vitest run' },
  // Behaviour against the fixture (built in its global setup), gates against dist/: the
  // longest step, started as soon as the build is there.
  { name: 'browser tests', command: 'playwright test', after: ['build', 'browser'] },
  // After the build, against the types its sync wrote in `.astro/` (`--noSync`): a sync of
  // its own cost the check about a quarter of its time, and two syncs at once can collide (a
  // clean-clone run stopped at the build's rename of `.astro/content-assets.mjs`).
  { name: 'types', command: 'astro check --noSync', after: ['build'] },
  { name: 'html', command: 'html-validate dist', after: ['build'] },
  {
    name: 'same build',
    command: 'node tests/support/check-reproducible.mjs --dist',
    after: ['build'],
  },
  { name: 'links', command: 'node tests/support/check-links.mjs --dist', after: ['build'] },
];

/** Runs one step; resolves with whether it passed, once its output is printed. */
function run(step) {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, {
      shell: true,
      cwd: root,
      env: {
        ...process.env,
        ...step.env,
        // The project's commands first (as npm run has them), whoever started this.
        PATH: [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter),
        FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const passed = code === 0;
      console.log(
        `\n── ${step.name}: ${step.command} (${seconds.toFixed(1)} s, ${passed ? 'passed' : `failed, exit ${code}`})`,
      );
      process.stdout.write(output);
      results.set(step.name, { passed, seconds, started: (started - begun) / 1000 });
      done(passed);
    });
  });
}

/**
 * The seconds the machine's processors have been busy since it started (all its processes,
 * this run's and any other's; time a virtual machine's host took back is not counted),
 * from Linux's /proc/stat, in hundredths of a second; undefined elsewhere. A run takes no
 * less than the busy seconds it causes divided by the processors it has.
 */
function busySeconds() {
  try {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return (user + nice + system + irq + softirq) / 100;
  } catch {
    return undefined;
  }
}

const begun = performance.now();
const load = loadavg()[0];
const busyAtStart = busySeconds();
/** @type {Map<string, { passed: boolean, seconds?: number, started?: number }>} */
const results = new Map();
const running = new Set();
await new Promise((finished) => {
  const next = () => {
    for (const step of STEPS) {
      if (running.size >= JOBS) break;
      if (results.has(step.name) || running.has(step.name)) continue;
      const needs = (step.after ?? []).map((name) => results.get(name));
      if (needs.some((result) => result === undefined)) continue;
      if (needs.some((result) => !result.passed)) {
        results.set(step.name, { passed: false });
        continue;
      }
      running.add(step.name);
      run(step).then(() => {
        running.delete(step.name);
        next();
      });
    }
    if (running.size === 0) finished();
  };
  next();
});

const total = (performance.now() - begun) / 1000;
console.log(`\n${'step'.padEnd(14)} ${'start'.padStart(6)} ${'time'.padStart(7)}  result`);
for (const { name } of STEPS) {
  const { passed, seconds, started } = results.get(name) ?? { passed: false };
  const timing =
    seconds === undefined
      ? ''.padStart(14)
      : `${started.toFixed(0).padStart(5)}s ${seconds.toFixed(1).padStart(6)}s`;
  console.log(
    `${name.padEnd(14)} ${timing}  ${seconds === undefined ? 'skipped' : passed ? 'passed' : 'FAILED'}`,
  );
}
console.log(
  `\n${total.toFixed(1)} s in all, ${JOBS} at a time (load average ${load.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end)`,
);
const busyAtEnd = busySeconds();
if (busyAtStart !== undefined && busyAtEnd !== undefined) {
  const busy = busyAtEnd - busyAtStart;
  const cores = availableParallelism();
  console.log(
    `the processors were busy ${busy.toFixed(0)} s meanwhile (all the machine's processes), work that takes no less than ${(busy / cores).toFixed(0)} s on ${cores} cores`,
  );
}
if ([...results.values()].some((result) => !result.passed)) process.exitCode = 1;
