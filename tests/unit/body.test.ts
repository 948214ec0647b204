/**
 * What a content body may hold (src/schemas/body.ts), rule by rule; the message a build stops
 * with, at the file and line, is tested in tests/schemas/bad-content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { elementFault, esmFault, imageFault, linkFault } from '@/schemas/body';

const element = (name: string, attributes: Record<string, string> = {}) => ({
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({
    type: 'mdxJsxAttribute' as const,
    name: key,
    value,
  })),
});

describe('a content body', () => {
  it('may hold elements that load from this site and link anywhere', () => {
    expect(elementFault(element('img', { src: '/a.png', alt: 'a' }))).toBeUndefined();
    expect(elementFault(element('img', { srcset: '/a.png 1x, ./b.png 2x' }))).toBeUndefined();
    expect(elementFault(element('a', { href: 'https://example.org/report' }))).toBeUndefined();
    expect(elementFault(element('QuoteBlock', { id: 'x' }))).toBeUndefined();
  });

  it('may not hold code', () => {
    expect(elementFault(element('script'))).toMatch(/<script> element/);
    expect(elementFault(element('STYLE'))).toMatch(/<STYLE> element/);
    expect(elementFault(element('p', { onMouseOver: 'x()' }))).toMatch(/event handler/);
    expect(elementFault(element('a', { href: ' JavaScript:alert(1)' }))).toMatch(/javascript:/);
    expect(linkFault('java\tscript:alert(1)')).toMatch(/javascript:/);
    expect(linkFault('https://example.org/')).toBeUndefined();
  });

  it('may not load anything from another origin', () => {
    expect(elementFault(element('img', { src: 'https://elsewhere.example/a.png' }))).toMatch(
      /another origin/,
    );
    expect(elementFault(element('iframe', { src: '//elsewhere.example/' }))).toMatch(/another/);
    expect(elementFault(element('img', { src: 'data:image/png;base64,AA' }))).toMatch(/another/);
    expect(elementFault(element('link', { href: 'https://elsewhere.example/a.css' }))).toMatch(
      /another origin/,
    );
    expect(
      elementFault(element('source', { srcSet: '/a.png 1x, https://elsewhere.example/b 2x' })),
    ).toMatch(/srcSet="https:\/\/elsewhere.example\/b"/);
    expect(imageFault('https://elsewhere.example/a.png')).toMatch(/another origin/);
    expect(imageFault('/a.png')).toBeUndefined();
  });

  it('imports only the project’s own components', () => {
    expect(esmFault("import QuoteBlock from '@/components/QuoteBlock.astro'")).toBeUndefined();
    expect(esmFault("import fs from 'node:fs'")).toMatch(/only import the project's own/);
    expect(esmFault("import x from '@/components/../lib/feed'")).toMatch(/only import/);
    expect(esmFault("import * as all from '@/components/QuoteBlock.astro'")).toMatch(/only/);
    expect(esmFault('export const x = 1')).toMatch(/exports nothing/);
  });
});
