// A day named by its number alone, in the month last dated: "Iranian missiles hit Panjgur on 16
// January; Pakistani drones struck on the 18th."
import { day, format } from '../calendar.js';
import { candidate, type Rule } from '../types.js';
import { START } from './shared.js';

// The day is a time adverbial: after a preposition of time ("on the 18th", "by the 25th").
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:on|by|until|till|from|since)\s+$/iu;

/**
 * Accepts: "on the 18th", "by the 25th,", "from the 3rd and", "until the 21st." (the month and year of
 * the date with a month last named: "on 16 January ... on the 18th" is 18 January).
 * Rejects: "the 18th century", "the 18th session", "on the 18th floor" (a noun follows the ordinal),
 * "the 18th" without a preposition before it ("the 18th was quiet"), "on the 18th of January"
 * (explicit-day.ts), "on the 31st" after a month of 30 days (no such day), a day with no month before it.
 */
export const dayOfMonth: Rule = {
  name: 'day-of-month',
  pattern: new RegExp(
    `${START}the\\s+(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)` +
      `(?=\\s*(?:[,.;:!?)'"’”\\u2014]|$)|\\s+(?:and|or|but|at|in|when|while|as|after|before|until|till|by|from)(?![\\p{L}\\p{N}-]))`,
    'gdu',
  ),
  extract(match, text) {
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
    const dayOfMonthNumber = Number.parseInt(match.groups?.['day'] ?? '', 10);
    return candidate(this.name, match, ({ anchor }) => {
      const last = anchor('month');
      const point = last?.month !== undefined ? day(last.year, last.month, dayOfMonthNumber) : null;
      return point ? { type: 'DATE', value: format(point), anchor: { ...point, precision: 'day' } } : null;
    });
  },
};
