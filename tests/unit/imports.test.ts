import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's floors (docs/code.md): `src/lib` is the ground floor of pure rules and
 * imports nothing from the model (`src/data`), the output formats (`src/outputs`), the pages
 * or the components; and no module of `src` imports itself through others.
 */
const SRC = 'src';
const CODE = /\.(ts|astro)$/;

function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return path === join(SRC, 'content') ? [] : filesIn(path);
    return CODE.test(item.name) ? [path] : [];
  });
}

const files = filesIn(SRC);
const known = new Set(files);

/** The `src` files a module imports (type-only imports too: they are a dependency of its meaning). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/')
      ? join(SRC, specifier.slice(2))
      : specifier.startsWith('.')
        ? join(dirname(file), specifier)
        : undefined;
    if (base === undefined) return [];
    const path = normalize(base.replace(/\?.*$/, ''));
    const found = [path, `${path}.ts`, join(path, 'index.ts')].find((p) => known.has(p));
    return found ? [found] : [];
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** One cycle through each module that is on one, as a path of files. */
function cycles(): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at !== -1) {
      found.push([...path.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of files) visit(file, []);
  return found;
}

describe('the imports of src', () => {
  it('lib imports nothing from the model, the outputs, the pages or the components', () => {
    const upward = files
      .filter((file) => file.startsWith(join(SRC, 'lib')))
      .flatMap((file) =>
        graph
          .get(file)!
          .filter((to) => /^(data|outputs|pages|components|layouts)\//.test(relative(SRC, to)))
          .map((to) => `${file} → ${to}`),
      );
    expect(upward).toEqual([]);
  });

  it('no module imports itself through others', () => {
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
