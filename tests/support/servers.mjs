// Playwright's global setup: builds the fixture (or keeps its build while nothing it is made
// from has changed) and serves it, and serves the real site's build in `dist/`, each with
// `astro preview` on a port the system picks. The addresses reach the test workers
// through the environment, which they inherit from this process; playwright.config.ts
// reads them there as each project's `baseURL`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureBuild, preview, root } from './project.mjs';

/** The environment variables that carry the servers' addresses to the workers. */
export const FIXTURE_URL = 'OKT_FIXTURE_URL';
export const SITE_URL_SERVED = 'OKT_SITE_URL';

export default async function servers() {
  const started = performance.now();
  const { dist, built } = await fixtureBuild();
  const fixture = await preview(dist);
  process.env[FIXTURE_URL] = fixture.url;
  const closing = [fixture.close];
  // The gates need `astro build` first; without a build they say so (tests/gates/site.ts).
  if (existsSync(join(root, 'dist/index.html'))) {
    try {
      const site = await preview(join(root, 'dist'), { base: process.env.BASE_PATH || '/' });
      process.env[SITE_URL_SERVED] = site.url;
      closing.push(site.close);
    } catch (error) {
      await fixture.close();
      throw error;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `servers: fixture ${built ? 'built' : 'kept'}, at ${fixture.url}; site ${process.env[SITE_URL_SERVED] ?? 'not built'} (${seconds} s)`,
  );
  return async () => {
    await Promise.all(closing.map((close) => close()));
  };
}
