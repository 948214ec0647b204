/**
 * The site's addresses for this build: `src/lib/urls.ts` bound to the deploy folder
 * (`BASE_PATH`) and the site's URL (`SITE_URL`) from Astro's config.
 */
import * as urls from '@/lib/urls';

const base = import.meta.env.BASE_URL;

/** Every page's address, per language. */
export const paths = urls.sitePaths(base);

/** A path with the deploy folder in front: `/events/x/` → `/base/events/x/`. */
export const withBase = (path: string) => urls.withBase(path, base);

/** A path (base included) as a full address on the deployed site. */
export const absolute = (path: string, site: URL | string | undefined = import.meta.env.SITE) =>
  urls.absolute(path, site);

/** The same page in another language, from a page's URL path (base included). */
export const counterpart = (pathname: string, from: string, to: string) =>
  urls.counterpart(pathname, from, to, base);
