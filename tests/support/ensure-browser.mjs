// Makes sure the browser tests have a Chromium, getting one when none is found:
// Playwright's own download where downloads work, else Debian's package through apt-get
// when running as root. Says what to do when it can do neither.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

/** Runs a command, showing its output; true when it exits 0. */
function run(command, args, timeoutSeconds) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutSeconds * 1000 });
  return result.status === 0;
}

function report(found) {
  console.log(`ensure-browser: using ${found.origin} Chromium at ${found.path}`);
}

let found = findChromium();
if (found) {
  report(found);
  process.exit(0);
}

console.log('ensure-browser: no Chromium found; trying to get one');
const playwrightCli = 'node_modules/.bin/playwright';
if (existsSync(playwrightCli) && run(playwrightCli, ['install', 'chromium'], 300)) {
  found = findChromium();
}

const isRoot = process.getuid?.() === 0;
if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 900_000 }).status === 0;
  console.log('ensure-browser: installing Debian chromium (and Korean fonts) with apt-get');
  if (
    apt(['update']) &&
    apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'])
  ) {
    found = findChromium();
  }
}

if (found) {
  report(found);
  process.exit(0);
}

console.error(`
ensure-browser: could not find or install Chromium for the browser tests.
Do one of these, then run the tests again:
  - npx playwright install chromium          (downloads Playwright's own build)
  - sudo apt-get install chromium            (Debian or Ubuntu)
  - CHROMIUM_PATH=/path/to/chromium npm test (use a Chromium you already have)
`);
process.exit(1);
