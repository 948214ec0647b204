/**
 * The real site's build the gates run against: `dist/`, made by `astro build` for the
 * address in `SITE_URL` and `BASE_PATH` (read as astro.config.mjs reads them), and its
 * pages as its sitemap lists them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_FOUND_PAGES, builtPages, isEmbed, sitemapPages } from '../support/pages';
import { root } from '../support/project.mjs';

export const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  throw new Error('The gates test the real site’s build: run `npx astro build` first.');
}

/** The address the build was made for, base path included. */
export const site = new URL(
  (process.env.BASE_PATH || '/').replace(/\/?$/, '/'),
  process.env.SITE_URL || 'http://localhost:4321',
).href;

/** A path of the site as its full public address, and such an address as a served path. */
export const siteUrl = (path: string) => new URL(path, site).href;
export const served = (url: string) => url.slice(site.length);

/** Every page of the build, 404 pages aside. */
export const pages = builtPages(dist);
/** Every page the sitemap lists: with the embeds and the 404 page, what the page gates walk. */
export const sitemap = sitemapPages(dist, site);
/** The pages made for other sites' frames, which the sitemap leaves out (`noindex`). */
export const embeds = pages.filter(isEmbed);
export { NOT_FOUND_PAGES };

/**
 * A page's template: its path without the language's folder, an entry's own slug (or a
 * year's page, a status) as `*`: `en/events/launch/` → `events/*`, `` → `` (the home page).
 * The embeds and the 404 page are templates of their own.
 */
export function templateOf(path: string): string {
  const own = path.replace(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?\//, '');
  const [first = '', ...rest] = own.split('/').filter(Boolean);
  if (first === 'embed' || rest.length === 0) return own;
  return `${first}/*`;
}

/** The class names a page's HTML uses: its components (Astro's scoped `astro-…`) and their states. */
function classesOf(path: string): Set<string> {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const html = readFileSync(join(dist, file), 'utf8');
  return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
}

/**
 * The pages the colour gates (dark, forced colours) run on: for each template, the fewest
 * pages (picked greedily, most classes first) that between them use every class name any
 * page of the template uses, so every component, in every state the content gives it,
 * appears in both schemes. Pages of one template differ in words, not in colours.
 */
export function colourPages(paths: readonly string[]): string[] {
  const byTemplate = Map.groupBy(paths, templateOf);
  const chosen: string[] = [];
  for (const members of byTemplate.values()) {
    const classes = new Map(members.map((path) => [path, classesOf(path)]));
    const uncovered = new Set([...classes.values()].flatMap((set) => [...set]));
    while (uncovered.size > 0) {
      const [best] = members
        .map(
          (path) => [path, [...classes.get(path)!].filter((c) => uncovered.has(c)).length] as const,
        )
        .toSorted((a, b) => b[1] - a[1]);
      chosen.push(best![0]);
      for (const c of classes.get(best![0])!) uncovered.delete(c);
    }
  }
  return chosen;
}
