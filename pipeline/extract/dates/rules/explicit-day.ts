// Explicit days: a day and a month, with or without a year and a weekday.
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, explicitReading, yearFor } from './shared.js';

const WEEKDAY = `(?:(?<weekday>${lexicon.weekdayNames}),?\\s+(?:the\\s+)?)?`;
// "last Oct. 23" is the most recent one before the document date, "next March 3" the first after.
const RELATIVE = `(?:(?<relative>last|next)\\s+)?`;

/**
 * Day before month: "16 January", "16th of January 2024", "Thursday, 8 February 2024",
 * "19 January, 2024".
 * Rejects: "16 Januaryx", "116 January" (no day), "32 January" (no day 32).
 */
export const dayMonth: Rule = {
  name: 'explicit-day:day-month',
  pattern: new RegExp(
    `${START}${RELATIVE}${WEEKDAY}(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match) {
    return extractDay(this.name, match);
  },
};

/**
 * Month before day: "January 16", "Jan. 29, 2024", "Thursday, Feb. 8, 2024", "January 16th".
 * Rejects: "January 2024" (month-year), "Jan 2024".
 */
export const monthDay: Rule = {
  name: 'explicit-day:month-day',
  pattern: new RegExp(
    `${START}${RELATIVE}${WEEKDAY}(?<month>${MONTH})\\s+(?<day>${DAY})(?![\\p{L}\\p{N}]|:\\d)(?:,?\\s+(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match) {
    return extractDay(this.name, match);
  },
};

function extractDay(rule: string, match: RegExpExecArray) {
  const g = match.groups ?? {};
  const month = lexicon.month(g['month'] ?? '');
  const dayOfMonth = Number.parseInt(g['day'] ?? '', 10);
  if (month === null) return null;
  const explicitYear = g['year'] ? Number(g['year']) : null;
  const relative = g['relative']?.toLowerCase();
  return candidate(rule, match, (context) => {
    let year = explicitYear ?? yearFor(month, context);
    const dct = context.dct;
    if (explicitYear === null && relative && dct?.month !== undefined) {
      const after = month > dct.month || (month === dct.month && dayOfMonth > (dct.day ?? 0));
      const before = month < dct.month || (month === dct.month && dayOfMonth < (dct.day ?? 32));
      year = relative === 'last' ? (before ? dct.year : dct.year - 1) : after ? dct.year : dct.year + 1;
    }
    return explicitReading(dayPoint(year, month, dayOfMonth));
  });
}
