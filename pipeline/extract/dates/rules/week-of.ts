// A week named by one of its days: "the week of March 6", "the week of 16 January 2024"; by its last day:
// "the week to 5 July", "the week ending June 28"; or by its place in a month: "the first week of
// December", "the last week of June 2024".
import { addDays, daysInMonth, format, formatWeek, type CalendarPoint } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type ResolveContext, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, yearFor } from './shared.js';

/** A day named by its month and day, either order, with its year or not ("March 6", "16 January 2024"). */
const NAMED_DAY = `(?:(?<month>${MONTH})\\s+(?<day>${DAY})|(?<day2>${DAY})\\s+(?:of\\s+)?(?<month2>${MONTH}))(?![\\p{L}\\p{N}]|:\\d)(?:,?\\s+(?<year>${YEAR}))?`;

/** The day a NAMED_DAY match names, read in its context (the year from the narrative or the document date when not written). */
function namedDay(match: RegExpExecArray): ((context: ResolveContext) => CalendarPoint | null) | null {
  const g = match.groups ?? {};
  const month = lexicon.month(g['month'] ?? g['month2'] ?? '');
  const dayOfMonth = Number.parseInt(g['day'] ?? g['day2'] ?? '', 10);
  if (month === null) return null;
  const explicitYear = g['year'] ? Number(g['year']) : null;
  return (context) => dayPoint(explicitYear ?? yearFor(month, context), month, dayOfMonth);
}

/**
 * Accepts: "the week of March 6", "the week of Jan. 29, 2024", "the week of 16 January".
 * Rejects: "the week of talks" (no date), "a week of March" (no day).
 * The value is the ISO week that contains the day (TimeML "2000-W10").
 */
export const weekOf: Rule = {
  name: 'week-of',
  pattern: new RegExp(
    `${START}[Tt]he\\s+week\\s+of\\s+${NAMED_DAY}${END}`,
    'gdu',
  ),
  extract(match) {
    const named = namedDay(match);
    return named && candidate(this.name, match, (context) => {
      const point = named(context);
      return point ? { type: 'DATE', value: formatWeek(point) } : null;
    });
  },
};

/**
 * Accepts: "the week to 5 July", "the week ending June 28, 2025", "the week ended 12 March" (statistics
 * and market reports count seven days back from the day named).
 * Rejects: "the week to come" (no day), "a week to July" (no day).
 * The dataset's value is the seven days ending that day; TimeML the ISO week holding it.
 */
export const weekEnding: Rule = {
  name: 'week-of:ending',
  pattern: new RegExp(
    `${START}[Tt]he\\s+week\\s+(?:to|ending|ended|through)\\s+${NAMED_DAY}${END}`,
    'gdu',
  ),
  extract(match) {
    const named = namedDay(match);
    const span = { start: match.index, end: match.index + match[0].length };
    return named && candidate(this.name, match, (context) => {
      const last = named(context);
      if (!last) return null;
      return { type: 'DATE', value: `${format(addDays(last, -6))}/${format(last)}`, parts: [{ ...span, type: 'DATE', value: formatWeek(last) }] };
    });
  },
};

/**
 * Accepts: "the first week of December", "the second week of March 2024", "the last week of June".
 * Rejects: "the first week" alone (of what?), "the fifth week of" (not said of a month), "a first week of".
 * The dataset's value is the seven days (days 1-7, 8-14, 15-21, 22-28; the last seven of the month for
 * "last"), not an ISO week: a month's first week seldom starts on a Monday. TimeML gives the month
 * (it has no value for a week counted within a month).
 */
export const weekOfMonth: Rule = {
  name: 'week-of:month',
  pattern: new RegExp(
    `${START}[Tt]he\\s+(?<ordinal>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lexicon.month(g['month'] ?? '');
    // "last" and "final" count back from the month's end; "first" to "fourth" are ordinals of numbers.json.
    const word = g['ordinal'] ?? '';
    const fromEnd = word === 'last' || word === 'final';
    const ordinal = fromEnd ? 0 : lexicon.ordinal(word);
    if (month === null || ordinal === null) return null;
    const explicitYear = g['year'] ? Number(g['year']) : null;
    const span = { start: match.index, end: match.index + match[0].length };
    return candidate(this.name, match, (context) => {
      const year = explicitYear ?? yearFor(month, context);
      if (year === null) return null;
      const last = daysInMonth(year, month);
      const first = fromEnd ? last - 6 : 7 * (ordinal - 1) + 1;
      const value = `${format({ year, month, day: first })}/${format({ year, month, day: first + 6 })}`;
      return { type: 'DATE', value, parts: [{ ...span, type: 'DATE', value: format({ year, month }) }] };
    });
  },
};
