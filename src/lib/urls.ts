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
  /** A year's page of a long timeline, or its later parts: `/years/2025/`, `/years/2025/2/`. */
  year: (year: number, part = 1) => withBase(`/years/${year}/${part > 1 ? `${part}/` : ''}`),
  event: (id: string) => withBase(`/events/${id}/`),
  partners: () => withBase('/partners/'),
  partner: (id: string) => withBase(`/partners/${id}/`),
  quotes: () => withBase('/quotes/'),
  quote: (id: string) => withBase(`/quotes/${id}/`),
};
