// Calendar dates as page datelines and HTML metadata write them, read without any clock: a
// date without a year keeps year null, and nothing is relative ("3 hours ago" is no date).
import { dayOfOrdinal, dayOrdinalAlternation, monthAlternation, monthNumber } from './lexicon.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const CAPITAL_START = /^\p{Lu}/u;

export interface DatePhrase {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number;
  day: number | null;
  rule: string;
}

const BLANK = '[\\s\\u00a0]';
const YEAR = '(?<year>(?:19|20)\\d{2})(?!\\d)';

/**
 * The shapes, each a named pattern (all linear: no nested quantifiers).
 * iso         "2024-01-25", "2024-01-25T18:09:55-07:00", "2024/01/25"   (rejects "2024-13-01")
 * day-month   "23 January, 2024", "08 Aug, 22:59", "5th of May 2024", "the 14th November"   (rejects "5 Mayor")
 * month-day   "January 25, 2024", "Jan. 29, 2024", "Aug 8"             (rejects "August 2025": no day)
 * numeric     "25/01/2024" when the day is > 12 or both readings agree     (rejects "03/04/2024")
 * dotted      "02.12.2019", "02.12.19": dots are day-first wherever they are used
 *             (rejects "1.2.19" and "10.12.19.4": version numbers are not zero-padded or go on)
 * spelled     the day as an ordinal word, as transcripts write it: "the fourteenth of November",
 *             "November the twenty-first, 2025" (rejects "the fourteenth round": no month)
 */
const SHAPES: { rule: string; pattern: RegExp }[] = [
  { rule: 'iso', pattern: /(?<!\d)(?<year>(?:19|20)\d{2})(?<sep>[-/.])(?<month>0?[1-9]|1[0-2])\k<sep>(?<day>0?[1-9]|[12]\d|3[01])(?!\d)/g },
  {
    rule: 'day-month',
    pattern: new RegExp(`(?<![\\d\\w])(?:the${BLANK}+(?=[0-3]?\\d(?:st|nd|rd|th)))?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:${BLANK}+of)?(?:${BLANK}+|-)(?<month>${monthAlternation})(?![a-z])\\.?(?:(?:,?${BLANK}*|-)${YEAR})?`, 'gi'),
  },
  {
    rule: 'month-day',
    pattern: new RegExp(`(?<![\\w])(?<month>${monthAlternation})(?![a-z])\\.?${BLANK}+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])(?:,?${BLANK}*${YEAR})?`, 'gi'),
  },
  { rule: 'numeric', pattern: /(?<![\d.\/])(?<a>[0-3]?\d)\/(?<b>[01]?\d)\/(?<year>(?:19|20)\d{2})(?!\d)/g },
  {
    rule: 'spelled',
    pattern: new RegExp(`(?<![\\p{L}])(?:the${BLANK}+)?(?<dayword>${dayOrdinalAlternation})(?:${BLANK}+of)?${BLANK}+(?<month>${monthAlternation})(?![\\p{L}])\\.?(?:,?${BLANK}*${YEAR})?`, 'giu'),
  },
  {
    rule: 'spelled',
    pattern: new RegExp(`(?<![\\p{L}])(?<month>${monthAlternation})\\.?${BLANK}+(?:the${BLANK}+)?(?<dayword>${dayOrdinalAlternation})(?![\\p{L}])(?:,?${BLANK}*${YEAR})?`, 'giu'),
  },
  { rule: 'dotted', pattern: /(?<![\d.])(?<day>0[1-9]|[12]\d|3[01])\.(?<month>0[1-9]|1[0-2])\.(?<year>(?:19|20)\d{2}|\d{2})(?!\d|\.\d)/g },
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(year: number | null, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  if (day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  if (year !== null && month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

function fromMatch(rule: string, m: RegExpExecArray): DatePhrase | null {
  const g = m.groups ?? {};
  // A two-digit year ("02.12.19") is this century's.
  const year = g.year ? (g.year.length === 2 ? 2000 + Number(g.year) : Number(g.year)) : null;
  let month: number | null;
  let day: number | null;
  if (rule === 'numeric') {
    const a = Number(g.a), b = Number(g.b);
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else if (a === b) [day, month] = [a, b];
    else return null; // 03/04/2024: the reading depends on the site's locale, so no date
  } else {
    // A spelled day beside a lower-case "may" or "march" is a verb's ("the first may be"), not a month's.
    if (rule === 'spelled' && !CAPITAL_START.test(g.month ?? '')) return null;
    month = /^\d/.test(g.month ?? '') ? Number(g.month) : monthNumber(g.month ?? '');
    day = g.day ? Number(g.day) : g.dayword ? dayOfOrdinal(g.dayword) : null;
  }
  if (month === null || !valid(year, month, day)) return null;
  return { start: m.index, end: m.index + m[0].length, text: m[0], year, month, day, rule };
}

/** Every date phrase in the string, in order of position; at one position the longest wins. */
export function findDatePhrases(text: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const { rule, pattern } of SHAPES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const phrase = fromMatch(rule, m);
      if (phrase) found.push(phrase);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DatePhrase[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
    kept.push(p);
  }
  return kept;
}

/** The first date phrase with a full day (year, month and day), or null. */
export function firstFullDate(text: string): DatePhrase | null {
  return findDatePhrases(text).find((p) => p.year !== null && p.day !== null) ?? null;
}

export const isoDay = (p: { year: number | null; month: number | null; day: number | null }): string | null =>
  p.year !== null && p.month !== null && p.day !== null
    ? `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
    : null;
