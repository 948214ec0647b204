/**
 * A small icon for each kind of event, drawn beside its label: one SVG path on a 16×16
 * grid, stroked with the text's colour (never filled), so it reads at 1 rem and in every
 * colour scheme. Decorative: the label beside it says the kind.
 */
import type { EventKind } from './vocabulary';

export const KIND_ICON_SIZE = 16;

export const kindIcons: Record<EventKind, string> = {
  // Two linked rings.
  partnership:
    'M6 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM10 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  // A laptop.
  workshop: 'M3 3.5h10v7H3zM1.5 13h13',
  // A calendar page.
  program: 'M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3',
  // A four-pointed spark.
  festival: 'M8 1.5l1.6 4.9 4.9 1.6-4.9 1.6L8 14.5l-1.6-4.9L1.5 8l4.9-1.6z',
  // A flag.
  launch: 'M3.5 14.5V2M3.5 2.5h9l-2 3 2 3h-9',
  // A page with a folded corner.
  mou: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M6 8h4M6 11h4',
  // Two people.
  community:
    'M6 3a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM2 13.5c0-2.5 1.8-4 4-4s4 1.5 4 4M11 4a1.7 1.7 0 0 1 0 3.4M12 9.6c1.5.4 2.5 1.7 2.5 3.9',
  // Code brackets.
  conference: 'M5.5 4L1.5 8l4 4M10.5 4l4 4-4 4',
  // A microphone.
  'press-conference':
    'M6 3.5a2 2 0 0 1 4 0v4a2 2 0 0 1-4 0zM3.5 7.5a4.5 4.5 0 0 0 9 0M8 12v2.5M5.5 14.5h5',
  // A person, ticked.
  appointment:
    'M7 2.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5zM2 14c0-3 2.2-5 5-5 1 0 1.9.2 2.6.7M10 12l1.5 1.5 3-3',
  // A page, ticked.
  agreement: 'M3.5 1.5h9v13h-9zM6 8l1.7 1.7 2.8-3.2',
  // An open book.
  publication:
    'M8 4C6.5 3 4.5 2.5 1.5 2.5v10c3 0 5 .5 6.5 1.5 1.5-1 3.5-1.5 6.5-1.5v-10c-3 0-5 .5-6.5 1.5zM8 4v10',
  // A columned building.
  'government-statement': 'M1.5 6L8 2l6.5 4zM3 6.5v6M6.3 6.5v6M9.7 6.5v6M13 6.5v6M1.5 14.5h13',
  // Two speech bubbles.
  meeting: 'M1.5 2.5h8v5h-5l-2 2v-2h-1zM9.5 6.5h5v5h-1v2l-2-2h-4v-2',
  // A balance.
  lawsuit: 'M8 2v12.5M4.5 14.5h7M2.5 4h11M4.5 4l-2 5h4zM11.5 4l-2 5h4z',
};

/**
 * Every icon as one SVG file of symbols, `<symbol id="<kind>">` each: pages point at it
 * (`<use href="/kinds.svg#mou">`) rather than repeat a path in every timeline entry, and
 * the reader's browser fetches and keeps it once.
 */
export function kindSprite(): string {
  const symbols = Object.entries(kindIcons).map(
    ([kind, path]) =>
      `<symbol id="${kind}" viewBox="0 0 ${KIND_ICON_SIZE} ${KIND_ICON_SIZE}"><path d="${path}"/></symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}
