// Copies of the project, their builds and their servers: the one helper that Vitest,
// Playwright and the scripts (links, same build, bench) use to build the site apart from
// the working tree and serve a build on a port the system picks.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { preview as astroPreview } from 'astro';

/** The project's own folder. */
export const root = resolve(import.meta.dirname, '../..');
/** The small made-up site the behaviour and bad-content tests build. */
export const FIXTURE = join(root, 'tests/fixture');
/** Where the fixture's build is kept between runs (gitignored), and its pages. */
export const FIXTURE_BUILD = join(root, '.fixture-build');
export const FIXTURE_DIST = join(FIXTURE_BUILD, 'dist');
/**
 * The public address the fixture is built for: not the address it is served at, so the
 * tests see that feeds, previews and search-engine tags use `SITE_URL`.
 */
export const FIXTURE_SITE = 'https://timeline.example/';

/**
 * The address the tests' builds are made for unless `SITE_URL` says another: this
 * machine's. A build is told its address or stops (astro.config.mjs); every build started
 * here is given this one, `dist/` included (`node tests/support/project.mjs dist`).
 */
export const LOCAL_SITE = 'http://localhost:4321';

/** Astro's command line, run by the same Node as the caller. */
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
/** What a copy of the project holds: its code and configuration; its content is chosen. */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
/**
 * What a copy links to rather than copies: files no test changes and no build writes. The
 * preview fonts are 12 of the 13 MB of `src/`; copying them into every copy made each copy
 * slow to write and slower to delete.
 */
const SHARED = ['src/assets'];
/** Folders that builds write in node_modules, which each copy keeps to itself. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp']);

/**
 * @typedef {object} Change A change to a copy's content, for a test of bad content.
 * @property {{ file: string, from: string | RegExp, to: string }} [edit] A file to change
 *   (below the content folder): the text to replace, and with what.
 * @property {Record<string, string>} [add] Files to add: path below the content folder → text.
 * @property {string} [remove] A file to leave out, below the content folder.
 */

/**
 * A copy of the project in a fresh temporary folder, with `content` as its `src/content`
 * (the fixture unless told otherwise; `'real'` keeps the project's own), changed as
 * `change` says. Its `node_modules` is a folder of links to the project's packages, one
 * by one, without the build caches: Astro keeps its content store in
 * `node_modules/.astro` (Vite its caches beside it), and copies that build at once must
 * not share them.
 * @param {{ content?: string, change?: Change, prefix?: string }} [options]
 * @returns {string} the copy's folder
 */
export function copyProject({ content = FIXTURE, change = {}, prefix = 'copy' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `okt-${prefix}-`));
  const contentDir = join(root, 'src/content');
  for (const name of PROJECT_FILES) {
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      // Files no test changes are linked below, not copied. The content is the
      // fixture's; the interface's words (`<code>/ui.json`) are the project's, unless the
      // fixture brings its own.
      filter: (source) =>
        !SHARED.includes(relative(root, source)) &&
        (content === 'real' ||
          !`${source}/`.startsWith(`${contentDir}/`) ||
          !/\.\w+$/.test(source) ||
          source.endsWith('/ui.json')),
    });
  }
  for (const name of SHARED) symlinkSync(join(root, name), join(dir, name));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (CACHES.has(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const target = join(dir, 'src/content');
  if (content !== 'real') cpSync(content, target, { recursive: true });
  applyChange(target, change);
  return dir;
}

/**
 * A copy of the fixture's content alone, changed as `change` says, in a fresh temporary
 * folder as its `src/content/`: what the collections' loaders read, for tests that check
 * content without building it (tests/schemas/).
 * @param {Change} change
 * @returns {string} the folder, whose `src/content/` holds the content
 */
export function copyContent(change = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'okt-content-'));
  const target = join(dir, 'src/content');
  cpSync(FIXTURE, target, { recursive: true });
  applyChange(target, change);
  return dir;
}

/** Makes `change` in the content folder `target`; throws if an edit finds nothing to change. */
function applyChange(/** @type {string} */ target, /** @type {Change} */ change) {
  if (change.edit) {
    const { file, from, to } = change.edit;
    const path = join(target, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`the change does not apply to ${file}`);
    writeFileSync(path, changed);
  }
  if (change.remove) rmSync(join(target, change.remove));
  for (const [path, text] of Object.entries(change.add ?? {})) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text);
  }
}

