import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { headersFile, mergePolicies, narrowPolicy, parsePolicy } from '@/lib/csp';
import { frameAncestors, parseHeaders, rulesFor } from '../support/headers';

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

  it('allows an embed its own inline script by its hash, and nothing else', () => {
    const html =
      '<head><script type="application/ld+json">{}</script></head><body><script>post()</script>';
    expect(narrowPolicy(site, html, { scripts: true })).toBe(
      `default-src 'self'; script-src 'sha256-${sha256('post()')}'; style-src 'self'`,
    );
    // Any other page runs none, whatever it holds.
    expect(narrowPolicy(site, html)).toContain("script-src 'none'");
    // An embed without a script of its own runs none either.
    expect(narrowPolicy(site, '<head></head>', { scripts: true })).toContain("script-src 'none'");
  });

  it('allows no inline style on a page without one', () => {
    expect(narrowPolicy(site, '<head></head>')).toBe(
      "default-src 'self'; script-src 'none'; style-src 'self'",
    );
  });
});

describe('headersFile', () => {
  const pages = [
    'index.html',
    '404.html',
    'events/a/index.html',
    'events/b/index.html',
    'embed/outcomes/index.html',
    'en/index.html',
    'en/events/a/index.html',
    'en/embed/outcomes/index.html',
  ].map((file) => ({ file, policy: `default-src 'self'; style-src 'sha256-${file}'` }));
  const policyOf = (text: string, path: string) => {
    const rules = rulesFor(parseHeaders(text), path).filter(
      (rule) => 'Content-Security-Policy' in rule.headers,
    );
    expect(rules, `policies for ${path}`).toHaveLength(1);
    return rules[0]!.headers['Content-Security-Policy']!;
  };

  for (const base of ['/', '/base/']) {
    it(`gives every page one policy, framable only under embed/ (base ${base})`, () => {
      const text = headersFile(pages, ['en'], base, { 'X-Content-Type-Options': 'nosniff' });
      const at = (path: string) => `${base}${path}`;
      for (const path of ['', '404.html', 'events/a/', 'events/b/', 'en/', 'en/events/a/']) {
        expect(frameAncestors(policyOf(text, at(path))), path).toBe("'none'");
      }
      for (const path of ['embed/outcomes/', 'en/embed/outcomes/']) {
        expect(frameAncestors(policyOf(text, at(path))), path).toBe('*');
      }
      // A folder's policy allows its own pages' styles, and no other folder's.
      expect(policyOf(text, at('events/a/'))).toContain("'sha256-events/b/index.html'");
      expect(policyOf(text, at('events/a/'))).not.toContain("'sha256-index.html'");
      // The other headers hold everywhere.
      expect(rulesFor(parseHeaders(text), at('events/a/x.ics'))[0]!.headers).toEqual({
        'X-Content-Type-Options': 'nosniff',
      });
    });
  }
});
