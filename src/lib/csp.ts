/** Content-Security-Policy strings: read, merge and write them. */

/** Directive name → its sources, in first-seen order. */
export type Policy = Map<string, string[]>;

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

/**
 * One policy that allows what any of the given policies allows, directive by directive:
 * for a host header in front of pages that each carry their own, narrower `<meta>` policy.
 */
export function mergePolicies(texts: readonly string[], extra: readonly string[] = []): string {
  const merged: Policy = new Map();
  for (const text of [...texts, ...extra]) {
    for (const [name, sources] of parsePolicy(text)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