/**
 * Removes a copy (or any folder) and everything in it, without blocking the process
 * (links are removed, never followed). Resolves once it is gone.
 * @param {string} dir
 * @returns {Promise<void>}
 */
export function remove(dir) {
  return rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * What Vitest puts into `process.env` from Vite's `import.meta.env` (Astro's among them:
 * `SITE`, from the schemas project's config, is `http://localhost:4321`). A build started
 * from a test inherited them, and took its addresses from that `SITE` rather than from its
 * config's `site`: the fixture built from Vitest once had every address on localhost.
 */
const VITE_ENV = ['SITE', 'BASE_URL', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'];
/**
 * What Vitest itself sets: `NODE_ENV=test`. A shell sets none, and an `astro build` run
 * with it builds as for development: the long timeline's copy took 181 s with it where it
 * takes 31 s without (alone, on an idle machine), and every build a test made was slower.
 */
const VITEST_ENV = ['NODE_ENV'];

/**
 * The environment of an Astro process started from the tests: this one's, less what
 * Vitest set from Vite's (above), with this machine's address where `SITE_URL` gives none,
 * plus `env`, so a copy builds as from a shell.
 * @param {Record<string, string | undefined>} [env]
 */
export function childEnv(env = {}) {
  const own = { ...process.env };
  for (const key of [...VITE_ENV, ...VITEST_ENV]) delete own[key];
  return { SITE_URL: LOCAL_SITE, ...own, ...env };
}

/**
 * Runs Astro's command line in `dir`: its exit code and everything it printed (colours
 * removed). Never throws for a failing command: tests of bad content want the output.
 * @param {string} dir
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function astro(dir, args, { env = {} } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { cwd: dir, env: childEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/**
 * Runs `astro sync` or `astro build` on several copies, one after the other, in one
 * process through Astro's API (tests/support/astro-batch.mjs): what each printed, or its
 * error as the command line would print it, by copy. Cheaper than a process per copy;
 * errors stay errors, each copy's run is its own.
 * @param {{ dir: string, command: 'sync' | 'build' }[]} runs
 * @returns {Promise<Map<string, { code: number, output: string }>>}
 */
export function astroBatch(runs) {
  const results = join(mkdtempSync(join(tmpdir(), 'okt-batch-')), 'results.jsonl');
  writeFileSync(results, '');
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'astro-batch.mjs'), results, JSON.stringify(runs)],
      { cwd: root, env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = readFileSync(results, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      rmSync(join(results, '..'), { recursive: true, force: true });
      if (lines.length !== runs.length) {
        return fail(
          new Error(
            `astro-batch ended (${code}) after ${lines.length} of ${runs.length} runs:\n${errors}`,
          ),
        );
      }
      done(new Map(lines.map(({ dir, code: exit, output }) => [dir, { code: exit, output }])));
    });
  });
}

/**
 * Builds the project in `dir` (into `outDir`, its `dist/` unless told otherwise); throws
 * with the build's output when it fails. Returns what the build printed.
 * @param {string} dir
 * @param {{ outDir?: string, env?: Record<string, string | undefined> }} [options]
 */
export async function build(dir, { outDir, env } = {}) {
  const { code, output } = await astro(
    dir,
    ['build', ...(outDir ? ['--outDir', outDir] : [])],
    env ? { env } : {},
  );
  if (code !== 0) throw new Error(`astro build in ${dir} failed:\n${output}`);
  return output;
}

/**
 * @typedef {object} Server A build served by Astro's preview server.
 * @property {string} url Its address, base path included, ending in `/`.
 * @property {() => Promise<void>} close Stops the server.
 */

/**
 * Serves a build with Astro's preview server, in this process, through Astro's own API
 * (`preview()`, what `astro preview` calls), on a port the system picks: it resolves once
 * the server listens, with the port it got. `base` must be the base path the build was made
 * with. Several servers may run at once.
 * @param {string} outDir
 * @param {{ base?: string }} [options]
 * @returns {Promise<Server>}
 */
