/**
 * The content pipeline of a build, without the build: each collection of
 * `src/content.config.ts` read by its own loader (Astro's `glob()` and `file()`, the ones
 * the build runs) from a folder of content, every entry checked against its collection's
 * schema, then the model built from them (`getModel()`, what every page reads) and each
 * language's site projected from it, so the checks between entries run as in `astro build`.
 * For Vitest run with the project's Vite config (`getViteConfig`), where `astro:content`
 * resolves; the test replaces its `getCollection` with `readCollection` below.
 */
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { collections } from '@/content.config';

/** An entry as a loader stores it, and as `getCollection` returns it. */
interface Stored {
  id: string;
  collection: string;
  data: unknown;
  body?: string;
  filePath?: string;
}

/** What each collection's loader stored, by collection, for `readCollection`. */
const stores = new Map<string, Map<string, Stored>>();

/** `getCollection` over what `loadContent` read last. */
export const readCollection = async (name: string) => [...(stores.get(name)?.values() ?? [])];

/** How a file's frontmatter and body are read, as Astro's MDX and YAML entry types do. */
const entryTypes = new Map([
  [
    '.mdx',
    {
      getEntryInfo: ({ contents }: { contents: string }) => {
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(contents);
        return {
          data: (match ? parse(match[1]!) : {}) ?? {},
          body: match ? contents.slice(match[0].length) : contents,
        };
      },
    },
  ],
  ['.yaml', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: parse(contents) }) }],
]);

/**
 * Reads the content in `dir/src/content` as the build does: every collection by its loader,
 * each entry parsed by its schema. A schema fault throws as the build stops, naming the file
 * (relative to `dir`) and each field with its message: `src/content/events/a.mdx: date: …`.
 */
export async function loadContent(dir: string): Promise<void> {
  const root = pathToFileURL(`${dir}/`);
  stores.clear();
  for (const [name, collection] of Object.entries(collections)) {
    const store = new Map<string, Stored>();
    stores.set(name, store);
    const { loader, schema } = collection as unknown as {
      loader: { load: (context: object) => Promise<void> };
      schema: {
        safeParseAsync: (data: unknown) => Promise<
          | { success: true; data: unknown }
          | {
              success: false;
              error: { issues: { path: PropertyKey[]; message: string }[] };
            }
        >;
      };
    };
    await loader.load({
      collection: name,
      config: { root, srcDir: new URL('src/', root), prerenderConflictBehavior: 'error' },
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      entryTypes,
      generateDigest: (contents: string) => String(contents.length),
      store: {
        keys: () => [...store.keys()],
        get: (id: string) => store.get(id),
        has: (id: string) => store.has(id),
        values: () => [...store.values()],
        entries: () => [...store.entries()],
        delete: (id: string) => store.delete(id),
        clear: () => store.clear(),
        set: (entry: Omit<Stored, 'collection'>) => {
          store.set(entry.id, { ...entry, collection: name });
          return true;
        },
        addModuleImport() {},
        addAssetImports() {},
      },
      parseData: async ({ data, filePath }: { data: unknown; filePath: string }) => {
        const parsed = await schema.safeParseAsync(data);
        if (parsed.success) return parsed.data;
        const file = posix.relative(dir, filePath);
        const fields = parsed.error.issues.map(
          (issue) => `  ${issue.path.map(String).join('.')}: ${issue.message}`,
        );
        throw new Error(`${file}: data does not match the ${name} schema:\n${fields.join('\n')}`);
      },
    });
  }
}
