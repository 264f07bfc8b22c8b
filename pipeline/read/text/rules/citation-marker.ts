// In-text citation markers of a report or an encyclopaedia page: "... near Mirjaveh.[3] Five were
// released". They point to the notes, say nothing themselves, and hide the sentence break after them.
import type { Furniture, PageShape } from '../lines.js';

/** "[3]", "[12]", "[3, 4]", "[3–5]" right after a word, a number or punctuation (no space before). */
const MARKER = /(?<=[\p{L}\p{N}.,;:!?'"’”)])\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/gu;

/**
 * citation-marker: a bracketed note number glued to the text before it.
 * accepts  "Mirjaveh.[3]", "in 2023.[8]", "the border[4] and", "filing[3, 4]"
 * rejects  "[Getty]" (a photo credit: letters), "[1] IRNA, ..." opening a line (a note itself: the
 *          notes list is a trailing zone), "array [3]" (a space before), "[2024]" (four digits: a year)
 */
export function citationMarkers(page: PageShape): Furniture[] {
  const found: Furniture[] = [];
  for (const line of page.lines) {
    if (!line.text.includes('[')) continue;
    for (const m of line.text.matchAll(MARKER)) {
      found.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, rule: 'citation-marker' });
    }
  }
  return found;
}
