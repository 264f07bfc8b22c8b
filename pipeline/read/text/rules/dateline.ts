// The dateline: a line near the top that holds only the publication date (and its trimmings).
import type { Dateline } from '../../../model.js';
import { findDatePhrases, type DatePhrase } from '../date-phrase.js';
import { weekdayAlternation } from '../lexicon.js';
import { countWords, type Furniture, type Line, type PageShape } from '../lines.js';

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

/** "by" and a capitalised name of one to five words: the byline written into a date line. */
const BY_NAME = /(?<![\p{L}])[Bb]y[\s\u00a0]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[\s\u00a0]+(?:(?:and|&)[\s\u00a0]+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,4}/u;

/**
 * The date of a line that is a date and a byline, the byline blanked so that offsets stay.
 * accepts  "Posted on March 3, 2020 by Jane Doe", "By Jane Doe on 3 March 2020 at 5:00 pm"
 * rejects  "Signed on March 3, 2020 by Iran and Pakistan" ("Signed" is not a trimming),
 *          "Posted by the ministry on March 3, 2020" (no capitalised name)
 */
function bylinedDate(text: string): DatePhrase | null {
  const by = BY_NAME.exec(text);
  if (!by) return null;
  return dateOnly(text.slice(0, by.index) + ' '.repeat(by[0].length) + text.slice(by.index + by[0].length));
}

/** A segment beside the date on a labelled dateline: a byline or a label, not a sentence. */
const LABEL_SEGMENT = /^[\s\u00a0]*[\p{L}][\p{L}\p{M}.'’ -]{0,60}[\s\u00a0]*$/u;
const SEGMENT_SEPARATOR = /[\s\u00a0]+[|•·][\s\u00a0]+/;

/**
 * The date of a line whose segments, split at " | " or " • ", are one date and short labels.
 * accepts  "Ahmed Shah Baloch | Published February 24, 2024", "BREAKING | 27 October 2024, 14:05 GMT"
 * rejects  "Iran | Pakistan talks end without a deal | 3 May" (a headline, not labels),
 *          "Published by Dawn | 3 May 2024 | 5 May 2024" (two dates)
 */
function labelledDate(text: string): { date: DatePhrase; offset: number } | null {
  const segments = text.split(SEGMENT_SEPARATOR);
  if (segments.length < 2 || segments.length > 4) return null;
  let found: { date: DatePhrase; offset: number } | null = null;
  let offset = 0;
  for (const segment of segments) {
    const at = text.indexOf(segment, offset);
    offset = at + segment.length;
    const date = dateOnly(segment);
    if (date) {
      if (found) return null;
      found = { date, offset: at };
    } else if (!LABEL_SEGMENT.test(segment) || countWords(segment, 5) > 4) return null;
  }
  return found;
}

/**
 * A wire-service dateline opening the first paragraph: the place in capitals, the date, the agency.
 * accepts  "ISLAMABAD, Jan 27 (Reuters) - Gunmen shot ...", "TEHRAN, Iran, Aug. 3 (AP) — ...",
 *          "QUETTA, Pakistan, 27 October 2024: ..."
 * rejects  "ISLAMABAD: The caretaker government on Friday ..." (no date: the place alone is left),
 *          "Iran, Jan 27 - ..." (the place is not in capitals)
 */
const WIRE_DATELINE = /^[\s\u00a0]*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[\s\u00a0]*\p{Lu}[\p{L}\p{M} .'’-]{1,40}){0,2},[\s\u00a0]*(?<date>[^()\-–—:]{3,30}?)(?:[\s\u00a0]*\([\p{L} .&]{2,30}\))?[\s\u00a0]*(?:[-–—:]+)[\s\u00a0]*/u;

export function wireDateline(line: Line): DatelineFound | null {
  const m = WIRE_DATELINE.exec(line.text);
  const raw = m?.groups?.date;
  if (!m || !raw) return null;
  const date = dateOnly(raw);
  if (!date) return null;
  const dateStart = line.start + line.text.indexOf(raw, 0) + date.start;
  const dateline: Dateline = { start: dateStart, end: dateStart + date.text.length, text: date.text, year: date.year, month: date.month, day: date.day };
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + m[0].trimEnd().length, rule: 'wire-dateline', dateline, updated: false };
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
 *          "Published on Monday, 5 May 2025 | 10:30 PKT", "Updated: Jan. 3, 2024" (updated: true),
 *          "Posted on March 3, 2020 by Jane Doe"
 * rejects  "On 16 January, Iran's military fired ..." (words besides the date),
 *          "June 10, 2024" below the first 20 lines, "August 2025" (no day)
 */
export const datelineRule = {
  name: 'dateline',
  find(line: Line, page: PageShape): DatelineFound | null {
    if (line.index >= Math.max(TOP_LINES, page.topEnd)) return null;
    if (line.text.length > 120) return line.index <= page.topEnd ? wireDateline(line) : null;
    const plain = dateOnly(line.text);
    const labelled = plain ? null : labelledDate(line.text);
    const date = plain ?? labelled?.date ?? bylinedDate(line.text);
    if (!date) return line.index <= page.topEnd ? wireDateline(line) : null;
    const start = line.start + (labelled?.offset ?? 0) + date.start;
    const dateline: Dateline = { start, end: start + date.text.length, text: date.text, year: date.year, month: date.month, day: date.day };
    const lead = line.text.length - line.text.trimStart().length;
    return { start: line.start + lead, end: line.start + line.text.trimEnd().length, rule: this.name, dateline, updated: UPDATED.test(line.text) };
  },
};
