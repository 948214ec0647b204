// No broken links: every internal link, asset and #fragment of the built site resolves,
// for a build at the domain root and for one under a base path, the 404 page included.
// Each build is served by `astro preview` and crawled by linkinator; links to other sites
// (the sources) are listed but not visited: CI has no internet.
//
//   node tests/support/check-links.mjs            builds both, in copies of the project
//   node tests/support/check-links.mjs --dist     takes `dist/` (just built) as the root build
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { build, copyProject, preview, remove, root } from './project.mjs';

const BASE_PATH = '/openai-korea-timeline/';

/** Crawls a served build from its home page and its 404 page; returns how many broke. */
async function check(label, outDir, base) {
  const server = await preview(outDir, { base });
  try {
    const origin = new URL(server.url).origin;
    const checker = new LinkChecker();
    const broken = [];
    let checked = 0;
    checker.on('link', (result) => {
      if (result.state === 'SKIPPED') return;
      checked++;
      if (result.state === 'BROKEN') broken.push(result);
    });
    await checker.check({
      path: [server.url, `${server.url}404.html`],
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
    await server.close();
  }
}

const useDist = process.argv.includes('--dist');
if (useDist && !existsSync(join(root, 'dist/index.html'))) {
  throw new Error('--dist: there is no build in dist/ (run `astro build` first)');
}
/** The real site's content, as it is: one copy per build, so the two can build at once. */
const copies = [
  useDist ? undefined : copyProject({ content: 'real', prefix: 'links-root' }),
  copyProject({ content: 'real', prefix: 'links-base' }),
];
try {
  const [rootBuild, baseBuild] = copies;
  await Promise.all([
    rootBuild && build(rootBuild, { env: { BASE_PATH: '/' } }),
    build(baseBuild, { env: { BASE_PATH } }),
  ]);
  const broken =
    (await check('domain root', rootBuild ? join(rootBuild, 'dist') : join(root, 'dist'), '/')) +
    (await check(`base path ${BASE_PATH}`, join(baseBuild, 'dist'), BASE_PATH));
  if (broken > 0) process.exitCode = 1;
} finally {
  await Promise.all(copies.map((dir) => dir && remove(dir)));
}
