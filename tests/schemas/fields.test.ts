/**
 * The fields every schema is made of (src/schemas/fields.ts), given hostile values: what
 * each refuses and says. That a refusal names the file and the field is shown once per
 * rule in tests/schemas/bad-content.test.ts, through the collections' own loaders.
 */
import { describe, expect, it } from 'vitest';
import { text, webAddress } from '@/schemas/fields';

/** What a schema says of `value`, or undefined when it accepts it. */
const says = (
  schema: { safeParse: (value: unknown) => { error?: { issues: { message: string }[] } } },
  value: string,
) =>
  schema
    .safeParse(value)
    .error?.issues.map((issue) => issue.message)
    .join('; ');

describe('a web address', () => {
  const address = webAddress();

  it('is an http(s) address with a host', () => {
    expect(says(address, 'https://www.segye.com/newsView/20250910')).toBeUndefined();
    expect(says(address, 'http://example.org/a%20b?q=1#x')).toBeUndefined();
    for (const bad of [
      'example.org/report',
      'ftp://example.org/',
      'javascript:alert(1)',
      'https://',
    ]) {
      expect(says(address, bad), bad).toMatch(/must be a web address/);
    }
  });

  it('holds no user name or password, which would be published, or pass one host off as another', () => {
    expect(says(address, 'https://editor:secret@example.org/report')).toMatch(
      /must not hold a user name or password before an @ \(it names the host "example.org"\)/,
    );
    expect(says(address, 'https://segye.com@evil.example/')).toMatch(
      /user name or password before an @ \(it names the host "evil.example"\)/,
    );
  });

  it('holds no space or other blank, which would break the link and the CSV’s column', () => {
    for (const bad of [
      'https://example.org/a b',
      'https://example.org/a\tb',
      ' https://example.org/',
    ]) {
      expect(says(address, bad), JSON.stringify(bad)).toMatch(
        /must not hold a space or other blank/,
      );
    }
  });

  it('holds no hidden character', () => {
    expect(says(address, 'https://example.org/\u202Egpj.exe')).toMatch(/bidirectional control/);
  });
});

describe('a text', () => {
  const field = text();

  it('may hold any language, newlines and tabs, and paired direction marks', () => {
    for (const good of [
      '오픈AI 코리아가 출범했다.',
      'one\ntwo\tthree',
      '𠮷 and 😀',
      'an Arabic name: \u2067مرحبا\u2069, isolated',
      '\u202Bembedded\u202C and \u202Eoverridden\u202C',
    ]) {
      expect(says(field, good), JSON.stringify(good)).toBeUndefined();
    }
  });

  it('refuses a control character but newline and tab, saying which and where', () => {
    expect(says(field, 'a summary\u001B[31m')).toMatch(
      /holds a control character \(U\+001B\) at character 10: only newline and tab/,
    );
    for (const bad of [
      'back\bspace',
      'vertical\u000Btab',
      'carriage\rreturn',
      'null\u0000',
      'del\u007F',
      'c1\u0085',
    ]) {
      expect(says(field, bad), JSON.stringify(bad)).toMatch(/control character/);
    }
  });

  it('refuses half of a character', () => {
    expect(says(field, 'half \uD800 of it')).toMatch(/lone surrogate/);
  });

  it('refuses a bidirectional control left open, closed by the wrong one, or closed on another line', () => {
    for (const [bad, which] of [
      ['invoice \u202Efdp.exe', 'U\\+202E'],
      ['\u2066left open', 'U\\+2066'],
      ['closed \u202C unopened', 'U\\+202C'],
      ['\u202Dan override closed as an isolate\u2069', 'U\\+2069'],
      ['\u2067opened here\nclosed here\u2069', 'U\\+2067'],
    ] as const) {
      expect(says(field, bad), JSON.stringify(bad)).toMatch(
        new RegExp(`bidirectional control \\(${which}\\) that is not paired`),
      );
    }
  });

  it('must still say something', () => {
    expect(says(field, ' \n ')).toMatch(/must not be empty/);
  });
});
