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
 * A label of issue may name the place of issue before the date: "Released: Quetta, 14 October 2025",
 * "Issued at Islamabad on 3 May 2024". The place is one to three capitalised words (matched with
 * case, unlike the label).
 */
const LABEL_BEFORE_PLACE = new RegExp(`^[\\s\\u00a0]*(?:${alternation(furniture.publicationLabels)})[\\s\\u00a0]*(?::|at(?![\\p{L}])|in(?![\\p{L}]))[\\s\\u00a0]*`, 'iu');
/** A place's name: one to three capitalised words ("Dera Ismail Khan"). */
export const PLACE_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[\\s\\u00a0]\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2}";
const PLACE = new RegExp(`^${PLACE_NAME}(?=,|[\\s\\u00a0]+on[\\s\\u00a0])`, 'u');

/** The text before a date without the place of issue after its label, if there is one. */
function withoutPlaceOfIssue(before: string): string {
  const label = LABEL_BEFORE_PLACE.exec(before);
  const place = label ? PLACE.exec(before.slice(label[0].length)) : null;
  return label && place ? label[0] + before.slice(label[0].length + place[0].length) : before;
}

/**
 * The date of a string that holds a date and nothing more than its trimmings, else null.
 * accepts  "23 January, 2024", "Published on Monday, 5 May 2025 | 10:30 PKT", "Issued: 25 June 2025",
 *          "Released: Quetta, 14 October 2025" (a place of issue after the label)
 * rejects  "On 16 January, Iran fired ..." (other words), "January 25, 2024 - January 26, 2024" (two dates),
 *          "Quetta, 14 October 2025" (a place without a label of issue: a dateline's rules decide)
 */
export function dateOnly(text: string): DatePhrase | null {
  const dates = findDatePhrases(text);
  const date = dates[0];
  if (dates.length !== 1 || !date) return null;
  const rest = (withoutPlaceOfIssue(text.slice(0, date.start)) + ' ' + text.slice(date.end)).replace(ZONE, ' ').replace(TRIMMINGS, '');
  return rest.trim() ? null : date;
}
