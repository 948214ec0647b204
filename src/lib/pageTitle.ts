/** The longest `<title>` search results show whole, and html-validate's limit. */
export const TITLE_LIMIT = 70;

/**
 * A page's `<title>`: `Page · Site` when that fits, else the page's own title, shortened
 * at a word with `…` when even that is too long.
 */
export function pageTitle(title: string | undefined, site: string, limit = TITLE_LIMIT): string {
  if (!title) return site;
  const full = `${title} · ${site}`;
  if (full.length <= limit) return full;
  if (title.length <= limit) return title;
  const cut = title.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,.:;·–-]+$/, '')}…`;
}
