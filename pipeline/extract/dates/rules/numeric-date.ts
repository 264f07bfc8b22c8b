// Numeric dates with the year last: "16.01.2024", "16/01/2024", "01/16/2024", "5-11-2023".
import { day, format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { FISCAL_YEAR_WRITTEN, fiscalYearValue } from './fiscal-year.js';
import { END, START, explicitReading, spanEndYear } from './shared.js';

/**
 * Day-first (Pakistani, Iranian, British) and month-first (US) writers use the same shape, so
 * the order is read only where it is certain: a first number above 12 is a day ("16/01/2024"),
 * a second above 12 is a day ("01/16/2024").
 * Rejects: "5/11/2023" (either order: left out rather than guessed), "31/02/2024", "16/13/2024".
 */
export const numericDate: Rule = {
  name: 'numeric-date',
  pattern: new RegExp(`${START}(?<a>[0-3]?\\d)(?<sep>[./-])(?<b>[0-3]?\\d)\\k<sep>(?<year>1\\d{3}|20\\d{2})${END}`, 'gdu'),
  extract(match) {
    const g = match.groups ?? {};
    const a = Number(g['a']);
    const b = Number(g['b']);
    const year = Number(g['year']);
    const point = a > 12 && b <= 12 ? day(year, b, a) : b > 12 && a <= 12 ? day(year, a, b) : null;
    return point ? candidate(this.name, match, () => explicitReading(point)) : null;
  },
};

// Words after a span of two years that make it a fiscal year: "the 2025-26 budget", "2024-25 PSDP".
const BUDGET_AFTER = new RegExp(`^\\s+(?:${lexicon.fiscalYearNouns})(?![\\p{L}])`, 'iu');
// A text that names a fiscal year ("FY2023-24", "the fiscal year 2024-25") reckons in fiscal years.
const FISCAL_YEAR_IN_TEXT = new RegExp(`(?<![\\p{L}])(?:${FISCAL_YEAR_WRITTEN()})`, 'iu');
let reckoned: { text: string; fiscal: boolean } | null = null;
/** Whether the text names a fiscal year anywhere (read once per text, however many spans it holds). */
function reckonsInFiscalYears(text: string): boolean {
  if (reckoned?.text !== text) reckoned = { text, fiscal: FISCAL_YEAR_IN_TEXT.test(text) };
  return reckoned.fiscal;
}

/**
 * Year spans: "2013-2015", "1980–88", "the 2025-26 budget" (a fiscal year). The dataset gets the
 * interval (a fiscal year's months when it is one); TimeML the two years.
 * Rejects: "2015-2013" (backwards), "2024-01" (a month: iso-date.ts and month precision), "2024-2".
 */
export const yearSpan: Rule = {
  name: 'year-span',
  pattern: new RegExp(`${START}(?<from>1\\d{3}|20\\d{2})(?:-|–|/)(?<to>\\d{4}|\\d{2})${END}`, 'gdu'),
  extract(match) {
    const g = match.groups ?? {};
    const from = Number(g['from']);
    const short = g['to'] ?? '';
    const to = spanEndYear(from, short);
    if (!(to > from) || to - from > 200 || (short.length === 2 && Number(short) <= 12 && to - from > 1)) return null;
    const fromEnd = match.index + (g['from'] ?? '').length;
    const end = match.index + match[0].length;
    const parts = [
      { start: match.index, end: fromEnd, type: 'DATE' as const, value: String(from) },
      { start: end - short.length, end, type: 'DATE' as const, value: String(to) },
    ];
    // Two years a year apart are a fiscal year when a budget or accounts word follows ("the 2025-26
    // budget"), when written short in a text that names fiscal years, or when the sentence has named fiscal years ("from $365 million in fiscal year 2019-20 to
    // $1.1 billion in 2023-24").
    // A span written short ("2021-22") in a text that names fiscal years elsewhere is one of them too.
    const budget = to === from + 1 && (BUDGET_AFTER.test(match.input.slice(end, end + 40)) || (short.length === 2 && reckonsInFiscalYears(match.input)));
    return candidate(this.name, match, ({ fiscalYear }) => (budget || (to === from + 1 && fiscalYear !== null)
      ? { type: 'DATE', value: fiscalYearValue(from), anchor: { year: to, precision: 'year' }, fiscalYear: from, parts }
      : { type: 'DATE', value: `${format({ year: from })}/${format({ year: to })}`, anchor: { year: to, precision: 'year' }, parts }));
  },
};
