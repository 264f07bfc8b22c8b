// The dateline: a line near the top that holds only the publication date (and its trimmings).
import type { Dateline } from '../../../model.js';
import type { DatePhrase } from '../date-phrase.js';
import { weekdayAlternation, weekdayNumber } from '../lexicon.js';
import { MAX_SHORT_LINE, type Furniture, type Line, type PageShape } from '../lines.js';
import { PLACE_NAME, dateOnly } from './date-only.js';
import { metaLineDate } from './meta-line.js';
import { UPDATED, segmentedDate } from './segmented-date.js';
import { wireDateline } from './wire-dateline.js';

export { dateOnly } from './date-only.js';

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

/** A date line's date, where its offsets count from, and whether it is the update's date. */
interface LineDate {
  date: DatePhrase;
  offset: number;
  updated: boolean;
}

/**
 * A press release or a transcript heads its text with the place of issue and the date:
 * accepts  "Islamabad, 14 November 2025", "Islamabad, Friday, the fourteenth of November", "Quetta, Pakistan, March 4"
 * rejects  "Talks in Islamabad, 14 November 2025" (a lower-case word), "Islamabad, Tehran and Kabul, 14 November" (a list)
 */
const PLACE_OF_ISSUE = new RegExp(`^[\\s\\u00a0]*${PLACE_NAME}(?:,[\\s\\u00a0]*${PLACE_NAME})?,[\\s\\u00a0]*`, 'u');

function placedDate(text: string): LineDate | null {
  const place = PLACE_OF_ISSUE.exec(text);
  const date = place ? dateOnly(text.slice(place[0].length)) : null;
  return place && date ? { date, offset: place[0].length, updated: false } : null;
}

/** The shapes of a date line, most specific first. */
function lineDate(text: string): LineDate | null {
  const simple = dateOnly(text) ?? bylinedDate(text);
  if (simple) return { date: simple, offset: 0, updated: UPDATED.test(text) };
  const placed = placedDate(text);
  if (placed) return placed;
  const meta = metaLineDate(text);
  return segmentedDate(text) ?? (meta && { ...meta, offset: 0 });
}

/** A weekday written just before the date: "Friday, 14 November", "Fri. 14 Nov". */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?<name>${weekdayAlternation})\\.?[\\s\\u00a0,]*$`, 'iu');

function weekdayBefore(text: string): number | null {
  const name = WEEKDAY_BEFORE.exec(text)?.groups?.name;
  return name ? weekdayNumber(name) : null;
}

/** Lines this far down still count as the top of the page (a caption may come before the title). */
const TOP_LINES = 20;

export interface DatelineFound extends Furniture {
  dateline: Dateline;
  updated: boolean;
}

/**
 * dateline: a line of the page top that is a date, nothing more; it stands above the body (a
 * standfirst may come first, not two paragraphs) and is no heading of the body.
 * accepts  "23 January, 2024", "January 25, 2024", "  • 08 Aug, 22:59" (no year: year null),
 *          "Published on Monday, 5 May 2025 | 10:30 PKT", "Updated: Jan. 3, 2024" (updated: true),
 *          "Posted on March 3, 2020 by Jane Doe", a masthead, a meta line (segmented-date.ts, meta-line.ts)
 * rejects  "On 16 January, Iran's military fired ..." (words besides the date),
 *          "June 10, 2024" below the first 20 lines or after two paragraphs (a timeline's entry),
 *          "August 2025" (no day)
 */
export const datelineRule = {
  name: 'dateline',
  find(line: Line, page: PageShape): DatelineFound | null {
    if (line.index >= Math.max(TOP_LINES, page.topEnd) || line.index >= page.bodyStart || page.headings?.has(line.index)) return null;
    const found = line.text.length > MAX_SHORT_LINE ? null : lineDate(line.text);
    if (!found) return line.index <= page.topEnd ? wireDateline(line) : null;
    const { date, offset, updated } = found;
    const start = line.start + offset + date.start;
    const dateline: Dateline = { start, end: start + date.text.length, text: date.text, year: date.year, month: date.month, day: date.day };
    const weekday = weekdayBefore(line.text.slice(0, offset + date.start));
    if (weekday !== null) dateline.weekday = weekday;
    const lead = line.text.length - line.text.trimStart().length;
    return { start: line.start + lead, end: line.start + line.text.trimEnd().length, rule: this.name, dateline, updated };
  },
};
