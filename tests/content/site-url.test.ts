/**
 * A real address or none: a build told its address (`SITE_URL`) carries no other, and a
 * build told none stops, saying how to give one, rather than publish this machine's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro, childEnv, copyProject, fixtureBuild, remove } from '../support/project.mjs';

const copies: string[] = [];
afterAll(() => Promise.all(copies.map(remove)));

describe('the site’s address', () => {
  it.concurrent('a build with SITE_URL set has no localhost in any file', async () => {
    // The fixture's build, made for SITE_URL=https://timeline.example/ (and kept between
    // runs while nothing it is made from changes): the same code as the site's.
    const { dist } = await fixtureBuild();
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(50);
    const local = files.filter((file) => readFileSync(file).includes('localhost'));
    expect(local.map((file) => relative(dist, file))).toEqual([]);
  });

  it.concurrent('`astro build` without SITE_URL stops, saying how to set it', async () => {
    const dir = copyProject({ prefix: 'site-url' });
    copies.push(dir);
    const { code, output } = await astro(dir, ['build'], { env: { SITE_URL: '' } });
    expect(code, output).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('SITE_URL=https://example.org npm run build');
  });
});

describe('a build started from a test', () => {
  it('runs as from a shell: without the address and the NODE_ENV that Vitest sets', () => {
    // Vitest sets both here; a build that inherited NODE_ENV=test built as for development,
    // about six times slower, and one that inherited SITE had every address on localhost.
    expect(process.env['NODE_ENV']).toBe('test');
    expect(process.env['SITE']).toBeDefined();
    const env: Record<string, string | undefined> = childEnv();
    expect(env['NODE_ENV']).toBeUndefined();
    expect(env['SITE']).toBeUndefined();
  });
});
