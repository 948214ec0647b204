// `npm run bench`: builds the site and prints what each page kind weighs and what the
// build costs, then builds synthetic timelines of 100, 1,000 and 5,000 events in
// temporary copies of the project. A benchmark, not a test: it prints figures and
// writes them to .bench/bench-<time>.json (compare two runs with `--compare FILE`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { firstScreen } from '../support/budgets.ts';
import { childEnv, copyProject, remove, root } from '../support/project.mjs';

const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);

/** Builds `project` into `outDir`; returns wall seconds and peak memory in MB. */
function timedBuild(project, outDir) {
  const rssFile = join(outDir, '..', `rss-${Date.now()}`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', join(root, 'tests/perf/peak-memory.mjs'), ASTRO, 'build', '--outDir', outDir],
    {
      cwd: project,
      env: { ...childEnv(), BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
      maxBuffer: 2 ** 30,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  const peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { seconds, peakMB };
}

/** The weight of one built page (of a build at the domain root): HTML, CSS, JS, requests. */
function weigh(outDir, page) {
  const html = readFileSync(join(outDir, page, 'index.html'));
  const text = html.toString('utf8');
  const inline = (tag) =>
    [...text.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
      // JSON-LD is data for search engines, not JavaScript: no browser runs it.
      .filter((match) => !match[1]?.includes('application/ld+json'))
      .reduce((sum, match) => sum + Buffer.byteLength(match[2] ?? ''), 0);
  // What the browser fetches: not the alternates (other language, feed), which it only lists.
  const linked = [...text.matchAll(/<(?:link|script|img|source)\b([^>]*)(?:href|src)="([^"#]+)"/g)]
    .filter((match) => !/rel="alternate"/.test(match[1] ?? ''))
    .map((match) => match[2])
    .filter((url) => url && !/^[a-z]+:/i.test(url));
  const fileBytes = (ext) =>
    linked
      .filter((url) => url.endsWith(ext))
      .reduce((sum, url) => sum + readFileSync(join(outDir, url)).length, 0);
  return {
    page: `/${page}`,
    htmlRaw: html.length,
    htmlGzip: gzipSync(html).length,
    // What its first screen needs: on the timeline, up to the end of its first event.
    firstScreenGzip: gzipSync(firstScreen(text)).length,
    htmlBrotli: brotliCompressSync(html).length,
    css: inline('style') + fileBytes('.css'),
    js: inline('script') + fileBytes('.js'),
    requests: 1 + linked.length,
  };
}

/** Every page of a build, as paths relative to its root (`events/x/`). */
function pagesOf(outDir) {
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

const KINDS = [
  ['home', (page) => page === ''],
  ['event', (page) => page.startsWith('events/')],
  ['partner', (page) => /^partners\/.+/.test(page)],
  ['partner list', (page) => page === 'partners/'],
  ['quote', (page) => /^quotes\/.+/.test(page)],
  ['quote list', (page) => page === 'quotes/'],
  ['sources', (page) => page === 'sources/'],
  ['ledger', (page) => page === 'outcomes/'],
  ['ledger entry', (page) => page.startsWith('outcomes/entries/')],
];

const LANGUAGES = [
  ['ko', (page) => !page.startsWith('en/'), (page) => page],
  ['en', (page) => page.startsWith('en/'), (page) => page.slice('en/'.length)],
];

/** Per page kind and language, the heaviest page of that kind. */
function pageKinds(outDir) {
  const pages = pagesOf(outDir);
  return KINDS.flatMap(([kind, matches]) =>
    LANGUAGES.flatMap(([language, inLanguage, unprefixed]) => {
      const weights = pages
        .filter((page) => inLanguage(page) && matches(unprefixed(page)))
        .map((page) => weigh(outDir, page));
      if (weights.length === 0) return [];
      const heaviest = weights.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
      return [{ kind, language, pages: weights.length, ...heaviest }];
    }),
  );
}

/** A copy of the project whose events are `count` generated ones (plus the real rest). */
function syntheticProject(count) {
  const dir = copyProject({ content: 'real', prefix: `bench-${count}` });
  const events = join(dir, 'src/content/events');
  const partners = readdirSync(join(root, 'src/content/partners')).map((f) =>
    f.replace('.mdx', ''),
  );
  // Back in time from the real record's first month, three days apart (every tenth only to
  // the month): the home page holds them all.
  const end = Date.UTC(2025, 0, 31);
  for (let index = 0; index < count; index++) {
    const day = new Date(end - index * 3 * 86_400_000).toISOString().slice(0, 10);
    const date = index % 10 === 0 ? day.slice(0, 7) : day;
    writeFileSync(
      join(events, `synthetic-${String(index).padStart(5, '0')}.mdx`),
      `---
title: '합성 이벤트 ${index}번: 벤치마크용 가상의 일정'
kind: 'community'
record: '${index % 3 ? 'article' : 'beyond'}'
summary: '벤치마크를 위해 만든 ${index}번째 가상의 일입니다. 실제로 있었던 일이 아닙니다.'
date: '${date}'
dateSource: byline-launch
status: '${index % 2 ? 'held' : 'planned'}'
partners: [${partners[index % partners.length]}]
sources:
  - byline-launch
---

벤치마크용 본문입니다. ${index}번째 가상의 일에 대해 두세 문장을 적습니다. 이 내용은 실제가 아닙니다.
`,
    );
    writeFileSync(
      join(dir, 'src/content/en/events', `synthetic-${String(index).padStart(5, '0')}.mdx`),
      `---
title: 'Synthetic event ${index}: a made-up entry for the benchmark'
summary: 'The ${index}th made-up event, generated for the benchmark. It never happened.'
---

Benchmark body text. Two or three sentences about made-up event ${index}. None of it is real.
`,
    );
  }
  return dir;
}

const table = (rows, columns) => {
  const widths = columns.map(([key, label]) =>
    Math.max(label.length, ...rows.map((row) => String(row[key]).length)),
  );
  const line = (cells) => cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
  console.log(line(columns.map(([, label]) => label)));
  for (const row of rows) console.log(line(columns.map(([key]) => row[key])));
};

const round = (value, digits = 2) => Number(value.toFixed(digits));
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30, 1) },
  node: process.version,
};

// 1. The real site, in a copy of the project (its own caches, as on a fresh clone).
const work = copyProject({ content: 'real', prefix: 'bench' });
try {
  const outDir = join(work, 'dist');
  const realBuild = timedBuild(work, outDir);
  results.site = {
    build: { seconds: round(realBuild.seconds), peakMB: round(realBuild.peakMB, 0) },
  };
  results.site.pages = pageKinds(outDir);
  console.log(
    `\nThe site: built in ${realBuild.seconds.toFixed(1)} s, peak memory ${realBuild.peakMB.toFixed(0)} MB\n`,
  );
  table(results.site.pages, [
    ['kind', 'kind'],
    ['language', 'lang'],
    ['pages', 'pages'],
    ['page', 'heaviest page'],
    ['htmlRaw', 'HTML raw'],
    ['htmlGzip', 'gzip'],
    ['firstScreenGzip', 'first screen gzip'],
    ['htmlBrotli', 'brotli'],
    ['css', 'CSS'],
    ['js', 'JS'],
    ['requests', 'requests'],
  ]);
} finally {
  await remove(work);
}

// 2. Synthetic timelines.
results.synthetic = [];
for (const count of SIZES) {
  const project = syntheticProject(count);
  try {
    const outDir = join(project, 'dist-bench');
    mkdirSync(outDir, { recursive: true });
    const { seconds, peakMB } = timedBuild(project, outDir);
    const home = weigh(outDir, '');
    const pages = pagesOf(outDir);
    const heaviest = pages
      .map((page) => weigh(outDir, page))
      .reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
    results.synthetic.push({
      events: count,
      pages: pages.length,
      seconds: round(seconds),
      msPerEvent: round((seconds * 1000) / count, 1),
      peakMB: round(peakMB, 0),
      homeRaw: home.htmlRaw,
      homeGzip: home.htmlGzip,
      homeFirstScreenGzip: home.firstScreenGzip,
      heaviestPage: heaviest.page,
      heaviestGzip: heaviest.htmlGzip,
    });
    console.log(`synthetic ${count} events: built in ${seconds.toFixed(1)} s`);
  } finally {
    if (!process.env.BENCH_KEEP) await remove(project);
  }
}
console.log('\nSynthetic timelines (the real partners and quotes, generated events)\n');
table(results.synthetic, [
  ['events', 'events'],
  ['pages', 'pages'],
  ['seconds', 'build s'],
  ['msPerEvent', 'ms/event'],
  ['peakMB', 'peak MB'],
  ['homeRaw', 'home raw'],
  ['homeGzip', 'home gzip'],
  ['homeFirstScreenGzip', 'its first screen gzip'],
  ['heaviestPage', 'heaviest page'],
  ['heaviestGzip', 'its gzip'],
]);

// 3. Keep the figures, and compare with an earlier run if asked.
mkdirSync(join(root, '.bench'), { recursive: true });
const file = join(root, '.bench', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
const compareIndex = process.argv.indexOf('--compare');
if (compareIndex > 0) {
  const before = JSON.parse(readFileSync(process.argv[compareIndex + 1], 'utf8'));
  console.log(`\nCompared with ${process.argv[compareIndex + 1]} (${before.date}):`);
  for (const now of results.synthetic) {
    const then = before.synthetic?.find((run) => run.events === now.events);
    if (then) {
      console.log(
        `  ${now.events} events: build ${then.seconds} s → ${now.seconds} s, home ${then.homeGzip} → ${now.homeGzip} bytes gzip`,
      );
    }
  }
  for (const now of results.site.pages) {
    const then = before.site?.pages?.find(
      (page) => page.kind === now.kind && page.language === now.language,
    );
    if (then)
      console.log(`  ${now.kind} (${now.language}): ${then.htmlGzip} → ${now.htmlGzip} bytes gzip`);
  }
}
