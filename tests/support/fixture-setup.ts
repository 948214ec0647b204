/**
 * Vitest's global setup for the tests of the fixture's pages (tests/pages/): the fixture's
 * build, made once per run, or kept while nothing it is made from has changed. The browser
 * tests' setup (servers.mjs) asks for the same build under the same lock, so a run of
 * `npm test` builds the fixture once, whichever asks first. Vitest waits for a global setup
 * without a time limit: a build on a loaded machine takes what it takes.
 */
import { fixtureBuild } from './project.mjs';

export default async function setup() {
  const started = performance.now();
  const { built } = await fixtureBuild();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fixture: ${built ? 'built' : 'kept'} (${seconds} s)`);
}
