// Running heads and feet of a document saved from print or PDF: the same short line on every page,
// but for its page number ("CBS Policy Brief 14 | March 2025    page 2").
import { countWords, endsLikeSentence, trimmedSpan, type Furniture, type PageShape } from '../lines.js';

/** "page 2", "p. 3", "2 of 7", "Page 2/7" at the end of the line. */
const PAGE_NUMBER = /(?:(?:^|[\s\u00a0|•·–-])(?:page|pg\.?|p\.)[\s\u00a0]*\d{1,4}(?:[\s\u00a0]*(?:of|\/)[\s\u00a0]*\d{1,4})?|[\s\u00a0]\d{1,4}[\s\u00a0]+of[\s\u00a0]+\d{1,4})[\s\u00a0]*$/iu;
const LETTER = /\p{L}/u;
/** A running head is short: a title, a series, a date and a page number. */
const MAX_WORDS = 16;

/** The line as it recurs from page to page: digits, spacing and case aside. */
const recurringForm = (text: string): string => text.trim().toLowerCase().replace(/\d+/g, '0').replace(/[\s\u00a0]+/g, ' ');

/**
 * running-head: a short line, not a sentence, that ends in a page number and recurs on the page (the
 * numbers may change).
 * accepts  "CBS Policy Brief 14 | March 2025    page 2" and "... page 3"; "Border Report — 3 of 9" twice
 * rejects  such a line once; a table's cells ("2021", "19": no letters); a repeated sentence; a line said
 *          twice without a page number ("Background", a speaker's label in a transcript)
 */
export function runningHeads(page: PageShape): Furniture[] {
  const seen = new Map<string, number>();
  const candidates = page.lines.filter((l) => {
    const text = l.text.trim();
    return text && LETTER.test(text) && !endsLikeSentence(text) && countWords(text, MAX_WORDS + 1) <= MAX_WORDS;
  });
  for (const l of candidates) {
    const form = recurringForm(l.text);
    seen.set(form, (seen.get(form) ?? 0) + 1);
  }
  return candidates.flatMap((l) => {
    const times = seen.get(recurringForm(l.text)) ?? 0;
    if (times < 2 || !PAGE_NUMBER.test(l.text)) return [];
    const span = trimmedSpan(l);
    return span ? [{ ...span, rule: 'running-head' }] : [];
  });
}
