// Photo credits at the end of a caption: the credit is furniture, the caption before it content.
import { alternation, furniture } from '../lexicon.js';
import type { Furniture, Line } from '../lines.js';

const agency = new RegExp(`(?<![\\p{L}])(?:${alternation(furniture.photoAgencies)}|Photo|Image|Credit)(?![\\p{L}])`, 'u');
const slashCredit = new RegExp(`(?<![\\p{L}])(?:${alternation(furniture.photoAgencies)})\\/\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}.'’-]*){0,4}[\\s\\u00a0]*$`, 'u');

/**
 * photo-credit: a bracketed credit, or AGENCY/Photographer, closing a line.
 * accepts  "... a negative impact on bilateral relations. [Getty]",
 *          "... Feb. 8, 2024. (Ministry of Foreign Affairs via AP, File)", "(AP Photo/Anjum Naveed)",
 *          "... in Karachi, Pakistan January 18, 2024. REUTERS/Akhtar Soomro"
 * rejects  "... Jaish al-Adl (Army of Justice), which ..." (not at the line end, no agency),
 *          "... the Balochistan Liberation Army (BLA)" (no agency word inside the brackets)
 */
export const photoCredit = {
  name: 'photo-credit',
  find(line: Line): Furniture | null {
    const text = line.text.trimEnd();
    const close = text.slice(-1);
    if (close === ']' || close === ')') {
      const open = text.lastIndexOf(close === ']' ? '[' : '(');
      const inner = open === -1 ? '' : text.slice(open + 1, -1);
      if (open !== -1 && inner.length <= 100 && agency.test(inner) && (open === 0 || /[.!?"”’\s]$/.test(text.slice(0, open)))) {
        return { start: line.start + open, end: line.start + text.length, rule: this.name };
      }
    }
    const slash = slashCredit.exec(text);
    if (slash && (slash.index === 0 || /[.!?"”’]\s*$/.test(text.slice(0, slash.index)))) {
      return { start: line.start + slash.index, end: line.start + slash.index + slash[0].trimEnd().length, rule: this.name };
    }
    return null;
  },
};
