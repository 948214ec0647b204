import { describe, expect, it } from 'vitest';
import { mergePolicies, parsePolicy } from '@/lib/csp';

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
