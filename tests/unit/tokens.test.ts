import { describe, expect, it } from 'vitest';
import { schemeCss, token } from '@/lib/tokens';

describe('schemeCss', () => {
  it('fixes the light scheme’s colours, the first :root’s, whatever the reader’s', () => {
    const css = schemeCss('light');
    expect(css).toContain('color-scheme:light;');
    expect(css).toContain(`--color-bg:${token('color-bg')}`);
    expect(css).not.toContain('--space-');
  });

  it('fixes the dark scheme’s colours, those under prefers-color-scheme: dark', () => {
    const css = schemeCss('dark');
    expect(css).toContain('color-scheme:dark;');
    expect(css).toMatch(/--color-bg:#[0-9a-f]{6}/);
    expect(css).not.toContain(`--color-bg:${token('color-bg')}`);
  });

  it('gives way to forced colours, the reader’s own palette', () => {
    for (const scheme of ['light', 'dark'] as const) {
      expect(schemeCss(scheme)).toMatch(/^@media not \(forced-colors:active\)\{:root\{.*\}\}$/);
    }
  });
});
