// Fiscal years written across two calendar years: "the fiscal year 2024-25", "FY 2024-25",
// "the 2021-22 fiscal year".
import { addMonths, format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import type { Span } from '../../../model.js';
import { candidate, groupSpan, type Reading, type Rule } from '../types.js';
import { END, START, YEAR_SPAN, spanEndYear } from './shared.js';

/** A fiscal year named by its words and two years: "FY2024-25", "the 2021-22 fiscal year" (groups from/to, with the suffix). */
export const FISCAL_YEAR_WRITTEN = (suffix = ''): string =>
  `(?:the\\s+)?(?:${lexicon.fiscalYearWords})\\s*${YEAR_SPAN(suffix)}|(?:the\\s+)?${YEAR_SPAN(`${suffix}Before`)}\\s+(?:fiscal|financial)\\s+year`;
/** A fiscal year named by "FY" and the year it ends in, as Pakistani budgets and results write it: "FY26", "FY 2026" (not the start of "FY2025-27"). */
const FISCAL_YEAR_ENDING = `FY\\s?(?<ending>20\\d{2}|\\d{2})(?![-–/]\\d)`;
/** A fiscal year named after a quarter: "Q1 FY2025-26", "the first quarter of FY26", "the second quarter of 2024-25". */
export const FISCAL_YEAR_NAMED = `${FISCAL_YEAR_WRITTEN()}|${FISCAL_YEAR_ENDING}|${YEAR_SPAN('Bare')}`;

/**
 * A fiscal year named from the one under way at the document date: "the current fiscal year", "last
 * financial year" (group `relative`; see relativeFiscalYear).
 */
export const RELATIVE_FISCAL_YEAR = `(?:the\\s+)?(?<relative>current|this|last|previous|next|coming)\\s+(?:fiscal|financial)\\s+year`;
const RELATIVE_OFFSETS: Record<string, number> = { current: 0, this: 0, last: -1, previous: -1, next: 1, coming: 1 };

/** How many fiscal years from the one under way a RELATIVE_FISCAL_YEAR match's `relative` word counts, or undefined for none. */
export const relativeOffset = (word: string | undefined): number | undefined => RELATIVE_OFFSETS[(word ?? '').toLowerCase()];

/** The calendar year the fiscal year `offset` years from the one under way at `dct` starts in. */
export function relativeFiscalYear(dct: { year: number; month: number }, offset: number): number {
  return (dct.month >= lexicon.fiscalYearStart ? dct.year : dct.year - 1) + offset;
}

/** The calendar year a fiscal year ending in `ending` ("26", "2026") starts in. */
function startOfFiscalYearEnding(ending: string): number {
  const year = ending.length === 4 ? Number(ending) : (Number(ending) >= 50 ? 1900 : 2000) + Number(ending);
  return lexicon.fiscalYearStart === 1 ? year : year - 1;
}

/**
 * The calendar year the fiscal year a FISCAL_YEAR_NAMED match names starts in: undefined when the match
 * names none, null when its two years are not one fiscal year ("2024-26").
 */
export function namedFiscalYear(g: Record<string, string | undefined>): number | null | undefined {
  if (g['ending']) return startOfFiscalYearEnding(g['ending']);
  const written = g['from'] ?? g['fromBefore'] ?? g['fromBare'];
  if (written === undefined) return undefined;
  const from = Number(written);
  return spanEndYear(from, g['to'] ?? g['toBefore'] ?? g['toBare'] ?? '') === from + 1 ? from : null;
}

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

/**
 * Accepts: "FY26" (the fiscal year 2025-26: 2025-07/2026-06 with a July start), "FY 2026", "FY25's budget".
 * Rejects: "FY2026X", "XFY26" (inside a word), "FY2025-27" (not one year; "FY2025-26" is fiscalYearSpan's).
 * TimeML names a fiscal year by the calendar year it ends in ("fiscal 1989": 1989).
 */
export const fiscalYearEnding: Rule = {
  name: 'fiscal-year',
  pattern: new RegExp(`${START}${FISCAL_YEAR_ENDING}${END}`, 'gdu'),
  extract(match) {
    const from = startOfFiscalYearEnding(match.groups?.['ending'] ?? '');
    const ending = lexicon.fiscalYearStart === 1 ? from : from + 1;
    return candidate(this.name, match, () => ({
      type: 'DATE',
      value: fiscalYearValue(from),
      anchor: { year: ending, precision: 'year' },
      fiscalYear: from,
      parts: [{ start: match.index, end: match.index + match[0].length, type: 'DATE', value: String(ending) }],
    }));
  },
};

/** The fiscal year that starts in `firstYear`, as the EDTF interval of its months ("2023-07/2024-06"). */
export function fiscalYearValue(firstYear: number): string {
  const first = { year: firstYear, month: lexicon.fiscalYearStart };
  return `${format(first)}/${format(addMonths(first, 11))}`;
}

/**
 * The reading of an expression that names the fiscal year starting in `firstYear` without writing it
 * ("a year earlier", "the fiscal year"): its months for the dataset; for TimeML, over the expression's
 * span, the calendar year it ends in ("fiscal 1989").
 */
export function fiscalYearReading(firstYear: number, span: Span): Reading {
  return { type: 'DATE', value: fiscalYearValue(firstYear), parts: [{ ...span, type: 'DATE', value: String(firstYear + 1) }] };
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
