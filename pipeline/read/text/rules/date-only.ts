// A string that is a date and nothing more than a date's trimmings: the core of every dateline shape.
import { findDatePhrases, type DatePhrase } from '../date-phrase.js';
import { alternation, furniture, weekdayAlternation } from '../lexicon.js';

/** Words that may stand beside the date on a dateline: the labels of issue ("Issued", "Posted on"), updates, prepositions. */
const DATE_WORDS = alternation([...furniture.publicationLabels, 'updated', 'last', 'first', 'on', 'at', 'modified']);

/** What may stand beside the date on a dateline: bullets, weekdays, "Published", a time, a zone. */
export const TRIMMINGS = new RegExp(
  [
    '[\\s\\u00a0•|·,;:–—\\-/()]+',
    `(?:${weekdayAlternation})\\.?(?![\\p{L}])`,
    `(?:${DATE_WORDS})(?![\\p{L}])`,
    '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:[\\s\\u00a0]*[ap]\\.?m\\.?)?',
  ].join('|'),
  'giu',
);
/** Time-zone abbreviations are upper case ("PKT", "GMT+5"); matched case-sensitively. */
export const ZONE = /(?<![\p{L}])(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})(?![\p{L}])/gu;

/**
 * The date of a string that holds a date and nothing more than its trimmings, else null.
 * accepts  "23 January, 2024", "Published on Monday, 5 May 2025 | 10:30 PKT", "Issued: 25 June 2025"
 * rejects  "On 16 January, Iran fired ..." (other words), "January 25, 2024 - January 26, 2024" (two dates)
 */
export function dateOnly(text: string): DatePhrase | null {
  const dates = findDatePhrases(text);
  const date = dates[0];
  if (dates.length !== 1 || !date) return null;
  const rest = (text.slice(0, date.start) + ' ' + text.slice(date.end)).replace(ZONE, ' ').replace(TRIMMINGS, '');
  return rest.trim() ? null : date;
}
