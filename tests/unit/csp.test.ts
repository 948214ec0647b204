import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mergePolicies, narrowPolicy, parsePolicy } from '@/lib/csp';

describe('parsePolicy', () => {
  it('reads directives and their sources', () => {
    expect(parsePolicy("default-src 'self'; style-src 'self' 'sha256-a';")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['style-src', ["'self'", "'sha256-a'"]],
      ]),
    );
  });
});

describe('mergePolicies', () => {
  it('allows what any page allows, once each, in first-seen order', () => {
    const merged = mergePolicies(
      [
        "default-src 'self'; style-src 'self' 'sha256-a'",
        "default-src 'self'; style-src 'self' 'sha256-b' 'sha256-a'",
      ],
      ["frame-ancestors 'none'"],
    );
    expect(merged).toBe(
      "default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
  });
});

describe('narrowPolicy', () => {
  const site =
    "default-src 'self'; script-src 'self' 'sha256-s'; style-src 'self' 'sha256-a' 'sha256-b'";
  const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

  it("allows the page's own styles and no script", () => {
    const html =
      '<head><style>p>a{color:red}</style><script type="application/ld+json">{}</script>';
    expect(narrowPolicy(site, html)).toBe(
      `default-src 'self'; script-src 'none'; style-src 'self' 'sha256-${sha256('p>a{color:red}')}'`,
    );
  });

  it('allows no inline style on a page without one', () => {
    expect(narrowPolicy(site, '<head></head>')).toBe(
      "default-src 'self'; script-src 'none'; style-src 'self'",
    );
  });
});
