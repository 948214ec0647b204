// Playwright's global setup: builds the fixture (or keeps its build while nothing it is made
// from has changed) and serves it, and serves the real site's build in `dist/`, each with
// `astro preview` on a port the system picks. The addresses reach the test workers
// through the environment, which they inherit from this process; playwright.config.ts
// reads them there as each project's `baseURL`.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fixtureBuild, preview, root } from './project.mjs';

/** The environment variables that carry the servers' addresses to the workers. */
export const FIXTURE_URL = 'OKT_FIXTURE_URL';
export const SITE_URL_SERVED = 'OKT_SITE_URL';
export const HOST_URL = 'OKT_HOST_URL';

/**
 * A newsroom's site on another origin than the fixture's (another port): `/article` is an
 * article whose column is `width` px wide, holding what a producer pasted (`code`: the
 * frame's code, and the line for the page where the test gives it), between two paragraphs.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function newsroom() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname !== '/article') {
      response.writeHead(404).end();
      return;
    }
    const width = Number(url.searchParams.get('width')) || 320;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>A newsroom's article</title>` +
        `<style>body{margin:0;font:16px/1.5 sans-serif}main{width:${width}px}</style></head>` +
        `<body><main><p>The article before the frame.</p>${url.searchParams.get('code') ?? ''}<p>The article after it.</p></main></body></html>`,
    );
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((closed) => server.close(() => closed(undefined))),
  };
}

export default async function servers() {
  const started = performance.now();
  const { dist, built } = await fixtureBuild();
  const fixture = await preview(dist);
  process.env[FIXTURE_URL] = fixture.url;
  const host = await newsroom();
  process.env[HOST_URL] = host.url;
  const closing = [fixture.close, host.close];
  // The gates need `astro build` first; without a build they say so (tests/gates/site.ts).
  if (existsSync(join(root, 'dist/index.html'))) {
    try {
      const site = await preview(join(root, 'dist'), { base: process.env.BASE_PATH || '/' });
      process.env[SITE_URL_SERVED] = site.url;
      closing.push(site.close);
    } catch (error) {
      await Promise.all([fixture.close(), host.close()]);
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
