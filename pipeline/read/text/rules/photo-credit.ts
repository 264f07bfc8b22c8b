// Photo credits at the end of a caption: the credit is furniture, the caption before it content.
import { alternation, furniture } from '../lexicon.js';
import type { Furniture, Line } from '../lines.js';

const agency = new RegExp(`(?<![\\p{L}])(?:${alternation(furniture.photoAgencies)}|Photo|Image|Credit)(?![\\p{L}])`, 'u');
const slashCredit = new RegExp(`(?<![\\p{L}])(?:${alternation(furniture.photoAgencies)})\\/\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}.'’-]*){0,4}[\\s\\u00a0]*$`, 'u');

/** "Photo: PID", "Image credit: AFP/Getty Images" after the caption's last sentence: at most five words, no full stop. */
const labelledCredit = /(?<=[.!?]["”’)]?[\s\u00a0]+)(?:(?:Photo(?:graph)?|Image|Picture)(?:[\s\u00a0]+[Cc]redits?)?|Credits?)[\s\u00a0]*:[\s\u00a0]*\p{Lu}[\p{L}\p{M}'’&/-]*(?:[\s\u00a0]+[\p{L}\p{M}'’&/-]+){0,4}[\s\u00a0]*$/u;

/** How much of a line's end can hold a credit. */
const TAIL = 160;

/**
 * photo-credit: a bracketed credit, or AGENCY/Photographer, closing a line.
 * accepts  "... a negative impact on bilateral relations. [Getty]",
 *          "... Feb. 8, 2024. (Ministry of Foreign Affairs via AP, File)", "(AP Photo/Anjum Naveed)",
 *          "... in Karachi, Pakistan January 18, 2024. REUTERS/Akhtar Soomro",
 *          "... at the border market on May 18, 2023. Photo: PID"
 * rejects  "... Jaish al-Adl (Army of Justice), which ..." (not at the line end, no agency),
 *          "... the Balochistan Liberation Army (BLA)" (no agency word inside the brackets),
 *          "... the report said. Photo: the ministry released pictures of the site." (a sentence, not a credit)
 */
export const photoCredit = {
  name: 'photo-credit',
  find(line: Line): Furniture | null {
    // A credit is short and closes the line: only the line's tail is looked at.
    const full = line.text.trimEnd();
    const offset = Math.max(0, full.length - TAIL);
    const text = full.slice(offset);
    const close = text.slice(-1);
    if (close === ']' || close === ')') {
      const open = text.lastIndexOf(close === ']' ? '[' : '(');
      const inner = open === -1 ? '' : text.slice(open + 1, -1);
      if (open !== -1 && inner.length <= 100 && agency.test(inner) && (open + offset === 0 || /[.!?"”’\s]$/.test(text.slice(Math.max(0, open - 2), open)))) {
        return { start: line.start + offset + open, end: line.start + full.length, rule: this.name };
      }
    }
    // Each pattern needs its ":" or "/": a tail without one is turned away before the regex
    // tries every position of it (most lines are prose and hold neither).
    const labelled = text.includes(':') ? labelledCredit.exec(text) : null;
    if (labelled) return { start: line.start + offset + labelled.index, end: line.start + full.length, rule: this.name };
    const slash = text.includes('/') ? slashCredit.exec(text) : null;
    if (slash && (slash.index + offset === 0 || /[.!?"”’]\s*$/.test(text.slice(Math.max(0, slash.index - 3), slash.index)))) {
      return { start: line.start + offset + slash.index, end: line.start + offset + slash.index + slash[0].trimEnd().length, rule: this.name };
    }
    return null;
  },
};
