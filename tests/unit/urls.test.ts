import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/urls';

describe('withBase', () => {
  it('leaves paths alone at the domain root', () => {
    expect(withBase('/events/snu-mou/', '/')).toBe('/events/snu-mou/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('puts paths under a deploy folder, with or without its trailing slash', () => {
    expect(withBase('/events/snu-mou/', '/openai-korea-timeline')).toBe(
      '/openai-korea-timeline/events/snu-mou/',
    );
    expect(withBase('/#founder-day', '/openai-korea-timeline/')).toBe(
      '/openai-korea-timeline/#founder-day',
    );
  });
});
