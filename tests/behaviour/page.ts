/** Ways to find what a reader sees, shared by the behaviour tests. */
import type { Locator, Page } from '@playwright/test';
import { escape } from '../pages/fixture';

/** An event's entry on the timeline, by its id (the anchor `/#id` lands on). */
export const entry = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** A section of a page, by its heading. */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** An event's marker on the overview: the link its title names, with its date where given. */
export const overviewMarker = (overview: Locator, title: string, date?: string) =>
  overview
    .getByRole('link', {
      name: new RegExp(`^${escape(title)}${date === undefined ? '' : `.*${escape(date)}`}`),
    })
    .first();
