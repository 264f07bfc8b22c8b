// Date lines written as segments split at " | " or " • ": a masthead (the paper's name, a service,
// the Gregorian date and the same day in another calendar), a byline beside the date, or a
// labelled date of issue beside a long credit ("Issued: 25 June 2025 | Prepared by ...").
import { findDatePhrases, type DatePhrase } from '../date-phrase.js';
import { alternation, furniture } from '../lexicon.js';
import { countWords } from '../lines.js';
import { dateOnly } from './date-only.js';

const BLANK = '[\\s\\u00a0]';
export const SEGMENT_SEPARATOR = /[\s\u00a0]+[|•·][\s\u00a0]+/;
/** A masthead holds the name, a service or edition, the date, the date in another calendar and little more. */
const MAX_SEGMENTS = 6;

/** A segment beside the date: a name or a label of at most four words, not a sentence. */
const LABEL_SEGMENT = /^[\s\u00a0]*[\p{L}][\p{L}\p{M}.'’ -]{0,60}[\s\u00a0]*$/u;
const MAX_LABEL_WORDS = 4;

/**
 * The same day in another calendar (Hijri, Solar Hijri): a day, one to three month words, a year
 * of 1300–1499 (no Gregorian year of a news page) and maybe the era.
 * accepts  "3 Safar-ul-Muzaffar 1447 AH", "Ordibehesht 5, 1403", "12 Rabi ul Awwal 1446"
 * rejects  "3 May 2024" (a Gregorian year), "Vol 3 Issue 1447" (no day before the month words)
 */
const MONTH_WORDS = `\\p{Lu}[\\p{L}\\p{M}'’-]*(?:${BLANK}+[\\p{L}\\p{M}'’-]+){0,2}`;
const OTHER_CALENDAR_DATE = new RegExp(
  `^${BLANK}*(?:\\d{1,2}(?:st|nd|rd|th)?${BLANK}+${MONTH_WORDS}|${MONTH_WORDS}${BLANK}+\\d{1,2}),?${BLANK}+1[34]\\d{2}` +
    `(?:${BLANK}*(?:${alternation(furniture.calendarEras)})(?![\\p{L}]))?${BLANK}*$`,
  'u',
);

/** "Issued:", "Released:", "Date:": the date that follows is the page's date of issue. */
const ISSUE_LABEL = new RegExp(`^${BLANK}*(?:${alternation(furniture.publicationLabels)})${BLANK}*:`, 'i');
/** After an issue label, a credit segment may be long ("Prepared by the ... office with inputs from ..."). */
const MAX_CREDIT_WORDS = 30;

/** A date line that opens with an update label: the date is the update's, not the publication's. */
export const UPDATED = /^[\s\u00a0•]*(?:last[\s\u00a0]+)?(?:updated|modified)\b/i;

export interface SegmentedDate {
  date: DatePhrase;
  /** Where the date's segment starts in the line (the date's offsets count from there). */
  offset: number;
  updated: boolean;
}

/**
 * The date of a line whose segments are one Gregorian date and names, labels or the same date in
 * another calendar.
 * accepts  "Ahmed Shah Baloch | Published February 24, 2024", "BREAKING | 27 October 2024, 14:05 GMT",
 *          "THE FRONTIER HERALD | Lahore Edition | Friday, 7 March 2025 | 6 Ramadan 1446 AH",
 *          "Released: 3 May 2024 | Compiled by the field team of the relief cluster in Quetta and Chaman"
 *          "16:23, Thu, Nov 2, 2023 | UPDATED: 16:32, Thu, Nov 2, 2023" (the publication's stamp and the update's)
 * rejects  "Iran | Pakistan talks end without a deal | 3 May" (a headline, not labels),
 *          "Published by Dawn | 3 May 2024 | 5 May 2024" (two dates),
 *          "3 May 2024 | Compiled by the field team of the relief cluster in Quetta and Chaman" (no issue label)
 */
export function segmentedDate(text: string): SegmentedDate | null {
  const segments = text.split(SEGMENT_SEPARATOR);
  if (segments.length < 2 || segments.length > MAX_SEGMENTS) return null;
  let found: { date: DatePhrase; offset: number; segment: string } | null = null;
  const others: string[] = [];
  let offset = 0;
  for (const segment of segments) {
    const at = text.indexOf(segment, offset);
    offset = at + segment.length;
    const date = dateOnly(segment);
    if (!date) others.push(segment);
    else if (!found) found = { date, offset: at, segment };
    // Beside the publication's stamp, the update's ("16:23, Thu, Nov 2, 2023 | UPDATED: 16:32, Thu, Nov 2, 2023").
    else if (UPDATED.test(segment) && !UPDATED.test(found.segment)) continue;
    else if (UPDATED.test(found.segment) && !UPDATED.test(segment)) found = { date, offset: at, segment };
    else return null;
  }
  if (!found) return null;
  const issued = ISSUE_LABEL.test(found.segment);
  const fits = (s: string): boolean =>
    (LABEL_SEGMENT.test(s) && countWords(s, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS) ||
    OTHER_CALENDAR_DATE.test(s) ||
    (issued && countWords(s, MAX_CREDIT_WORDS + 1) <= MAX_CREDIT_WORDS && findDatePhrases(s).length === 0);
  if (!others.every(fits)) return null;
  return { date: found.date, offset: found.offset, updated: UPDATED.test(found.segment) };
}
