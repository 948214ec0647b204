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

/**
 * A page's policy narrowed to the page itself. Astro writes one policy for every page,
 * allowing the styles and scripts of the whole build; here `style-src` allows only the
 * page's own `<style>` elements and `script-src` nothing at all, since no page runs a
 * script (JSON-LD is data, which a policy does not govern).
 */
export function narrowPolicy(policy: string, html: string): string {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
    ([, css = '']) => css,
  );
  const narrowed = parsePolicy(policy);
  narrowed.set('script-src', ["'none'"]);
  narrowed.set('style-src', ["'self'", ...styles.map(hashSource)]);
  return writePolicy(narrowed);
}
