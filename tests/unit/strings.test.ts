/**
 * The interface's words (src/content/<code>/ui.json) are checked as they are read
 * (src/i18n/strings.ts): here, that a word holding a character that would break or spoof
 * what is published is refused, naming the file and the key.
 */
import { describe, expect, it } from 'vitest';
import { wordProblems } from '@/i18n/strings';
import ko from '@/content/ko/ui.json';
import en from '@/content/en/ui.json';

/** The real words, with English changed as `change` says. */
const withEnglish = (change: (words: typeof en) => void) => {
  const words = structuredClone(en);
  change(words);
  return new Map<string, unknown>([
    ['ko', ko],
    ['en', words],
  ]);
};

describe('the interface’s words', () => {
  it('are accepted as they are', () => {
    expect(wordProblems(withEnglish(() => {}))).toEqual([]);
  });

  it('refuse a control character, naming the file and the key', () => {
    const problems = wordProblems(withEnglish((words) => (words.siteName = 'Timeline\u001B[2J')));
    expect(problems).toEqual([
      'src/content/en/ui.json: siteName: holds a control character (U+001B) at character 9: only newline and tab may be used',
    ]);
  });

  it('refuse an unpaired right-to-left override, in a plural form too', () => {
    const problems = wordProblems(
      withEnglish((words) => (words.partners.eventCount.one = '{count} \u202Eevent')),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/content\/en\/ui\.json: partners\.eventCount\.one: holds a bidirectional control \(U\+202E\)/,
      ),
    ]);
  });
});
