import { describe, expect, it } from 'vitest';
import { byTiming, type SourceTiming } from '@/lib/sources';

describe('byTiming', () => {
  it('groups sources in the sources page’s order, leaving empty groups out', () => {
    const source = (id: string, timing: SourceTiming) => ({ id, timing });
    const groups = byTiming([
      source('late', 'after'),
      source('article', 'primary'),
      source('unknown', 'undated'),
      source('later', 'after'),
    ]);
    expect(groups.map(({ timing, sources }) => [timing, sources.map(({ id }) => id)])).toEqual([
      ['primary', ['article']],
      ['after', ['late', 'later']],
      ['undated', ['unknown']],
    ]);
  });
});
