// A week named by one of its days: "the week of March 6", "the week of 16 January 2024".
import { formatWeek } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, yearFor } from './shared.js';

/**
 * Accepts: "the week of March 6", "the week of Jan. 29, 2024", "the week of 16 January".
 * Rejects: "the week of talks" (no date), "a week of March" (no day).
 * The value is the ISO week that contains the day (TimeML "2000-W10").
 */
export const weekOf: Rule = {
  name: 'week-of',
  pattern: new RegExp(
    `${START}[Tt]he\\s+week\\s+of\\s+(?:(?<month>${MONTH})\\s+(?<day>${DAY})|(?<day2>${DAY})\\s+(?:of\\s+)?(?<month2>${MONTH}))(?![\\p{L}\\p{N}]|:\\d)(?:,?\\s+(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lexicon.month(g['month'] ?? g['month2'] ?? '');
    const dayOfMonth = Number.parseInt(g['day'] ?? g['day2'] ?? '', 10);
    if (month === null) return null;
    const explicitYear = g['year'] ? Number(g['year']) : null;
    return candidate(this.name, match, (context) => {
      const point = dayPoint(explicitYear ?? yearFor(month, context), month, dayOfMonth);
      return point ? { type: 'DATE', value: formatWeek(point) } : null;
    });
  },
};
