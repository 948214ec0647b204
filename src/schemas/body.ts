/**
 * What a content body (the MDX after the frontmatter) may hold, by allowlist: the Markdown
 * and the components listed below, nothing else. A rule that lists what is forbidden misses
 * what nobody thought of (`<meta http-equiv="refresh">`, `<iframe srcdoc>`, a `style`
 * attribute, an SVG `<image>`); here anything not listed stops the build, naming the file,
 * its line and column, and the element, attribute or address. To use more, add it to a list
 * with what it is for, and to docs/content.md ("What a body may hold").
 *
 * It runs once, in the content pipeline: `bodyRules` is a Sätteri mdast plugin, set in
 * astro.config.mjs as the Markdown processor's, which MDX inherits.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  MdastNode,
  MdastPluginDefinition,
  MdastVisitorContext,
  MdxJsxFlowElement,
  Position,
} from 'satteri';

/** The Markdown a body may use, by the node it is read as: what each is for. */
export const MARKDOWN = {
  root: 'the body itself',
  paragraph: 'a paragraph',
  text: 'the words',
  emphasis: 'emphasis (*…*)',
  strong: 'strong emphasis (**…**)',
  heading: 'a heading (## …)',
  list: 'a list (- …, 1. …)',
  listItem: 'an item of a list',
  blockquote: 'a block quotation (> …)',
  break: 'a line break within a paragraph',
  thematicBreak: 'a break between sections (---)',
  link: 'a link ([세계일보](https://…), how a source is cited): http, https, mailto or this site',
  linkReference: 'a link to a definition ([세계일보][1])',
  definition: 'the address of a link or image reference ([1]: https://…)',
  image: 'an image kept in the project (![…](/…)); none from another origin',
  imageReference: 'an image by reference, with the same rule',
  mdxjsEsm: 'the import of a component of COMPONENTS, from its own file',
  mdxJsxFlowElement: 'a component of COMPONENTS, on a line of its own',
  mdxJsxTextElement: 'a component of COMPONENTS, within a sentence',
} as const;

/** The components a body may use, each imported from its file, with the attributes it takes. */
export const COMPONENTS = {
  /** The record's as-of date in the page's language (docs/content.md, "As of when…"). */
  AsOf: { file: '@/components/AsOf.astro', attributes: [] },
} as const satisfies Record<string, { file: string; attributes: readonly string[] }>;

/** The addresses a link may lead to: these schemes, or none (this site). */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

const allowedElements = Object.keys(COMPONENTS)
  .map((name) => `<${name} />`)
  .join(', ');
const isComponent = (name: string): name is keyof typeof COMPONENTS =>
  Object.hasOwn(COMPONENTS, name);

/**
 * An address's scheme (`https`, `javascript`), read as a browser reads it (ignoring the
 * blanks and controls it ignores), or undefined for an address on this site.
 */
const schemeOf = (url: string) =>
  /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
/** An address with a scheme or protocol-relative (`//host`): not this site's. */
const isElsewhere = (url: string) =>
  schemeOf(url) !== undefined || /^[\\/]{2}/.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));

type Element = Readonly<MdxJsxFlowElement>;

/** Why an element is not one a body may hold, or undefined when it is, as it is written. */
export function elementFault(element: Pick<Element, 'name' | 'attributes'>): string | undefined {
  const name = element.name ?? '';
  if (!isComponent(name)) {
    return `<${name}> is not an element a body may hold (it may hold Markdown and ${allowedElements}; docs/content.md)`;
  }
  const allowed: readonly string[] = COMPONENTS[name].attributes;
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return `<${name} {…}>: a body spreads no attributes`;
    }
    if (!allowed.includes(attribute.name)) {
      const takes = allowed.length > 0 ? allowed.join(', ') : 'none';
      return `<${name} ${attribute.name}>: not an attribute <${name}> may take in a body (it takes ${takes})`;
    }
    if (attribute.value !== null && typeof attribute.value !== 'string') {
      return `<${name} ${attribute.name}={…}>: an expression is code; give the attribute as plain text`;
    }
  }
  return undefined;
}

/** Why an `import`/`export` block breaks a rule, or undefined when it only imports allowed components. */
export function esmFault(value: string): string | undefined {
  const statements = value
    .split(/\n(?=\s*(?:import|export)\b)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) {
    if (/^export\b/.test(statement)) return `"${firstLine(statement)}": a body exports nothing`;
    const from = /^import\s+([\w$]+)\s+from\s+(['"])([^'"]+)\2\s*;?$/.exec(statement);
    const name = from?.[1] ?? '';
    if (!isComponent(name) || from?.[3] !== COMPONENTS[name].file) {
      const allowed = Object.entries(COMPONENTS)
        .map(([component, { file }]) => `import ${component} from '${file}'`)
        .join(', ');
      return `"${firstLine(statement)}": a body may only import the components it may use (${allowed})`;
    }
  }
  return undefined;
}

const firstLine = (text: string) => text.split('\n')[0]!;

/** Why a link's address breaks a rule: a scheme other than http, https or mailto does. */
export function linkFault(url: string): string | undefined {
  const scheme = schemeOf(url);
  return scheme === undefined || LINK_SCHEMES.has(scheme)
    ? undefined
    : `a link to "${url}": a link leads to an http, https or mailto address, or to this site (${scheme}: is not one)`;
}

/** Why an image's address breaks a rule: one from another origin does. */
export const imageFault = (url: string) =>
  isElsewhere(url)
    ? `an image from "${url}": loads from another origin, which the site's policy blocks (keep the file in the project)`
    : undefined;

/** Why a node of the body is not one it may hold; `definitions` gives a reference's address. */
export function nodeFault(
  node: Readonly<MdastNode>,
  definitions: ReadonlyMap<string, string>,
): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return esmFault(node.value);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementFault(node);
    case 'link':
    case 'definition':
      return linkFault(node.url);
    case 'image':
      return imageFault(node.url);
    case 'imageReference':
      return imageFault(definitions.get(node.identifier) ?? '');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `{${node.value}}: an expression is code, not content`;
  }
  return Object.hasOwn(MARKDOWN, node.type)
    ? undefined
    : `${node.type} is not Markdown a body may hold (see MARKDOWN in src/schemas/body.ts; docs/content.md)`;
}

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

/** Every node of a tree, in document order. */
function* nodes(node: Readonly<MdastNode>): Generator<Readonly<MdastNode>> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodes(child as MdastNode);
}

/** The rules, as a Sätteri mdast plugin: the whole tree, once it is read, node by node. */
export const bodyRules: MdastPluginDefinition = {
  name: 'content-body-rules',
  options: { position: true },
  after(root, context) {
    const definitions = new Map<string, string>();
    for (const node of nodes(root)) {
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
    }
    for (const node of nodes(root)) {
      const why = nodeFault(node, definitions);
      if (why) stop(context, node.position, why);
    }
  },
};
