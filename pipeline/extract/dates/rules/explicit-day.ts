// Explicit days: a day and a month, with or without a year and a weekday.
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, explicitReading, yearFor } from './shared.js';

const WEEKDAY = `(?:(?<weekday>${lexicon.weekdayNames}),?\\s+(?:the\\s+)?)?`;

/**
 * Day before month: "16 January", "16th of January 2024", "Thursday, 8 February 2024",
 * "19 January, 2024".
 * Rejects: "16 Januaryx", "116 January" (no day), "32 January" (no day 32).
 */
export const dayMonth: Rule = {
  name: 'explicit-day:day-month',
  pattern: new RegExp(
    `${START}${WEEKDAY}(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${END}`,
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
    `${START}${WEEKDAY}(?<month>${MONTH})\\s+(?<day>${DAY})(?![\\p{L}\\p{N}]|:\\d)(?:,?\\s+(?<year>${YEAR}))?${END}`,
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
  return candidate(rule, match, (context) => {
    const year = explicitYear ?? yearFor(month, context);
    return explicitReading(dayPoint(year, month, dayOfMonth));
  });
}