export async function preview(outDir, { base = '/' } = {}) {
  const folder = base.replace(/\/?$/, '/');
  const server = await astroPreview({
    root,
    outDir: resolve(outDir),
    base: folder,
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  return { url: `http://127.0.0.1:${server.port}${folder}`, close: () => server.stop() };
}

/** Every file below `dir` (following no links), as sorted paths relative to it. */
function filesBelow(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A fingerprint of everything the fixture's build is made from. */
function fixtureInputs() {
  const hash = createHash('sha256');
  hash.update(`${process.version}\n${FIXTURE_SITE}\n`);
  for (const name of [...PROJECT_FILES, 'package-lock.json', 'tests/fixture']) {
    const path = join(root, name);
    const files = statSync(path).isDirectory()
      ? filesBelow(path).map((file) => join(name, file))
      : [name];
    for (const file of files) {
      // The real content is not part of the fixture's build.
      if (file.startsWith('src/content/') && !file.endsWith('/ui.json')) continue;
      hash.update(`${file}\n`).update(readFileSync(join(root, file)));
    }
  }
  return hash.digest('hex');
}

/** Whether a build of the fixture is made for its public address: its home page says so. */
function builtForFixtureSite(/** @type {string} */ dist) {
  const home = join(dist, 'index.html');
  return (
    existsSync(home) &&
    readFileSync(home, 'utf8').includes(`<link rel="canonical" href="${FIXTURE_SITE}">`)
  );
}

/** Whether the process that holds `lock` still runs (a lock just made may not name it yet). */
function holderAlive(/** @type {string} */ lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // No pid yet: its holder is between making the lock and writing it, unless that was
    // long ago.
    try {
      return Date.now() - statSync(lock).mtimeMs < 60_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * The fixture's build, in `.fixture-build/dist`: made from a copy of the project with the
 * fixture as its content, or kept from an earlier run while nothing it is made from has
 * changed (the code, the configuration, the packages, the fixture). Two processes asking
 * at once make it once.
 * @returns {Promise<{ dist: string, built: boolean }>} where it is, and whether it was built now
 */
export async function fixtureBuild() {
  mkdirSync(FIXTURE_BUILD, { recursive: true });
  const lock = join(FIXTURE_BUILD, 'lock');
  const stamp = join(FIXTURE_BUILD, 'inputs.sha256');
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      // A lock whose process has ended was left by a run that was stopped: however long a
      // build takes on a loaded machine, a live holder's lock is never taken from it.
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((wait) => setTimeout(wait, 500));
    }
  }
  try {
    const inputs = fixtureInputs();
    if (
      existsSync(FIXTURE_DIST) &&
      existsSync(stamp) &&
      readFileSync(stamp, 'utf8') === inputs &&
      builtForFixtureSite(FIXTURE_DIST)
    ) {
      return { dist: FIXTURE_DIST, built: false };
    }
    rmSync(stamp, { force: true });
    const copy = copyProject({ prefix: 'fixture' });
    const next = join(FIXTURE_BUILD, `dist-${process.pid}`);
    try {
      await build(copy, { outDir: next, env: { SITE_URL: FIXTURE_SITE, BASE_PATH: '/' } });
      if (!builtForFixtureSite(next)) {
        throw new Error(
          `the fixture was built, but not for ${FIXTURE_SITE} (its home page's canonical address)`,
        );
      }
      rmSync(FIXTURE_DIST, { recursive: true, force: true });
      renameSync(next, FIXTURE_DIST);
      writeFileSync(stamp, inputs);
    } finally {
      await remove(copy);
      rmSync(next, { recursive: true, force: true });
    }
    return { dist: FIXTURE_DIST, built: true };
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds `dist/` from the command line (`node tests/support/project.mjs dist`), for the
 * address in `SITE_URL` or this machine's: what the browser tests and the gates run against.
 */
if (process.argv[1] === import.meta.filename && process.argv[2] === 'dist') {
  const { status } = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: root,
    env: childEnv(),
    stdio: 'inherit',
  });
  process.exit(status ?? 1);
}

/**
 * Builds the fixture from the command line (`node tests/support/project.mjs fixture`),
 * saying whether it was built or kept.
 */
if (process.argv[1] === import.meta.filename && process.argv[2] === 'fixture') {
  const started = performance.now();
  const { dist, built } = await fixtureBuild();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fixture: ${built ? `built in ${seconds} s` : 'unchanged, kept'} at ${relative(root, dist)}`,
  );
}
