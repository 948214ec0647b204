/**
 * What a content body may hold (src/schemas/body.ts), by allowlist, rule by rule; the
 * message a build stops with, at the file and line, is tested in
 * tests/schemas/bad-content.test.ts, which also compiles every body of the fixture.
 */
import { describe, expect, it } from 'vitest';
import { elementFault, esmFault, imageFault, linkFault, nodeFault } from '@/schemas/body';

const element = (name: string | null, attributes: Record<string, string | null> = {}) => ({
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({
    type: 'mdxJsxAttribute' as const,
    name: key,
    value,
  })),
});

describe('a content body', () => {
  it('may hold the components it uses, as the content writes them', () => {
    expect(elementFault(element('AsOf'))).toBeUndefined();
    expect(esmFault("import AsOf from '@/components/AsOf.astro';")).toBeUndefined();
  });

  it('may hold no other element, naming the one it holds', () => {
    for (const [name, attributes] of [
      ['meta', { 'http-equiv': 'refresh', content: '0;url=https://elsewhere.example/' }],
      ['iframe', { srcdoc: '<script>alert(1)</script>' }],
      ['svg', {}],
      ['image', { 'xlink:href': 'https://elsewhere.example/a.png' }],
      ['script', {}],
      ['a', { href: 'https://example.org/' }],
      ['p', {}],
      ['asof', {}],
      ['QuoteBlock', {}],
      ['constructor', {}],
    ] as const) {
      expect(elementFault(element(name, attributes)), name).toMatch(
        new RegExp(
          `^<${name}> is not an element a body may hold \\(it may hold Markdown and <AsOf />`,
        ),
      );
    }
    expect(elementFault(element(null))).toMatch(/^<> is not an element/);
  });

  it('gives a component no attribute it does not take', () => {
    expect(
      elementFault(element('AsOf', { style: 'background-image: url(https://elsewhere.example/)' })),
    ).toBe('<AsOf style>: not an attribute <AsOf> may take in a body (it takes none)');
    expect(elementFault(element('AsOf', { onclick: 'alert(1)' }))).toMatch(
      /<AsOf onclick>: not an attribute/,
    );
    expect(
      elementFault({
        name: 'AsOf',
        attributes: [{ type: 'mdxJsxExpressionAttribute' as const, value: '...props' }],
      }),
    ).toMatch(/<AsOf \{…\}>: a body spreads no attributes/);
  });

  it('imports only the components it may use, each from its own file', () => {
    expect(esmFault("import fs from 'node:fs'")).toMatch(
      /may only import the components it may use \(import AsOf from '@\/components\/AsOf.astro'\)/,
    );
    expect(esmFault("import AsOf from '@/components/../lib/feed'")).toMatch(/only import/);
    expect(esmFault("import QuoteBlock from '@/components/QuoteBlock.astro'")).toMatch(/only/);
    expect(esmFault("import * as all from '@/components/AsOf.astro'")).toMatch(/only import/);
    expect(esmFault('export const x = 1')).toMatch(/exports nothing/);
  });

  it('links to http, https, mailto or this site, and to nothing that runs', () => {
    for (const good of [
      'https://example.org/',
      'http://example.org/',
      'mailto:a@example.org',
      '/en/events/',
      '#x',
      '../x',
    ]) {
      expect(linkFault(good), good).toBeUndefined();
    }
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
    ]) {
      expect(linkFault(bad), JSON.stringify(bad)).toMatch(
        /a link leads to an http, https or mailto address/,
      );
    }
  });

  it('shows images kept in the project, none from another origin', () => {
    expect(imageFault('/a.png')).toBeUndefined();
    for (const bad of [
      'https://elsewhere.example/a.png',
      '//elsewhere.example/a.png',
      'data:image/png;base64,AA',
      '\\\\elsewhere.example/a.png',
    ]) {
      expect(imageFault(bad), bad).toMatch(/loads from another origin/);
    }
  });

  it('holds only the Markdown listed, checking a reference’s address where it is defined', () => {
    const none = new Map<string, string>();
    expect(nodeFault({ type: 'paragraph', children: [] }, none)).toBeUndefined();
    expect(nodeFault({ type: 'html', value: '<meta http-equiv="refresh">' }, none)).toMatch(
      /^html is not Markdown a body may hold/,
    );
    expect(nodeFault({ type: 'inlineCode', value: 'x' }, none)).toMatch(
      /^inlineCode is not Markdown/,
    );
    expect(nodeFault({ type: 'mdxFlowExpression', value: '1 + 1' }, none)).toMatch(
      /\{1 \+ 1\}: an expression is code/,
    );
    const reference = {
      type: 'imageReference',
      identifier: 'a',
      referenceType: 'full',
      alt: 'a',
    } as const;
    expect(nodeFault(reference, new Map([['a', '/a.png']]))).toBeUndefined();
    expect(nodeFault(reference, new Map([['a', 'https://elsewhere.example/a.png']]))).toMatch(
      /another origin/,
    );
  });
});
