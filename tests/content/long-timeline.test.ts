/**
 * A timeline too long for one page: the home page keeps the most recent events and links
 * to per-year pages that hold every event, with the same month headings and anchors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS_PER_PAGE } from '@/lib/timeline';
import { FIXTURE, astro, copyProject, remove } from '../support/project.mjs';

const COUNT = 40;
/** The fixture's own events, by file name. */
const FIXTURE_EVENTS = readdirSync(join(FIXTURE, 'events')).filter((file) => file.endsWith('.mdx'));

/** 40 generated events, with their English files: 2024-01-01, then every ten days into 2025. */
function events(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < COUNT; index++) {
    const date = new Date(Date.UTC(2024, 0, 1 + index * 10)).toISOString().slice(0, 10);
    files[`events/long-${String(index).padStart(2, '0')}.mdx`] = `---
title: 'Event ${index}'
kind: 'community'
record: '${index % 3 ? 'article' : 'beyond'}'
summary: 'Generated event ${index}.'
date: '${date}'
dateSource: example-article
status: 'held'
sources:
  - example-article
---
`;
    files[`en/events/long-${String(index).padStart(2, '0')}.mdx`] =
      `---\ntitle: 'Event ${index}'\nsummary: 'Generated event ${index}.'\n---\n`;
  }
  return files;
}

/** The timeline entries of a page, by id, and its month headings' anchors. */
const ids = (html: string) => [...html.matchAll(/<article\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
const months = (html: string) => [...html.matchAll(/\bid="(month-\d{4}-\d{2})"/g)].map((m) => m[1]);

let dir: string | undefined;
afterAll(() => dir && remove(dir));

describe('a long timeline', () => {
  it('splits into a home page of recent events and per-year pages', async () => {
    // The fixture's events plus forty generated ones.
    dir = copyProject({ change: { add: events() }, prefix: 'long' });
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    const read = (path: string) => readFileSync(join(dir!, 'dist', path, 'index.html'), 'utf8');
    const total = COUNT + FIXTURE_EVENTS.length;

    const home = read('');
    expect(ids(home)).toHaveLength(EVENTS_PER_PAGE);
    expect(home).toContain('href="/years/2024/"');
    expect(home).toContain('href="/years/2025/"');

    const yearPages = readdirSync(join(dir, 'dist/years'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `years/${file.slice(0, -'index.html'.length)}`)
      .sort();
    // 2024 holds more events than a page does, so it comes in two parts.
    expect(yearPages).toEqual(
      expect.arrayContaining(['years/2024/', 'years/2024/2/', 'years/2025/']),
    );
    const onYearPages = yearPages.flatMap((page) => ids(read(page)));
    expect(onYearPages).toHaveLength(total);
    expect(new Set(onYearPages).size).toBe(total);
    for (const page of yearPages) {
      expect(ids(read(page)).length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
      expect(months(read(page)).length).toBeGreaterThan(0);
    }
    // The home page's headings and anchors are those of the year pages.
    expect(
      months(home).every((id) => yearPages.some((page) => months(read(page)).includes(id))),
    ).toBe(true);

    // An event no longer on the home page links back to its entry on its year page.
    const oldest = read('events/long-00/');
    expect(oldest).toContain('href="/years/2024/#long-00"');
  });
});
