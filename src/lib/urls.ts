/**
 * Every internal address in one place. Paths are written without the base; `withBase`
 * adds the deploy folder (`BASE_PATH`), so the site works at a domain root or below one.
 */

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  return folder + path.replace(/^\//, '');
}

/** The site's languages as URLs know them: the default has no prefix, others `/en/`. */
const DEFAULT_LANG = 'ko';

/** A path in a language: `/events/x/` stays as it is in Korean and is `/en/events/x/` in English. */
export function inLang(path: string, lang: string): string {
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

const at = (path: string, lang: string) => withBase(inLang(path, lang));

/** Every page's address, per language (Korean unless said otherwise). */
export const paths = {
  timeline: (lang = DEFAULT_LANG) => at('/', lang),
  /** The entry of an event on the timeline: `/#founder-day`. */
  timelineEntry: (id: string, lang = DEFAULT_LANG) => at(`/#${id}`, lang),
  /** A year's page of a long timeline, or its later parts: `/years/2025/`, `/years/2025/2/`. */
  year: (year: number, part = 1, lang = DEFAULT_LANG) =>
    at(`/years/${year}/${part > 1 ? `${part}/` : ''}`, lang),
  event: (id: string, lang = DEFAULT_LANG) => at(`/events/${id}/`, lang),
  partners: (lang = DEFAULT_LANG) => at('/partners/', lang),
  partner: (id: string, lang = DEFAULT_LANG) => at(`/partners/${id}/`, lang),
  quotes: (lang = DEFAULT_LANG) => at('/quotes/', lang),
  quote: (id: string, lang = DEFAULT_LANG) => at(`/quotes/${id}/`, lang),
};

/**
 * The same page in another language, from a page's URL path (base included):
 * `/base/events/x/` ↔ `/base/en/events/x/`.
 */
export function counterpart(
  pathname: string,
  from: string,
  to: string,
  base: string = import.meta.env.BASE_URL,
): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  // The site's root may come without its trailing slash: `/base` is `/base/`.
  const within =
    `${pathname}/`.startsWith(folder) && !pathname.startsWith(folder) ? folder : pathname;
  let path = `/${within.startsWith(folder) ? within.slice(folder.length) : within.replace(/^\//, '')}`;
  if (from !== DEFAULT_LANG) path = path.replace(new RegExp(`^/${from}(/|$)`), '/');
  return withBase(inLang(path, to), base);
}
