// Fiscal years written across two calendar years: "the fiscal year 2024-25", "FY 2024-25",
// "the 2021-22 fiscal year".
import { addMonths, format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, groupSpan, type Rule } from '../types.js';
import { END, START, YEAR_SPAN, spanEndYear } from './shared.js';

/** A fiscal year named by its words and two years: "FY2024-25", "the 2021-22 fiscal year" (groups from/to, with the suffix). */
export const FISCAL_YEAR_WRITTEN = (suffix = ''): string =>
  `(?:the\\s+)?(?:${lexicon.fiscalYearWords})\\s*${YEAR_SPAN(suffix)}|(?:the\\s+)?${YEAR_SPAN(`${suffix}Before`)}\\s+(?:fiscal|financial)\\s+year`;

/**
 * Accepts: "the fiscal year 2024-25" (2024-07/2025-06 with a July start), "fiscal year 2024-2025",
 * "FY 2024-25", "FY2024-25" (the prefilter starts at a glued prefix), "fiscal 2023-24", "the financial year 2023–24".
 * Rejects: "2024-25" alone (year-span: a span of years), "fiscal year 2024-26" (not one year),
 * "XFY2024-25" (inside a word), "fiscal 1989" (one year: year.ts).
 * TimeML gets the two years, as for a plain span. "The previous year" later in the sentence is the
 * fiscal year before (narrative.ts).
 */
export const fiscalYearSpan: Rule = {
  name: 'fiscal-year',
  pattern: new RegExp(
    `${START}(?:the\\s+)?(?:${lexicon.fiscalYearWords})\\s*${YEAR_SPAN()}${END}`,
    'gdiu',
  ),
  extract(match) {
    return fiscalYear(this.name, match);
  },
};

/** The same years written before the words: "the 2021-22 fiscal year", "the 2023–24 financial year". */
export const fiscalYearSpanBefore: Rule = {
  name: 'fiscal-year',
  pattern: new RegExp(`${START}(?:the\\s+)?${YEAR_SPAN()}\\s+(?:fiscal|financial)\\s+year${END}`, 'gdiu'),
  extract(match) {
    return fiscalYear(this.name, match);
  },
};

/** The fiscal year that starts in `firstYear`, as the EDTF interval of its months ("2023-07/2024-06"). */
export function fiscalYearValue(firstYear: number): string {
  const first = { year: firstYear, month: lexicon.fiscalYearStart };
  return `${format(first)}/${format(addMonths(first, 11))}`;
}

function fiscalYear(name: string, match: RegExpExecArray) {
  const g = match.groups ?? {};
  const from = Number(g['from']);
  const short = g['to'] ?? '';
  const to = spanEndYear(from, short);
  const fromSpan = groupSpan(match, 'from');
  const toSpan = groupSpan(match, 'to');
  if (to !== from + 1 || !fromSpan || !toSpan) return null;
  return candidate(name, match, () => ({
    type: 'DATE',
    value: fiscalYearValue(from),
    anchor: { year: to, precision: 'year' },
    fiscalYear: from,
    parts: [
      { ...fromSpan, type: 'DATE', value: String(from) },
      { ...toSpan, type: 'DATE', value: String(to) },
    ],
  }));
}
