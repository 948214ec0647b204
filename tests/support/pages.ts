/** What the tests know of a build: its pages, read from its folder (`dist/`). */
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The "page not found" page, at `/404.html` where static hosts look for it: one page in
 * every language, since a host serves it for any mistyped address.
 */
export const NOT_FOUND_PAGES = ['404.html'];

/**
 * Whether a page (a path relative to the base: `embed/outcomes/`, `en/embed/overview/`) is
 * an embed: made for other sites' frames, `noindex`, left out of the sitemap, and so walked
 * by the page gates beside it.
 */
export const isEmbed = (path: string) => /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/)?embed\//.test(path);

/** Every page of a build (404 pages aside) as a path relative to the site's base: `events/x/`. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
    .map((file) =>
      relative(dist, join(dist, file, '..'))
        .split(sep)
        .join('/'),
    )
    .map((folder) => (folder ? `${folder}/` : ''))
    .sort();
}

/**
 * The pages a build's sitemap lists, as paths relative to the site's base, read from its
 * `sitemap-index.xml` and the sitemaps it names (as a crawler would). `site` is the
 * public address the build was made for, base path included.
 */
export function sitemapPages(dist: string, site: string): string[] {
  const parser = new XMLParser();
  const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
  const read = (url: string) =>
    parser.parse(readFileSync(join(dist, url.slice(site.length)), 'utf8'));
  const index = read(`${site}sitemap-index.xml`).sitemapindex;
  return list<{ loc: string }>(index.sitemap)
    .flatMap(({ loc }) => list<{ loc: string }>(read(loc).urlset.url))
    .map(({ loc }) => loc.slice(site.length));
}
