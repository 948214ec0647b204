/**
 * Every file of `src/content/` is read as what its name says, or the build stops naming it.
 * Astro's glob loader skips without a word a file its pattern does not match
 * (`upper-case.MDX`, `notes.txt`, a file in a misspelt folder), reads a name that is not an
 * id as another id (`Launch Day.mdx` as `launch-day`), and takes a front-matter `slug` as
 * the entry's id (`'../../../escaped'` then breaks every route to it, in a message that
 * names no file). Here a file must be matched by a collection's pattern, an entry's name
 * must be an id already (lower-case letters, digits, hyphens), and no entry may carry a
 * `slug`: its file name is its id.
 */
import { globSync, readdirSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** Left in folders by the system, not by an editor: not content, and not refused. */
const SYSTEM_FILES = new Set(['.DS_Store']);
/** A name that is an id as it is written. */
const ID = /^[a-z\d][a-z\d-]*$/;

const toPosix = (path: string) => path.split(sep).join(posix.sep);

/**
 * Why each file of `contentDir` that no pattern (relative to it) matches is not read.
 * Paths are given from `root`.
 */
export function unreadFiles(
  root: string,
  contentDir: string,
  patterns: readonly string[],
): string[] {
  const read = new Set(globSync([...patterns], { cwd: contentDir }).map(toPosix));
  const where = toPosix(relative(root, contentDir));
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !SYSTEM_FILES.has(entry.name))
    .map((entry) => toPosix(relative(contentDir, `${entry.parentPath}/${entry.name}`)))
    .filter((file) => !read.has(file))
    .map(
      (file) =>
        `${where}/${file}: is read by no collection (each file here must match one of ${patterns.join(', ')}): rename it, or move it out of ${where}/`,
    );
}

/**
 * Why an entry (its file, from the root, and its raw data) would not be read as its name
 * says: a name not written as an id, or a `slug`, which would replace it.
 */
export function entryFault(file: string, data: Record<string, unknown>): string | undefined {
  if (!ID.test(posix.basename(file).replace(/\.[a-z]+$/, ''))) {
    return `${file}: its name is its id, and must be written as one: lower-case letters, digits and hyphens`;
  }
  if ('slug' in data) {
    return `${file}: slug: an entry has no slug: its file name is its id (rename the file instead)`;
  }
  return undefined;
}

/**
 * The loaders of the content folder `content` (relative to the project's root), sharing
 * the list of what they read: `entriesIn` reads a folder of entries with Astro's glob
 * loader, refusing an entry whose name is not an id or that gives a `slug`;
 * `everyFileRead` wraps a loader that every build runs (the record's) to check, once every
 * collection is defined, that each file of the folder is read by one of them
 * (`record.yaml`, each language's `ui.json`, read by src/i18n/strings.ts, and a
 * `README.md` at the top, besides).
 */
export function contentLoaders(content: string) {
  // The record, each language's words, and the folder's own notes for editors.
  const read = ['record.yaml', '*/ui.json', 'README.md'];
  const rootOf = (context: LoaderContext) => fileURLToPath(context.config.root);
  return {
    entriesIn(base: string, pattern: string): Loader {
      read.push(posix.join(posix.relative(content, base), pattern));
      const loader = glob({ base, pattern });
      return {
        ...loader,
        load: (context) =>
          loader.load({
            ...context,
            parseData: (props) => {
              const file = toPosix(relative(rootOf(context), props.filePath ?? props.id));
              const fault = entryFault(file, props.data);
              if (fault) throw new Error(fault);
              return context.parseData(props);
            },
          }),
      };
    },
    everyFileRead(loader: Loader): Loader {
      return {
        ...loader,
        load: (context) => {
          const root = rootOf(context);
          const faults = unreadFiles(root, posix.join(root, content), read);
          if (faults.length > 0) throw new Error(faults.join('\n'));
          return loader.load(context);
        },
      };
    },
  };
}
