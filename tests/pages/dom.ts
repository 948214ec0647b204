/**
 * The fixture's built pages as a reader's browser parses them, with no script run (the
 * site ships none) and nothing fetched: a page's HTML in a DOM (happy-dom), queried with
 * Testing Library by role and name (`screen.getByRole('link', { name })`), as a reader
 * finds things. Each page is parsed once per worker process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { within } from '@testing-library/dom';
import { Window } from 'happy-dom';
import { FIXTURE_DIST } from '../support/project.mjs';
import { escape, siteUrl } from './fixture';

export { escape };

/** A file of the fixture's build, by its path below the root: `rss.xml`, `events/a.ics`. */
export const file = (path: string) => readFileSync(join(FIXTURE_DIST, path), 'utf8');
/** Whether the build has a file at `path`. */
export const exists = (path: string) => existsSync(join(FIXTURE_DIST, path));

const parsed = new Map<string, Document>();

/**
 * A page of the build by its path below the root (`''`, `en/events/a/`, `404.html`): its
 * document, and Testing Library's queries over its body.
 */
export function open(path: string) {
  let document = parsed.get(path);
  if (!document) {
    const name = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    const window = new Window({
      url: siteUrl(path),
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
      },
    });
    window.document.write(file(name));
    document = window.document as unknown as Document;
    parsed.set(path, document);
  }
  return { document, screen: within(document.body) };
}

/** Testing Library's queries within one element. */
export { within };

/** Words with their white space collapsed, as a reader reads them (and Playwright compares). */
export const squash = (words: string) => words.replace(/\s+/g, ' ').trim();

/** An element's text as a reader reads it: its words, white space collapsed. */
export const text = (node: Node | null | undefined) => squash(node?.textContent ?? '');

/** Each element's text, in order. */
export const texts = (nodes: Iterable<Node>) => [...nodes].map(text);

/** An element by its id (the anchor `/#id` lands on), or an error naming it. */
export function byId(document: Document, id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no element with the id "${id}" in ${document.URL}`);
  return found;
}

/** The value of a fact in a description list (`<dt>` → `<dd>`), by the fact's name; or undefined. */
export function fact(scope: HTMLElement, term: string): HTMLElement | undefined {
  const dt = within(scope)
    .queryAllByRole('term')
    .find((element) => text(element) === term);
  const dd = dt?.nextElementSibling;
  return dd?.tagName === 'DD' ? (dd as HTMLElement) : undefined;
}

/** A section of a page, by its heading (its accessible name, exactly). */
export const region = (scope: HTMLElement, name: string | RegExp) =>
  within(scope).getByRole('region', { name });

/** The same, or null where the page has no such section. */
export const queryRegion = (scope: HTMLElement, name: string | RegExp) =>
  within(scope).queryByRole('region', { name });

/** A name that starts with `text` (Testing Library's string names match exactly). */
export const startsWith = (text: string) => new RegExp(`^${escape(text)}`);

/** A link's address as written in the page. */
export const href = (element: Element) => element.getAttribute('href');

/**
 * The page's own banner or content information (its `<header>`, `<footer>`): Testing
 * Library's roles give every `<header>` and `<footer>` those roles, where HTML-AAM gives them
 * only outside an article, aside, main, nav or section (as a browser's accessibility tree
 * does). The one, or an error.
 */
export function landmark(document: Document, role: 'banner' | 'contentinfo'): HTMLElement {
  const own = within(document.body)
    .queryAllByRole(role)
    .filter((element) => !element.parentElement?.closest('article, aside, main, nav, section'));
  if (own.length !== 1)
    throw new Error(`${document.URL} has ${own.length} elements of role ${role}`);
  return own[0]!;
}

/** The same, or null where the page has none. */
export const queryLandmark = (document: Document, role: 'banner' | 'contentinfo') =>
  within(document.body)
    .queryAllByRole(role)
    .find((element) => !element.parentElement?.closest('article, aside, main, nav, section')) ??
  null;
