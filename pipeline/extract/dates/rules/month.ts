// Months: "January 2024", "mid-January 2024", "early January", "April", "last April", "January's".
import { format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, MONTH_CUE_BEFORE, START, YEAR, explicitReading, yearFor } from './shared.js';
import { SPELLED_YEAR_AFTER_DAY, SPELLED_YEAR_CLOSE, spelledYearValue } from './spelled-year.js';

const PART = `(?:(?:${lexicon.parts})(?:\\s*-\\s*|\\s+))`;
// "that October" points back into the narrative: the year of the most recent date before it.
const RELATIVE = `(?<relative>last|this|next|[Tt]hat|(?:this\\s+)?(?:past|coming))\\s+`;
// "May" alone is too often the verb: standalone it needs a preposition or a part word before it (MONTH_CUE_BEFORE).

const A_MARCH_BEFORE = /(?:(?:^|[^\p{L}])(?:the|a|an|annual)\s+|[`"“'‘]{1,2})$/iu;
const A_MARCH_AFTER = /^\s+(?:for|against|on\s+(?:the\s+)?\p{Lu}|of\s+the\s+\p{Lu})/u;

/**
 * Accepts: "January 2024", "Jan. 2024", "mid-January 2024", "early January", "April", "last April",
 * "January's crisis", "in May", "the end of March", "April of 2024", "June last year", "January this year",
 * "January of last year", "January nineteen ninety-seven" (a transcript's year in words),
 * "That October" (in the year of the date before it), "December that year", "March of the following year"
 * (in the year of the date before it, or the one after it).
 * Rejects: "May I", "Maybe", "Marchers", "may" (lower case), "May" without a cue before it, "the March
 * for Life", "the March of the Mothers", "a March on Washington" (a march).
 * Part-of-period words keep the month's precision ("mid-January 2024" is 2024-01).
 */
export const month: Rule = {
  name: 'month',
  pattern: new RegExp(
    `${START}(?<date>${PART}?(?:${RELATIVE})?(?<month>${lexicon.monthNames}|(?:${lexicon.monthAbbreviations})\\.(?=\\s+${YEAR}))` +
      `(?:,?\\s+(?:of\\s+)?(?<year>${YEAR})|,?\\s+(?<spokenYear>${SPELLED_YEAR_AFTER_DAY})${SPELLED_YEAR_CLOSE}|\\s+(?:of\\s+)?(?<yearRelative>this|last|next)\\s+year` +
      `|\\s+(?:of\\s+)?(?<yearAnaphor>that|the\\s+(?:same|following|next|previous|preceding))\\s+year)?)(?:'s|’s)?${END}`,
    'gdu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const monthNumber = lexicon.month(g['month'] ?? '');
    if (monthNumber === null) return null;
    if (monthNumber === 5 && !g['year'] && !g['yearRelative'] && !g['relative'] && match[0].startsWith('May')) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (!MONTH_CUE_BEFORE.test(before)) return null;
    }
    // "the annual March for Life", "the March of the Combatant Mothers": a march, not the month.
    const end = match.index + match[0].length;
    if (monthNumber === 3 && match[0] === 'March' && A_MARCH_AFTER.test(text.slice(end, end + 30)) && A_MARCH_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    // A broadcast transcript says the year in words: "January nineteen ninety-seven".
    const explicitYear = g['year'] ? Number(g['year']) : g['spokenYear'] ? spelledYearValue(g['spokenYear']) : null;
    const relative = g['relative']?.toLowerCase().replace(/\s+/g, ' ') ?? null;
    const yearOffset = { this: 0, last: -1, next: 1 }[(g['yearRelative'] ?? '').toLowerCase()];
    // "December that year", "March the following year": the year of the date last named, or the one after it.
    const anaphor = (g['yearAnaphor'] ?? '').toLowerCase();
    const anaphorStep = /following|next/.test(anaphor) ? 1 : /previous|preceding/.test(anaphor) ? -1 : 0;
    return candidate(this.name, match, (context) => {
      const dct = context.dct;
      if (anaphor) {
        const named = context.anchor('year')?.year;
        return named === undefined ? null : explicitReading({ year: named + anaphorStep, month: monthNumber });
      }
      let year = explicitYear ?? (yearOffset !== undefined && dct ? dct.year + yearOffset : yearFor(monthNumber, context));
      if (explicitYear === null && relative === 'that') year = context.anchor('year')?.year ?? year;
      if (explicitYear === null && yearOffset === undefined && relative && relative !== 'that' && dct?.month !== undefined && year !== null) {
        // "last April" is the most recent April strictly before the document month; "next April" the first after.
        // The month just gone would be "last month": "last February", written in March, is a year earlier.
        if (/last|past/.test(relative)) year = monthNumber < dct.month - 1 ? dct.year : dct.year - 1;
        else if (/next|coming/.test(relative)) year = monthNumber > dct.month ? dct.year : dct.year + 1;
        else year = dct.year;
      }
      // A month told in the past that has not begun at the document date is last year's: "changed to a
      // calendar year in December", written in October.
      if (explicitYear === null && yearOffset === undefined && !relative && dct?.month !== undefined && year === dct.year &&
        monthNumber > dct.month && context.tense === 'past' && !context.deadline && context.pastVerb) year -= 1;
      if (year === null) return null;
      return explicitReading({ year, month: monthNumber }) ?? { type: 'DATE', value: format({ year, month: monthNumber }) };
    });
  },
};
