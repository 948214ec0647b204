/**
 * What a content body (the MDX after the frontmatter) may hold: text, Markdown, links to
 * anywhere, and the project's own components with plain string attributes. Nothing that
 * runs or loads from elsewhere: no `<script>` or `<style>`, no event handler, no
 * `javascript:` address, no `import`/`export` but of `@/components/`, no `{…}` expression,
 * and no image, frame, media or other resource from another origin. A body that breaks a
 * rule stops the build, naming the file, its line and what to change.
 *
 * It runs once, in the content pipeline: `bodyRules` is a Sätteri mdast plugin, set in
 * astro.config.mjs as the Markdown processor's, which MDX inherits.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  MdastPluginDefinition,
  MdastVisitorContext,
  MdxJsxFlowElement,
  Position,
} from 'satteri';

/** Elements that run code or restyle the page. */
const CODE_ELEMENTS = new Set(['script', 'style']);
/** Attributes whose value an element loads (every element: `<img>`, `<iframe>`, `<video>`, `<source>`, `<object>`…). */
const RESOURCE_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'poster',
  'data',
  'background',
  'imagesrcset',
]);
/** Elements whose `href` is followed by a visitor, not loaded: links. */
const LINK_ELEMENTS = new Set(['a', 'area']);
/** What an import may name: the project's own components. */
const COMPONENTS = '@/components/';

/** An address with a scheme (`https:`, `data:`…) or protocol-relative (`//host`): not this site's. */
const isElsewhere = (url: string) => /^\s*([a-z][a-z\d+.-]*:|[\\/]{2})/i.test(url);
/** A `javascript:` address, however it is spaced or cased. */
const isScript = (url: string) =>
  /^javascript:/i.test(url.replace(/[\u0000-\u0020\u007f]/g, '').trim());
/** The addresses a `srcset` names, one per comma-separated candidate. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

type Element = Readonly<MdxJsxFlowElement>;

/** Why an element breaks a rule, or undefined when it keeps them. */
export function elementFault(element: Pick<Element, 'name' | 'attributes'>): string | undefined {
  const name = element.name ?? '';
  const tag = name.toLowerCase();
  if (CODE_ELEMENTS.has(tag)) return `a <${name}> element: a body holds content, not code`;
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return `<${name}> spreads attributes ({…}): give each attribute as plain text`;
    }
    const key = attribute.name;
    const lower = key.toLowerCase();
    if (/^on/.test(lower)) return `<${name} ${key}>: an event handler is code, not content`;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      return `<${name} ${key}={…}>: an expression is code; give the attribute as plain text`;
    }
    if (typeof value !== 'string') continue;
    if (isScript(value)) return `<${name} ${key}="${value}">: a javascript: address is code`;
    const urls = lower.endsWith('srcset')
      ? srcsetUrls(value)
      : RESOURCE_ATTRIBUTES.has(lower) || (lower === 'href' && !LINK_ELEMENTS.has(tag))
        ? [value]
        : [];
    const elsewhere = urls.find(isElsewhere);
    if (elsewhere !== undefined) {
      return `<${name} ${key}="${elsewhere}">: loads from another origin, which the site's policy blocks (keep the file in the project, or link to it)`;
    }
  }
  return undefined;
}

/** Why an `import`/`export` block breaks a rule, or undefined when it only imports components. */
export function esmFault(value: string): string | undefined {
  const statements = value
    .split(/\n(?=\s*(?:import|export)\b)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) {
    if (/^export\b/.test(statement)) return `"${firstLine(statement)}": a body exports nothing`;
    const from = /^import\s+[\w$]+\s+from\s+(['"])([^'"]+)\1\s*;?$/.exec(statement);
    if (!from || !from[2]!.startsWith(COMPONENTS) || from[2]!.includes('..')) {
      return `"${firstLine(statement)}": a body may only import the project's own components (import Name from '${COMPONENTS}Name.astro')`;
    }
  }
  return undefined;
}

const firstLine = (text: string) => text.split('\n')[0]!;

/** Why a Markdown link's address breaks a rule: only `javascript:` does. */
export const linkFault = (url: string) =>
  isScript(url) ? `a link to "${url}": a javascript: address is code` : undefined;

/** Why a Markdown image's address breaks a rule: one from another origin does. */
export const imageFault = (url: string) =>
  isElsewhere(url)
    ? `an image from "${url}": loads from another origin, which the site's policy blocks (keep the file in the project)`
    : undefined;

/** The error a fault stops the build with: the file, its line and column, the field, why. */
export class BodyError extends Error {
  override name = 'BodyError';
}

function stop(context: MdastVisitorContext, position: Position | undefined, why: string): never {
  const path = context.fileURL ? fileURLToPath(context.fileURL) : 'a content file';
  const file = path.startsWith(`${process.cwd()}/`) ? relative(process.cwd(), path) : path;
  const where = position ? `:${position.start.line}:${position.start.column}` : '';
  throw new BodyError(`${file}${where}: body: ${why}`);
}

/** Reference-style images (`![alt][ref]`) and definitions, kept to check once both are seen. */
interface References {
  images: { identifier: string; position: Position | undefined }[];
  definitions: Map<string, string>;
}
const references = (context: MdastVisitorContext): References => {
  const data = context.data as Record<string, unknown>;
  return (data['contentBodyReferences'] ??= {
    images: [],
    definitions: new Map(),
  }) as References;
};

/** The rules, as a Sätteri mdast plugin. */
export const bodyRules: MdastPluginDefinition = {
  name: 'content-body-rules',
  options: { position: true },
  mdxjsEsm(node, context) {
    const why = esmFault(node.value);
    if (why) stop(context, node.position, why);
  },
  mdxFlowExpression(node, context) {
    stop(context, node.position, `{${node.value}}: an expression is code, not content`);
  },
  mdxTextExpression(node, context) {
    stop(context, node.position, `{${node.value}}: an expression is code, not content`);
  },
  mdxJsxFlowElement(node, context) {
    const why = elementFault(node);
    if (why) stop(context, node.position, why);
  },
  mdxJsxTextElement(node, context) {
    const why = elementFault(node);
    if (why) stop(context, node.position, why);
  },
  link(node, context) {
    const why = linkFault(node.url);
    if (why) stop(context, node.position, why);
  },
  image(node, context) {
    const why = imageFault(node.url);
    if (why) stop(context, node.position, why);
  },
  imageReference(node, context) {
    references(context).images.push({ identifier: node.identifier, position: node.position });
  },
  definition(node, context) {
    const why = linkFault(node.url);
    if (why) stop(context, node.position, why);
    references(context).definitions.set(node.identifier, node.url);
  },
  after(_root, context) {
    const { images, definitions } = references(context);
    for (const { identifier, position } of images) {
      const why = imageFault(definitions.get(identifier) ?? '');
      if (why) stop(context, position, why);
    }
  },
};
