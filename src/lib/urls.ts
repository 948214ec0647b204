/**
 * Every internal address in one place. Paths are written without the base; `withBase`
 * adds the deploy folder (`BASE_PATH`), so the site works at a domain root or below one.
 */

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  return folder + path.replace(/^\//, '');
}

export const paths = {
  timeline: () => withBase('/'),
  /** The entry of an event on the timeline: `/#founder-day`. */
  timelineEntry: (id: string) => withBase(`/#${id}`),
  event: (id: string) => withBase(`/events/${id}/`),
  partners: () => withBase('/partners/'),
  partner: (id: string) => withBase(`/partners/${id}/`),
  quotes: () => withBase('/quotes/'),
  quote: (id: string) => withBase(`/quotes/${id}/`),
};
