/** Ways to find what a reader sees, shared by the behaviour tests. */
import type { Locator, Page } from '@playwright/test';
import { escape } from '../pages/fixture';

/** An event's entry on the timeline, by its id (the anchor `/#id` lands on). */
export const entry = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** The value of a fact in a description list (`<dt>` → `<dd>`), by the fact's name. */
export const fact = (page: Page, term: string) =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) })
    .locator('xpath=following-sibling::dd[1]');

/** A link of the site's main menu, by its name; `menu` is the menu's own name. */
export const menuLink = (page: Page, menu: string, name: string) =>
  page.getByRole('navigation', { name: menu }).getByRole('link', { name });

/** A section of a page, by its heading. */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** An event's marker on the overview: the link its title names, with its date where given. */
export const overviewMarker = (overview: Locator, title: string, date?: string) =>
  overview
    .getByRole('link', {
      name: new RegExp(`^${escape(title)}${date === undefined ? '' : `.*${escape(date)}`}`),
    })
    .first();
