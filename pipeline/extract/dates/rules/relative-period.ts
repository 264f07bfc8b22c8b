// Periods named from the document date: "last month", "this year", "next week", "late last year",
// "earlier this month", "last week's", "this summer", "the coming year".
import { addDays, addMonths, format, formatWeek, weekdayOf } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { fiscalYearValue, relativeFiscalYear } from './fiscal-year.js';
import { END, LONGER_PERIOD, START, sentenceBefore } from './shared.js';

// A whole year compared with the last: "earnings of $4 a share for this year, up from last year's".
const YEAR_COMPARED = /(?:^|[^\p{L}])(?:this|the|current|full)\s+year(?![\p{L}])/iu;
/** Whether the sentence before "last year" compares a figure with it, and not a whole year with the last. */
const comparesAFigure = (before: string): boolean =>
  COMPARED_BEFORE.test(before) && /\$|%|\d/u.test(before) && !LONGER_PERIOD.test(before) && !YEAR_COMPARED.test(before);
const PART_BEFORE = /^(?:early|mid|late|earlier|later)/iu;
// A figure compared with its value a year before: "compared with $3 million last year", "from last year's $1.55 billion".
const COMPARED_BEFORE = /(?:^|[^\p{L}])(?:compared\s+with|from|versus|against)\s[^.;]{0,60}$/iu;

const PART = `(?:(?:${lexicon.parts}|earlier|later)(?:\\s*-\\s*|\\s+)(?:in\\s+)?)`;
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 12] };

/**
 * Accepts: "last month", "This year", "next week", "late last year", "earlier this month",
 * "later this year", "the coming year", "this summer", "last fall", "last weekend", "this quarter",
 * "this past spring", "this coming week", "the current fiscal year" (the fiscal year under way, July to
 * June: fiscal-year.json), "next fiscal year".
 * Rejects: "the past year" and "the last month" (TimeML durations, vague for the dataset:
 * see duration.ts), "last time", "next door", "the following year" and "the previous month" (they
 * count from the narrative, not from the document date: narrative.ts).
 */
export const relativePeriod: Rule = {
  name: 'relative-period',
  pattern: new RegExp(
    `${START}${PART}?(?<relative>this\\s+(?:past|coming)|last|this|next|the(?=\\s+weekend)|(?:the\\s+)?(?:coming|current))\\s+` +
      `(?:(?<fiscal>fiscal|financial)\\s+(?=year|quarter))?(?<unit>week(?:end)?|month|year|quarter|${lexicon.seasonWords})${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const relative = (g['relative'] ?? '').toLowerCase().replace(/^(?:the|this)\s+(?=\S+\s*$)/, '').trim();
    const offset = lexicon.relative(relative);
    const unit = (g['unit'] ?? '').toLowerCase();
    const season = lexicon.seasons[unit];
    const fiscal = g['fiscal'] !== undefined;
    const span = { start: match.index, end: match.index + match[0].length };
    // In a financial report "last year" beside a figure compared is the reported quarter a year before, and
    // "this quarter" the quarter reported.
    const compared = unit === 'year' && offset === -1 && !PART_BEFORE.test(match[0]) && comparesAFigure(sentenceBefore(text, match.index));
    return candidate(this.name, match, ({ dct, quarter }) => {
      if (!dct) return null;
      if (quarter?.quarter !== undefined && !fiscal && (compared || (unit === 'quarter' && relative === 'this'))) {
        return { type: 'DATE', value: `${quarter.year + (compared ? -1 : 0)}-Q${quarter.quarter}` };
      }
      if (relative === 'the' && unit !== 'weekend') return null;
      if (unit === 'year' && fiscal && dct.month !== undefined) {
        // "the current fiscal year": the fiscal year the document date falls in, as the dataset counts
        // fiscal years (fiscal-year.json); TimeML keeps the calendar year.
        const first = relativeFiscalYear({ year: dct.year, month: dct.month }, offset);
        return { type: 'DATE', value: fiscalYearValue(first), parts: [{ ...span, type: 'DATE', value: String(dct.year + offset) }] };
      }
      if (unit === 'year') return { type: 'DATE', value: String(dct.year + offset) };
      if (season) {
        // "last fall" in April 1999 is fall 1998; "last spring" in October 1999 is spring 1999.
        const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
        const month = dct.month ?? 6;
        let year = dct.year;
        if (offset < 0 && month <= last) year -= 1;
        if (offset > 0 && month >= first) year += 1;
        return { type: 'DATE', value: `${year}-${season}` };
      }
      if (dct.month === undefined) return null;
      if (unit === 'month') return { type: 'DATE', value: format(addMonths(dct, offset)) };
      if (unit === 'quarter') {
        const index = dct.year * 4 + Math.floor((dct.month - 1) / 3) + offset;
        return { type: 'DATE', value: `${Math.floor(index / 4)}-Q${(index % 4) + 1}` };
      }
      if (dct.day === undefined) return null;
      // "the weekend" in a news report is the one just past (or under way).
      const week = formatWeek(addDays(dct, relative === 'the' ? (weekdayOf(dct) >= 6 ? 0 : -7) : 7 * offset));
      return { type: 'DATE', value: unit === 'weekend' ? `${week}-WE` : week };
    });
  },
};
