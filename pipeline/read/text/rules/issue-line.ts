// The issue line of a report or brief above its first paragraph: the series and number, the place
// and the month of issue ("Policy Brief No. 14 | Quetta, March 2025"). It dates the document, not a
// happening, and names no actor: furniture. A full date on such a line is a dateline's (dateline.ts).
import { monthAlternation } from '../lexicon.js';
import { MAX_SHORT_LINE, countWords, trimmedSpan, type Furniture, type Line, type PageShape } from '../lines.js';
import { SEGMENT_SEPARATOR } from './segmented-date.js';

/** A month and year closing a segment, a place of issue maybe before it: "Quetta, March 2025", "March 2025". */
const MONTH_OF_ISSUE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’ -]{0,40},[\\s\\u00a0]+)?(?:${monthAlternation})\\.?[\\s\\u00a0]+(?:19|20)\\d{2}$`, 'iu');
/** The other segments: a series, a number, an edition; short, no sentence. */
const MAX_SEGMENT_WORDS = 6;

/**
 * issue-line: above the first paragraph, a line of two to four segments split at " | " or " • ",
 * one of them a month of issue, the others short labels.
 * accepts  "Policy Brief No. 14 | Quetta, March 2025", "Working Paper 7 | June 2024",
 *          "Quarterly Review • Islamabad, October 2023"
 * rejects  the same line below the first paragraph (a heading of the body), "Trade fell | March 2025 |
 *          Exports rose sharply as the border reopened after the talks" (a long segment),
 *          "Iran and Pakistan | Talks" (no month of issue)
 */
export const issueLine = {
  name: 'issue-line',
  find(line: Line, page: PageShape): Furniture | null {
    // A short line only: the separator's pattern backtracks over a long run of blanks.
    if (line.index >= page.topEnd || line.text.length > MAX_SHORT_LINE || !SEGMENT_SEPARATOR.test(line.text)) return null;
    const segments = line.text.trim().split(SEGMENT_SEPARATOR);
    if (segments.length < 2 || segments.length > 4) return null;
    const issued = segments.filter((s) => MONTH_OF_ISSUE.test(s.trim()));
    if (issued.length !== 1) return null;
    if (!segments.every((s) => MONTH_OF_ISSUE.test(s.trim()) || (countWords(s, MAX_SEGMENT_WORDS + 1) <= MAX_SEGMENT_WORDS && !/[.!?]$/.test(s.trim())))) return null;
    const span = trimmedSpan(line);
    return span && { ...span, rule: this.name };
  },
};
