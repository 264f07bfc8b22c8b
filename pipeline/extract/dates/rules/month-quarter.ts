// A calendar quarter named by its first and last months, as Pakistani financial reports write it:
// "the July-September quarter", "the October–December period", "the January-March quarter of 2025",
// "the July-September quarter of FY2025-26". It is a quarter (TimeML 2025-Q3, EDTF 2025-07/2025-09)
// that "a year earlier" and "the same quarter last year" then count from.
import { lexicon } from '../lexicon.js';
import { candidate, groupSpan, type Rule } from '../types.js';
import { FISCAL_YEAR_NAMED, RELATIVE_FISCAL_YEAR, namedFiscalYear, relativeFiscalYear, relativeOffset } from './fiscal-year.js';
import { END, START, YEAR, yearFor } from './shared.js';

const MONTH_NAME = `(?:${lexicon.monthNames}|(?:${lexicon.monthAbbreviations})\\.?)`;
const OF_YEAR = `\\s+of\\s+(?:(?<yearOf>${YEAR})|${RELATIVE_FISCAL_YEAR}|${FISCAL_YEAR_NAMED})`;

/**
 * Accepts: "the July-September quarter", "the Jul–Sep period", "the January-March 2025 quarter", "the
 * April-June quarter of 2024", "the October-December quarter of FY2024-25" (2024-Q4), "the
 * January-March quarter of the current fiscal year" (in the fiscal year under way at the document date).
 * Without a year the quarter is the latest such one seen from the document date, as yearless months are.
 * Rejects: "the July-December period" (a half year, not a quarter: ranges.ts joins the months),
 * "the August-October quarter" (not a calendar quarter), "July-September" without "quarter" or "period"
 * (a range of months: ranges.ts), "the October-December quarter of FY2024-26" (not one fiscal year).
 * TimeML keeps the two months, as it does for a range.
 */
export const monthQuarter: Rule = {
  name: 'quarter:months',
  pattern: new RegExp(
    `${START}(?:[Tt]he\\s+)?(?<first>${MONTH_NAME})\\s?[-–—]\\s?(?<last>${MONTH_NAME})(?:\\s+(?<year>${YEAR}))?\\s+(?:quarter|period)` +
      `(?:${OF_YEAR})?${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const first = lexicon.month(g['first'] ?? '');
    const last = lexicon.month(g['last'] ?? '');
    const firstSpan = groupSpan(match, 'first');
    const lastSpan = groupSpan(match, 'last');
    if (first === null || last === null || (first - 1) % 3 !== 0 || last !== first + 2 || !firstSpan || !lastSpan) return null;
    const n = (first - 1) / 3 + 1;
    const written = g['year'] ?? g['yearOf'];
    const fiscalFrom = namedFiscalYear(g);
    if (fiscalFrom === null) return null;
    const relative = relativeOffset(g['relative']);
    // The calendar year the quarter falls in, for a fiscal year that starts in `fiscalStart`.
    const inFiscalYear = (fiscalStart: number): number => (first >= lexicon.fiscalYearStart ? fiscalStart : fiscalStart + 1);
    return candidate(this.name, match, (context) => {
      let year: number | null;
      if (written) year = Number(written);
      else if (fiscalFrom !== undefined) year = inFiscalYear(fiscalFrom);
      else if (relative !== undefined) {
        const dct = context.dct;
        if (dct?.month === undefined) return null;
        year = inFiscalYear(relativeFiscalYear({ year: dct.year, month: dct.month }, relative));
      } else year = yearFor(last, context);
      if (year === null) return null;
      const month = (m: number): string => `${year}-${String(m).padStart(2, '0')}`;
      return {
        type: 'DATE',
        value: `${year}-Q${n}`,
        anchor: { year, quarter: n, precision: 'quarter' },
        parts: [
          { ...firstSpan, type: 'DATE', value: month(first) },
          { ...lastSpan, type: 'DATE', value: month(last) },
        ],
      };
    });
  },
};
