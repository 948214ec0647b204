/**
 * Copies of the project for tests that build: the code as it is, with the small fixture
 * content of `fixture/` (changed as a test needs) in place of the real content.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, 'fixture');
/** Astro's command line, run by the same Node as the tests. */
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
const copies: string[] = [];
/** Folders that builds write in node_modules, which each copy keeps to itself. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp']);

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

export interface Change {
  /** A fixture file to change (below the content folder), the text to replace, and with what. */
  edit?: { file: string; from: string | RegExp; to: string };
  /** Extra files to add: path below the content folder → text. */
  add?: Record<string, string>;
  /** A fixture file to leave out, below the content folder. */
  remove?: string;
}

/** A copy of the project with the fixture content, changed as `change` says. */
export function projectWith(change: Change): string {
  const dir = mkdtempSync(join(tmpdir(), 'okt-content-'));
  copies.push(dir);
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      // The content is the fixture's; the interface's words (`<lang>/ui.json`) are the
      // project's, unless the fixture brings its own.
      filter: (source) =>
        !source.startsWith(join(root, 'src/content/')) ||
        !/\.\w+$/.test(source) ||
        /\/ui\.json$/.test(source),
    });
  }
  // The project's packages, linked one by one rather than as one folder: Astro keeps its
  // content store in node_modules/.astro (Vite its caches beside it), and copies that
  // build at once must not share it.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (CACHES.has(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  cpSync(fixture, join(dir, 'src/content'), { recursive: true });
  if (change.edit) {
    const { file, from, to } = change.edit;
    const target = join(dir, 'src/content', file);
    const text = readFileSync(target, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`the change does not apply to ${file}`);
    writeFileSync(target, changed);
  }
  if (change.remove) rmSync(join(dir, 'src/content', change.remove));
  for (const [path, content] of Object.entries(change.add ?? {})) {
    writeFileSync(join(dir, 'src/content', path), content);
  }
  return dir;
}

/** Runs an astro command in a project copy: its exit code and everything it printed. */
export function astro(
  dir: string,
  command: 'sync' | 'build',
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO, command], { cwd: dir });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
