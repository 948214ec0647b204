import { describe, expect, it } from 'vitest';
import { TITLE_LIMIT, pageTitle } from '@/lib/pageTitle';

describe('pageTitle', () => {
  it('names the page and the site when both fit', () => {
    expect(pageTitle('서울대학교와 양해각서 체결', '오픈AI 코리아 타임라인')).toBe(
      '서울대학교와 양해각서 체결 · 오픈AI 코리아 타임라인',
    );
  });

  it('is the site name alone on the home page', () => {
    expect(pageTitle(undefined, 'OpenAI Korea Timeline')).toBe('OpenAI Korea Timeline');
  });

  it('drops the site name before it would run past the limit', () => {
    const title = 'Press conference on the official launch of OpenAI Korea';
    expect(pageTitle(title, 'OpenAI Korea Timeline')).toBe(title);
  });

  it('shortens a title that is too long on its own at a word, with an ellipsis', () => {
    const title =
      'Signing of a memorandum of understanding with Seoul National University in Gwanak';
    const shown = pageTitle(title, 'OpenAI Korea Timeline');
    expect(shown.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(shown).toBe('Signing of a memorandum of understanding with Seoul National…');
  });
});
