// No broken links: every internal link, asset and #fragment of the built site resolves,
// for a build at the domain root and for one under a base path, the 404 page included.
// Each build is served by `astro preview` on this machine and crawled by linkinator;
// links to other sites (the sources) are listed but not visited: CI has no internet.
import { rmSync } from 'node:fs';
import { LinkChecker } from 'linkinator';
import { build, preview, tempDir } from './build.mjs';

const BASE_PATH = '/openai-korea-timeline';

async function check(label, outDir, base, port) {
  const server = await preview(outDir, port, base);
  try {
    const origin = `http://localhost:${port}`;
    const checker = new LinkChecker();
    const broken = [];
    let checked = 0;
    checker.on('link', (result) => {
      if (result.state === 'SKIPPED') return;
      checked++;
      if (result.state === 'BROKEN') broken.push(result);
    });
    await checker.check({
      path: [`${origin}${base}`, `${origin}${base}404.html`],
      recurse: true,
      checkFragments: true,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
    });
    for (const result of broken) {
      console.error(`  broken: ${result.url} (status ${result.status}) on ${result.parent}`);
    }
    console.log(`links, ${label}: ${checked} checked, ${broken.length} broken`);
    return broken.length;
  } finally {
    server.kill();
  }
}

const rootBuild = tempDir('links-root');
const baseBuild = tempDir('links-base');
try {
  build(rootBuild);
  build(baseBuild, { BASE_PATH });
  const broken =
    (await check('domain root', rootBuild, '/', 4461)) +
    (await check(`base path ${BASE_PATH}`, baseBuild, `${BASE_PATH}/`, 4462));
  if (broken > 0) process.exitCode = 1;
} finally {
  rmSync(rootBuild, { recursive: true, force: true });
  rmSync(baseBuild, { recursive: true, force: true });
}
