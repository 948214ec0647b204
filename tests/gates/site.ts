/**
 * The real site's build the gates run against: `dist/`, made by `astro build` for the
 * address in `SITE_URL` and `BASE_PATH` (read as astro.config.mjs reads them), and its
 * pages as its sitemap lists them.
 */
import { existsSync } from 'node:fs';
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
