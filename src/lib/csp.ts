/** Content-Security-Policy strings: read, merge and write them. */
import { createHash } from 'node:crypto';

/** Directive name → its sources, in first-seen order. */
export type Policy = Map<string, string[]>;

/** A policy read from its text; a directive named twice allows what both name. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const known = policy.get(name) ?? [];
    policy.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
  }
  return policy;
}

/** A policy as text, directives in order. */
export function writePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what any of the given policies allows, directive by directive:
 * for a host header in front of pages that each carry their own, narrower `<meta>` policy.
 */
export function mergePolicies(texts: readonly string[], extra: readonly string[] = []): string {
  return writePolicy(parsePolicy([...texts, ...extra].join(';')));
}

/** A CSP hash source for an inline element's text, as a browser computes it. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of a page's inline `<script>` elements that run: JSON-LD, being data, is left out. */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/type="application\/ld\+json"/.test(attributes))
    .map(([, , text = '']) => text);

/**
 * A page's policy narrowed to the page itself. Astro writes one policy for every page,
 * allowing the styles and scripts of the whole build; here `style-src` allows only the
 * page's own `<style>` elements, and `script-src` nothing at all (JSON-LD is data, which a
 * policy does not govern), except on a page allowed `scripts` (an embed, which posts its
 * height to the page around it): there, its own inline scripts by their hashes and nothing
 * else.
 */
export function narrowPolicy(
  policy: string,
  html: string,
  { scripts = false }: { scripts?: boolean } = {},
): string {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
    ([, css = '']) => css,
  );
  const narrowed = parsePolicy(policy);
  const allowed = scripts ? inlineScripts(html).map(hashSource) : [];
  narrowed.set('script-src', allowed.length > 0 ? allowed : ["'none'"]);
  narrowed.set('style-src', ["'self'", ...styles.map(hashSource)]);
  return writePolicy(narrowed);
}

/**
 * Where other sites may show a page in a frame: the embeds only (`/embed/…` in every
 * language), made to sit in a newsroom's article; every other page refuses.
 */
export const EMBED_FOLDER = 'embed';

/** A built page: its file below `dist/` (`en/events/x/index.html`) and its narrowed policy. */
export interface BuiltPage {
  file: string;
  policy: string;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): the site-wide headers for every path,
 * then a Content-Security-Policy per folder of pages (`/events/*`, `/en/events/*`; a
 * folder's own page, such as `/` or `/en/`, by its exact path), each the merge of its pages'
 * policies with `frame-ancestors`: `*` for the embed folders, `'none'` for every other.
 * No two policy rules match one path, so no host has to choose between two (Cloudflare
 * Pages would send both, and a browser enforces every policy it is sent).
 */
export function headersFile(
  pages: readonly BuiltPage[],
  languages: readonly string[],
  base: string,
  headers: Record<string, string>,
): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  const rules = new Map<string, { policies: string[]; framable: boolean }>();
  for (const { file, policy } of pages) {
    const parts = file.split('/');
    const lang = parts.length > 1 && languages.includes(parts[0]!) ? [parts.shift()!] : [];
    const path =
      parts.length === 1
        ? `${folder}${lang.map((code) => `${code}/`).join('')}${parts[0] === 'index.html' ? '' : parts[0]}`
        : `${folder}${[...lang, parts[0]].join('/')}/*`;
    const rule = rules.get(path) ?? { policies: [], framable: parts[0] === EMBED_FOLDER };
    rule.policies.push(policy);
    rules.set(path, rule);
  }
  const block = (path: string, lines: string[]) =>
    `${path}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
  return [
    block(
      `${folder}*`,
      Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ),
    ...[...rules]
      .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, { policies, framable }]) =>
        block(path, [
          `Content-Security-Policy: ${mergePolicies(policies, [
            `frame-ancestors ${framable ? '*' : "'none'"}`,
          ])}`,
        ]),
      ),
  ].join('');
}
