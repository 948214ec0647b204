/**
 * A `_headers` file (Netlify, Cloudflare Pages) as a host reads it: blocks of a path
 * pattern and indented `Name: value` lines; `*` in a pattern matches anything, `/` too.
 */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
  }
  return rules;
}

/** The rules whose pattern matches a URL path. */
export function rulesFor(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter(({ path: pattern }) =>
    new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`).test(path),
  );
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A policy's `frame-ancestors` sources: who may show the page in a frame. */
export const frameAncestors = (policy: string | undefined) =>
  policy
    ?.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'frame-ancestors')
    ?.slice(1)
    .join(' ');
