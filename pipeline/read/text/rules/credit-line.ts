// The closing credit line: where and when the article was published, written under it
// ("Published in Dawn, May 3rd, 2024", "First published on 3 May 2024", "This article first
// appeared in The Diplomat on May 3, 2024"). Page furniture that tells `published`: its date is
// never a mention.
import type { DatePhrase } from '../date-phrase.js';
import { findDatePhrases } from '../date-phrase.js';
import { alternation, furniture } from '../lexicon.js';
import { MAX_SHORT_LINE, countWords, isProse, isTitleCase, trimmedSpan, type Furniture, type Line, type PageShape } from '../lines.js';
import { TRIMMINGS, ZONE } from './date-only.js';
import { isOpener } from './trailing.js';

const OPENER = new RegExp(`^[\\s\\u00a0•*_-]*(?:${alternation(furniture.creditLineOpeners)})(?![\\p{L}])`, 'iu');
/** What joins the publication's name to the date: ", ", " on ", " dated ", " (". */
const JOINER = /[\s\u00a0,;:(–—-]*(?:(?<![\p{L}])(?:on|dated))?[\s\u00a0,;:(–—-]*$/iu;
/** The publication's name: a few capitalised words ("The Frontier Chronicle"), or nothing. */
const MAX_NAME_WORDS = 8;
const MAX_NAME_CHARS = 120;

/**
 * The date of a credit line: an opener, perhaps the publication's name, one full date, and
 * nothing after it but a time, a zone and a full stop.
 * accepts  "Published in The Frontier Chronicle, May 3rd, 2024", "First published on 21st May 2024.",
 *          "This article first appeared in The Diplomat on 3 May 2024", "Published in Dawn (May 3, 2024)"
 * rejects  "Published in Dawn on May 3, 2024, the study found ..." (the sentence goes on),
 *          "Published in the journal of the society that ... May 3, 2024" (no name), "Published in May 2024" (no day),
 *          "The report, published in Dawn on May 3, 2024" (no opener at the start)
 */
export function creditDate(text: string): DatePhrase | null {
  if (text.length > MAX_SHORT_LINE) return null;
  const opener = OPENER.exec(text);
  if (!opener) return null;
  const rest = text.slice(opener[0].length);
  const dates = findDatePhrases(rest);
  const date = dates[0];
  if (dates.length !== 1 || !date || date.year === null || date.day === null) return null;
  if (rest.slice(date.end).replace(ZONE, ' ').replace(TRIMMINGS, '').replace(/[.)]/g, '').trim()) return null;
  // A name of eight words is short; the cap also keeps JOINER's two runs of blanks cheap.
  if (date.start > MAX_NAME_CHARS) return null;
  const name = rest.slice(0, date.start).replace(JOINER, '');
  if (name.trim() && (countWords(name, MAX_NAME_WORDS + 1) > MAX_NAME_WORDS || !isTitleCase(name))) return null;
  return { ...date, start: opener[0].length + date.start, end: opener[0].length + date.end };
}

/** How many prose paragraphs may follow the credit line (a note, an author's bio); more and the article goes on. */
const MAX_PROSE_AFTER = 2;

export interface CreditLine extends Furniture {
  date: DatePhrase;
}

/**
 * The closing credit line of the page: a credit line below the body's start that closes the
 * article: no "Related"/"More from" opener between the last paragraph and it (a teaser's credit
 * is another story's), and at most two paragraphs after it.
 * rejects  a credit line in the page top, one in a list of other stories, one followed by the article's body
 */
export function closingCredit(page: PageShape): CreditLine | null {
  const { lines } = page;
  // Most pages have none: a credit line is looked for before each line's prose and opener tests are read.
  let first = page.topEnd + 1;
  while (first < lines.length && !creditDate(lines[first]!.text)) first++;
  if (first >= lines.length) return null;
  // One pass from the end: how many paragraphs follow each line before the end or an opener
  // (capped); each line's two tests are kept for the pass down, which asks them again.
  const proseAfter = new Array<number>(lines.length + 1).fill(0);
  const prose = new Uint8Array(lines.length);
  const opener = new Uint8Array(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    opener[i] = Number(isOpener(line));
    prose[i] = Number(isProse(line));
    proseAfter[i] = opener[i] ? 0 : Math.min(MAX_PROSE_AFTER + 1, proseAfter[i + 1]! + prose[i]!);
  }
  let openerSinceProse = false;
  for (let i = page.topEnd + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const date = creditDate(line.text);
    if (!date) {
      if (prose[i]) openerSinceProse = false;
      else if (opener[i]) openerSinceProse = true;
      continue;
    }
    if (openerSinceProse) return null;
    if (proseAfter[i + 1]! > MAX_PROSE_AFTER) continue;
    const span = trimmedSpan(line)!;
    return { ...span, rule: 'credit-line', date: { ...date, start: line.start + date.start, end: line.start + date.end } };
  }
  return null;
}
