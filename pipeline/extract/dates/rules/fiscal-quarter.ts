// Quarters of a named fiscal year: "the first quarter of FY2025-26", "Q1 FY2025-26", "the third
// quarter of the current fiscal year", "the same quarter of FY2024-25". A fiscal year that starts on a
// quarter's first month (July in the lexicon) makes each fiscal quarter a calendar quarter: Q1 of
// 2025-26 is July–September 2025, TimeML 2025-Q3, EDTF 2025-07/2025-09.
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { FISCAL_YEAR_NAMED, RELATIVE_FISCAL_YEAR, namedFiscalYear, relativeFiscalYear, relativeOffset } from './fiscal-year.js';
import { QUARTER_ORDINAL, QUARTER_ORDINALS } from './quarter.js';
import { END, START } from './shared.js';

/** The calendar quarter (year, 1-4) of quarter `n` of the fiscal year that starts in `startYear`, or null. */
export function calendarQuarter(startYear: number, n: number): { year: number; quarter: number } | null {
  const startMonth = lexicon.fiscalYearStart;
  if ((startMonth - 1) % 3 !== 0) return null; // a fiscal year that starts mid-quarter has no calendar quarters
  const index = (startMonth - 1) / 3 + n - 1; // 0-based quarters from January of startYear
  return { year: startYear + Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** The fiscal quarter (1-4) a calendar quarter is. */
const fiscalQuarterOf = (calendar: number): number => ((calendar - 1 - (lexicon.fiscalYearStart - 1) / 3 + 8) % 4) + 1;

/**
 * Accepts: "the first quarter of FY2025-26", "Q1 FY2025-26", "Q3 of fiscal year 2024-25", "the
 * second quarter of the 2024-25 fiscal year", "the first quarter of the current fiscal year" (the one
 * the document date falls in), "the same quarter of FY2024-25" (the quarter last named, in that year),
 * "the first quarter of 2025-26" (a quarter of two consecutive years is a fiscal year's), "Q1 FY26",
 * "the first quarter of FY26", "1QFY26", "Q1FY26" (FY and the year the fiscal year ends in).
 * Rejects: "the first quarter of 2025" (a calendar year: quarter.ts), "Q1 FY2025-27" and "Q1 2024-26"
 * (not one year), "a quarter of the fiscal year" (a share, no ordinal).
 */
export const fiscalQuarter: Rule = {
  name: 'fiscal-quarter',
  pattern: new RegExp(
    `${START}(?:the\\s+)?(?:(?<ordinal>${QUARTER_ORDINAL}|same)[\\s-]+quarter\\s+|(?:Q(?<q>[1-4])|(?<qBefore>[1-4])Q)\\s*)(?:of\\s+)?` +
      `(?:${RELATIVE_FISCAL_YEAR}|${FISCAL_YEAR_NAMED})${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const from = namedFiscalYear(g);
    if (from === null) return null;
    const word = (g['ordinal'] ?? '').toLowerCase();
    const relative = relativeOffset(g['relative']);
    return candidate(this.name, match, ({ dct, quarter: last }) => {
      const n = g['q'] ?? g['qBefore'] ? Number(g['q'] ?? g['qBefore']) : word === 'same' ? (last?.quarter !== undefined ? fiscalQuarterOf(last.quarter) : undefined) : QUARTER_ORDINALS[word];
      if (n === undefined) return null;
      let startYear = from ?? 0;
      if (relative !== undefined) {
        if (!dct?.month) return null;
        startYear = relativeFiscalYear({ year: dct.year, month: dct.month }, relative);
      }
      const q = calendarQuarter(startYear, n);
      return q ? { type: 'DATE', value: `${q.year}-Q${q.quarter}`, anchor: { year: q.year, quarter: q.quarter, precision: 'quarter' } } : null;
    });
  },
};
