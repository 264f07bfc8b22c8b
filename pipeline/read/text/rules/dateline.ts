// The dateline: a line near the top that holds only the publication date (and its trimmings).
import type { Dateline } from '../../../model.js';
import { findDatePhrases, type DatePhrase } from '../date-phrase.js';
import { weekdayAlternation } from '../lexicon.js';
import type { Furniture, Line, PageShape } from '../lines.js';

/** What may stand beside the date on a dateline: bullets, weekdays, "Published", a time, a zone. */
const TRIMMINGS = new RegExp(
  [
    '[\\s\\u00a0•|·,;:–—\\-/()]+',
    `(?:${weekdayAlternation})\\.?(?![\\p{L}])`,
    '(?:published|posted|updated|last|first|on|at|date|dated|modified)(?![\\p{L}])',
    '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:[\\s\\u00a0]*[ap]\\.?m\\.?)?',
  ].join('|'),
  'giu',
);
/** Time-zone abbreviations are upper case ("PKT", "GMT+5"); matched case-sensitively. */
const ZONE = /(?<![\p{L}])(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})(?![\p{L}])/gu;
const UPDATED = /^[\s\u00a0•]*(?:last[\s\u00a0]+)?(?:updated|modified)\b/i;

/** The date of a string that holds a date and nothing more than its trimmings, else null. */
export function dateOnly(text: string): DatePhrase | null {
  const dates = findDatePhrases(text);
  const date = dates[0];
  if (dates.length !== 1 || !date) return null;
  const rest = (text.slice(0, date.start) + ' ' + text.slice(date.end)).replace(ZONE, ' ').replace(TRIMMINGS, '');
  return rest.trim() ? null : date;
}

/** Lines this far down still count as the top of the page (a caption may come before the title). */
const TOP_LINES = 20;

export interface DatelineFound extends Furniture {
  dateline: Dateline;
  updated: boolean;
}

/**
 * dateline: a line of the page top that is a date, nothing more.
 * accepts  "23 January, 2024", "January 25, 2024", "  • 08 Aug, 22:59" (no year: year null),
 *          "Published on Monday, 5 May 2025 | 10:30 PKT", "Updated: Jan. 3, 2024" (updated: true)
 * rejects  "On 16 January, Iran's military fired ..." (words besides the date),
 *          "June 10, 2024" below the first 20 lines, "August 2025" (no day)
 */
export const datelineRule = {
  name: 'dateline',
  find(line: Line, page: PageShape): DatelineFound | null {
    if (line.index >= Math.max(TOP_LINES, page.topEnd) || line.text.length > 120) return null;
    const date = dateOnly(line.text);
    if (!date) return null;
    const start = line.start + date.start;
    const dateline: Dateline = { start, end: line.start + date.end, text: date.text, year: date.year, month: date.month, day: date.day };
    const lead = line.text.length - line.text.trimStart().length;
    return { start: line.start + lead, end: line.start + line.text.trimEnd().length, rule: this.name, dateline, updated: UPDATED.test(line.text) };
  },
};
