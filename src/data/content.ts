/**
 * The one way pages reach the content: the model, built and checked once per build
 * (`collections.ts` → `model.ts`), and its projection into each language (`projectSite.ts`).
 */
import { routeLanguages, type Lang } from '@/i18n/strings';
import { loadCollections } from './collections';
import { buildModel } from './buildModel';
import type { Model } from './model';
import { projectSite } from './projectSite';
import type { Site } from './views';

export type * from './views';
export type { Localized, Model } from './model';

let model: Promise<Model> | undefined;
const sites = new Map<Lang, Promise<Site>>();

/** The language-neutral model: what `events.json` and the preview images read. */
export async function getModel(): Promise<Model> {
  // In development content changes between requests, so it is read afresh each time.
  if (import.meta.env.DEV) return loadCollections().then(buildModel);
  model ??= loadCollections().then(buildModel);
  return model;
}

/** Everything the pages of one language show. */
export async function getSite(lang: Lang): Promise<Site> {
  if (import.meta.env.DEV) return getModel().then((loaded) => projectSite(loaded, lang));
  let site = sites.get(lang);
  if (!site) {
    site = getModel().then((loaded) => projectSite(loaded, lang));
    sites.set(lang, site);
  }
  return site;
}

/**
 * A route's static paths in every language: `make` lists one language's pages, and each
 * gets the `[...lang]` parameter (none for the default language) and its `lang` prop.
 */
export async function inEveryLanguage<P extends Record<string, string>, T extends object>(
  make: (site: Site) => { params: P; props: T }[],
) {
  const perLanguage = await Promise.all(
    routeLanguages.map(async ({ lang, param }) =>
      make(await getSite(lang)).map(({ params, props }) => ({
        params: { ...params, lang: param },
        props: { ...props, lang },
      })),
    ),
  );
  return perLanguage.flat();
}
