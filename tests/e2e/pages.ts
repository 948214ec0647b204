/** What the tests know of the built site: its pages, read from `dist/`. */
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build the browser tests run against. */
export const dist = join(import.meta.dirname, '../../dist');

/**
 * The "page not found" page, at `/404.html` where static hosts look for it: one page in
 * both languages, since a host serves it for a mistyped English address too.
 */
export const NOT_FOUND_PAGES = ['404.html'];

/** Every page of the build (404 pages aside) as a path relative to the site's base: `events/snu-mou/`. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const folder = relative(dist, dir).split(sep).join('/');
        pages.push(folder ? `${folder}/` : '');
      }
    }
  };
  walk(dist);
  return pages.filter((path) => !NOT_FOUND_PAGES.includes(path)).sort();
}

/** The address the build was made for: `SITE_URL` and `BASE_PATH`, read as astro.config.mjs reads them. */
export const site = new URL(
  (process.env.BASE_PATH || '/').replace(/\/?$/, '/'),
  process.env.SITE_URL || 'http://localhost:4321',
);

/** A path of the site as its full public address, as feeds, previews and search engines see it. */
export const siteUrl = (path: string) => new URL(path, site).href;

/** A public address of the site as a path on the server the tests run against. */
export const served = (url: string) => new URL(url).pathname;

/**
 * The pages the sitemap lists, as paths relative to the site's base, read from the
 * build's `sitemap-index.xml` and the sitemaps it names (as a crawler would).
 */
export function sitemapPages(): string[] {
  const parser = new XMLParser();
  const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
  const read = (url: string) =>
    parser.parse(readFileSync(join(dist, url.slice(siteUrl('').length)), 'utf8'));
  const index = read(siteUrl('sitemap-index.xml')).sitemapindex;
  return list<{ loc: string }>(index.sitemap)
    .flatMap(({ loc }) => list<{ loc: string }>(read(loc).urlset.url))
    .map(({ loc }) => loc.slice(siteUrl('').length));
}
