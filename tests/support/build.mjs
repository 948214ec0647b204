// Builds and serves the site from folders of its own, for checks that need a build of
// their own (under a base path, or another time zone) without touching `dist/`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's command line, run by the same Node as this script. */
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** A fresh temporary folder. */
export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), `okt-${prefix}-`));

/**
 * Runs `astro build --outDir outDir` with extra environment; throws with the build's
 * output when it fails. Returns what the build printed.
 */
export function build(outDir, env = {}) {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 2 ** 30,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed:\n${output}`);
  return output;
}

/** Serves a build with `astro preview`; resolves with the process once it answers. */
export async function preview(outDir, port, base = '/') {
  const server = spawn(
    process.execPath,
    [ASTRO, 'preview', '--outDir', outDir, '--port', String(port)],
    {
      env: { ...process.env, BASE_PATH: base },
      stdio: 'ignore',
    },
  );
  const url = `http://localhost:${port}${base}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer at ${url}`);
}
