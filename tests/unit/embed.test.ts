import { describe, expect, it } from 'vitest';
import {
  EMBED_SCRIPT,
  frameCode,
  hostScript,
  HEIGHT_MESSAGE,
  ledgerEmbedHeight,
  linesOf,
  overviewEmbedHeight,
  textEms,
  whoSaid,
} from '@/lib/embed';

const frame = { credit: 'OpenAI Korea Timeline · as of December 1, 2026', title: 'The ledger' };
const entry = (said: string) => ({
  said,
  who: 'Jason Kwon, CSO · Byline · September 10, 2025',
  event: 'Launch',
});

describe('the frame’s code', () => {
  it('has the address, a title, no border, the column’s width and a height', () => {
    const code = frameCode({
      src: 'https://example.org/embed/outcomes/',
      title: 'The “ledger”',
      height: 640,
    });
    expect(code).toBe(
      '<iframe src="https://example.org/embed/outcomes/" title="The “ledger”" width="100%" height="640" style="border: 0; width: 100%;" loading="lazy"></iframe>',
    );
    expect(frameCode({ src: 'x', title: 'a "b" & c', height: 1 })).toContain(
      'title="a &quot;b&quot; &amp; c"',
    );
  });

  it('has a host line that takes heights from the site’s origin alone, for the frame that sent them', () => {
    const line = hostScript('https://example.org');
    expect(line).toMatch(/^<script>.*<\/script>$/);
    expect(line).toContain('e.origin==="https://example.org"');
    expect(line).toContain(`e.data["${HEIGHT_MESSAGE}"]`);
    expect(line).toContain('f.contentWindow===e.source');
    expect(EMBED_SCRIPT).toContain(`{"${HEIGHT_MESSAGE}":`);
  });
});

describe('the height a frame needs', () => {
  it('counts a Korean character a full em and a Latin one less', () => {
    expect(textEms('가나')).toBe(2);
    expect(textEms('ab')).toBeCloseTo(1.2);
    expect(linesOf('가'.repeat(40), 320, 16)).toBe(3);
    expect(linesOf('', 320, 16)).toBe(1);
  });

  it('grows with what the ledger holds and as the column narrows', () => {
    const one = ledgerEmbedHeight(frame, '1 of 2 done', [entry('short')], 700);
    const two = ledgerEmbedHeight(frame, '1 of 2 done', [entry('short'), entry('short')], 700);
    const long = ledgerEmbedHeight(frame, '1 of 2 done', [entry('말 '.repeat(200))], 700);
    expect(two).toBeGreaterThan(one);
    expect(long).toBeGreaterThan(one);
    expect(
      ledgerEmbedHeight(frame, '1 of 2 done', [entry('말 '.repeat(200))], 320),
    ).toBeGreaterThan(long);
    expect(one % 10).toBe(0);
  });

  it('scales the overview’s view to the column: the narrow view below 640 px, the wide one above', () => {
    const views = [
      { name: 'wide', width: 672, height: 200 },
      { name: 'narrow', width: 328, height: 800 },
    ];
    const phone = overviewEmbedHeight(frame, views, ['held', 'planned'], 320);
    const desktop = overviewEmbedHeight(frame, views, ['held', 'planned'], 700);
    expect(phone).toBeGreaterThan(800 * (296 / 328));
    expect(desktop).toBeGreaterThan(200);
    expect(desktop).toBeLessThan(phone);
  });
});

describe('whoSaid', () => {
  it('names the speaker and role, or the report’s own words, then the publisher', () => {
    const source = { publisher: '바이라인네트워크' };
    expect(whoSaid({ speaker: { name: '제이슨 권', role: 'CSO' }, source }, '기사 자체의 말')).toBe(
      '제이슨 권, CSO · 바이라인네트워크',
    );
    expect(whoSaid({ speaker: { name: 'Kim', role: undefined }, source }, 'x')).toBe(
      'Kim · 바이라인네트워크',
    );
    expect(whoSaid({ speaker: undefined, source }, '기사 자체의 말')).toBe(
      '기사 자체의 말 · 바이라인네트워크',
    );
  });
});
