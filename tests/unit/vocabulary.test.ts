import { describe, expect, it } from 'vitest';
import { defaultDateKind } from '@/lib/vocabulary';

describe('defaultDateKind', () => {
  it('dates what happened by when it happened, a plan of the article by its planned day, another plan by when it was stated', () => {
    expect(defaultDateKind({ record: 'article', status: 'held' })).toBe('happened');
    expect(defaultDateKind({ record: 'beyond', status: 'held' })).toBe('happened');
    expect(defaultDateKind({ record: 'article', status: 'planned' })).toBe('planned');
    expect(defaultDateKind({ record: 'beyond', status: 'planned' })).toBe('stated');
  });
});
