// A byline's meta line: the time of publication with the page's notes about the story ("Last
// updated ...", "6 min read", "1.2K shares") and perhaps the author's name. Furniture, all of it.
import { findDatePhrases, type DatePhrase } from '../date-phrase.js';
import { alternation, furniture, weekdayAlternation } from '../lexicon.js';
import { words } from '../lines.js';
import { TRIMMINGS, ZONE } from './date-only.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const CAPITAL_START = /^\p{Lu}/u;

const BLANK = '[\\s\\u00a0]';
const UNITS = alternation(furniture.readTimeUnits);
const READ_TIME = new RegExp(`(?:reading${BLANK}+time:?${BLANK}*\\d{1,3}${BLANK}*(?:${UNITS})\\.?|\\d{1,3}${BLANK}*(?:${UNITS})\\.?${BLANK}+read)(?![\\p{L}])`, 'giu');
/** "1.2K shares", "1,204 views", "23 comments": each separator is followed by digits, so no backtracking. */
const COUNT = new RegExp(`(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,3})*${BLANK}*[KkMm]?${BLANK}+(?:${alternation(furniture.engagementCounts)})(?![\\p{L}])`, 'gu');
/** The words just before a date that make it the update's ("Last updated", "Modified on:", "[ Last Update: Saturday,"). */
const UPDATE_LABEL = new RegExp(`(?:update|updated|modified)[\\s\\u00a0:]*(?:on[\\s\\u00a0]*)?(?:(?:${weekdayAlternation})\\.?,?[\\s\\u00a0]*)?$`, 'i');
const BY = /(?<![\p{L}])by(?![\p{L}])/giu;
/** The update label's own words and the brackets it may stand in ("[ Last Update: ... ]"). */
const LABEL_WORDS = /[[\]]|(?<![\p{L}])(?:update|updated|modified)(?![\p{L}])/giu;
/** The author's name is all that may be left: at most four capitalised words. */
const MAX_NAME_WORDS = 4;
const MAX_META_LINE = 200;

export interface MetaLineDate {
  /** The publication date: the first date not labelled as the update's (else the first date). */
  date: DatePhrase;
  /** Every date on the line is the update's. */
  updated: boolean;
}

/**
 * The publication date of a meta line: dates with at least one note (an update label, a read
 * time, a count of shares, comments or views), and besides them only a name and trimmings.
 * accepts  "Staff Reporter March 3, 2025 09:15 PKT Last updated March 4, 2025 4 min read",
 *          "By Sana Mir • 12 May 2024 • 250 comments", "Updated 5 Feb 2024, 10:00 | 3 min read" (updated)
 * rejects  "Staff Reporter March 3, 2025" (no note: a name and a date may be a headline),
 *          "Pakistan and Iran agreed on March 3, 2025 to meet again; 4 min read" (words beside the name)
 */
export function metaLineDate(text: string): MetaLineDate | null {
  if (text.length > MAX_META_LINE) return null;
  const dates = findDatePhrases(text);
  if (!dates.length) return null;
  const isUpdate = dates.map((d, i) => UPDATE_LABEL.test(text.slice(i ? dates[i - 1]!.end : 0, d.start)));
  let rest = '';
  let at = 0;
  for (const d of dates) [rest, at] = [rest + text.slice(at, d.start) + ' ', d.end];
  rest += text.slice(at);
  const notes = Number(isUpdate.some(Boolean)) + Number(rest.search(READ_TIME) !== -1) + Number(rest.search(COUNT) !== -1);
  if (notes === 0) return null;
  rest = rest.replace(READ_TIME, ' ').replace(COUNT, ' ').replace(ZONE, ' ').replace(BY, ' ').replace(LABEL_WORDS, ' ').replace(TRIMMINGS, ' ');
  const left = words(rest);
  if (left.length > MAX_NAME_WORDS || !left.every((w) => CAPITAL_START.test(w))) return null;
  const published = dates.find((_, i) => !isUpdate[i]);
  return { date: published ?? dates[0]!, updated: !published };
}
