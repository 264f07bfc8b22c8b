// The year a report speaks of without naming it: "the year", "the full year", "the fiscal year"
// (the document's year), "the year ended June 30" (a twelve-month period: a duration), and its
// end: "year-end", "year end", "year's end", "the end of the year".
import { candidate, type Rule } from '../types.js';
import { fiscalYearReading } from './fiscal-year.js';
import { END, HAPPENING_AFTER_YEAR, START } from './shared.js';

/**
 * Accepts: "for the year" (DATE, the document's year), "the full year", "the fiscal year",
 * "the latest fiscal year", "the year ended Sept. 30" and "the fiscal year ending June 30, 1990"
 * (DURATION P1Y: TimeML reads a reporting period that ends on a date as its length).
 * Rejects: "the year 2010" and "the year two thousand" (year.ts), "the year-ago quarter"
 * (quarter.ts), "the year before" and "the year after" (narrative), "the year's end" (below),
 * "the current year" (relative-period.ts).
 * The dataset never lists these: which year a report means depends on its fiscal calendar.
 */
export const reportingYear: Rule = {
  name: 'reporting-year',
  pattern: new RegExp(
    `${START}the\\s+(?:(?:full|latest|past)\\s+)?(?:fiscal\\s+)?year(?![\\p{L}\\p{N}'’-]|\\s+(?:\\d|ago|earlier|before|after|of|in\\s+which|when|since|two|nineteen|twenty))` +
      `(?<ended>\\s+(?:that\\s+)?(?:ended|ending|ends|to\\s+end))?`,
    'gdiu',
  ),
  extract(match) {
    const ended = Boolean(match.groups?.['ended']);
    const end = match.index + match[0].length - (match.groups?.['ended']?.length ?? 0);
    const past = /\bpast\b/i.test(match[0]);
    const fiscal = /\b(?:fiscal|financial)\b/i.test(match[0]);
    if (past) return null; // "the past year" is a duration (duration.ts)
    if (HAPPENING_AFTER_YEAR.test(match.input.slice(end, end + 60))) return null; // "the year Tehran signed" (narrative.ts)
    return {
      start: match.index, end, text: match.input.slice(match.index, end), rule: this.name,
      resolve: ({ dct, lastFiscalYear }) => {
        if (ended) return { type: 'DURATION', value: 'P1Y', timemlOnly: true };
        // "in fiscal year 2025-26 ... shipped 128,000 tonnes during the fiscal year": the fiscal year named
        // before, a dataset date. TimeML names a fiscal year by the calendar year it ends in.
        if (fiscal && lastFiscalYear !== null) {
          return { ...fiscalYearReading(lastFiscalYear, { start: match.index, end }), fiscalYear: lastFiscalYear };
        }
        return dct ? { type: 'DATE', value: String(dct.year), timemlOnly: true } : null;
      },
    };
  },
};

/**
 * Accepts: "year-end", "year end", "year's end", "the end of the year" (the document's year, or
 * the narrative's).
 * Rejects: "year-ending" (a word of its own), "the end of the yearly cycle".
 * "the end of the year" is a dataset date, at the year's precision as part-of-period words keep it
 * ("by the end of the year": 2025); "year-end" mostly qualifies a noun of financial reports
 * ("year-end results", a fiscal year's end): TimeML only.
 */
export const yearEnd: Rule = {
  name: 'reporting-year:end',
  pattern: new RegExp(`${START}(?:year(?:[\\s-]|['’]s\\s+)end|the\\s+end\\s+of\\s+the\\s+year)${END}`, 'gdiu'),
  extract(match) {
    const phrase = /^the/i.test(match[0]);
    return candidate(this.name, match, (context) => {
      if (!context.dct) return null;
      if (!phrase) return { type: 'DATE', value: String(context.dct.year), timemlOnly: true };
      return { type: 'DATE', value: String(context.narrativeYear ?? context.dct.year) };
    });
  },
};
