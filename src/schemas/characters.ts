/**
 * The characters a text may not hold, because they break or spoof what the site publishes:
 * a control character other than newline and tab (ESC, BS or VT make `rss.xml` invalid XML,
 * so feed readers drop the whole feed, and break the calendars), half of a character (a
 * lone surrogate), and a bidirectional override, embedding or isolate left open (U+202E
 * can make the text after it read backwards, in the pages, the CSV, the calendars and the
 * feeds). An embedding or override (U+202A–U+202E) must be closed by U+202C, an isolate
 * (U+2066–U+2068) by U+2069, in order and on the same line.
 */

/** C0 controls but tab and newline, DEL, and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Embeddings and overrides (LRE, RLE, LRO, RLO), closed by PDF. */
const EMBEDDING = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const POP_EMBEDDING = '\u202C';
/** Isolates (LRI, RLI, FSI), closed by PDI. */
const ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);
const POP_ISOLATE = '\u2069';

/** A character by its code point: `U+202E`. */
export const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first bidirectional control of a line that is not closed in order, or not opened. */
function unpairedBidi(line: string): string | undefined {
  const open: string[] = [];
  for (const character of line) {
    if (EMBEDDING.has(character) || ISOLATE.has(character)) open.push(character);
    else if (character === POP_EMBEDDING || character === POP_ISOLATE) {
      const opener = open.pop();
      const closes = character === POP_EMBEDDING ? EMBEDDING : ISOLATE;
      if (opener === undefined || !closes.has(opener)) return character;
    }
  }
  return open[0];
}

/** Why a text holds a character it may not, or undefined when it holds none. */
export function characterFault(text: string): string | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    return `holds a control character (${codePoint(control[0])}) at character ${control.index + 1}: only newline and tab may be used`;
  }
  if (!text.isWellFormed()) return 'holds half of a character (a lone surrogate)';
  for (const line of text.split('\n')) {
    const bidi = unpairedBidi(line);
    if (bidi !== undefined) {
      return `holds a bidirectional control (${codePoint(bidi)}) that is not paired on its line: close U+202A–U+202E with U+202C and U+2066–U+2068 with U+2069, or remove it`;
    }
  }
  return undefined;
}
