// Holidays: "Thanksgiving Day", "last Christmas", "Easter 1998", "Christmas Eve", "Nowruz".
// Their dates are computed from the lexicon (pipeline/lexicons/dates/holidays.json).
import { addDays, compare, easterSunday, format, formatWeek, nthWeekday, type CalendarPoint } from '../calendar.js';
import { lexicon, type Holiday } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START, YEAR, explicitReading } from './shared.js';

/** The holiday's day (or month) in a year. */
function dateIn(holiday: Holiday, year: number): CalendarPoint {
  if (holiday.easter !== undefined) return addDays(easterSunday(year), holiday.easter);
  const month = holiday.month ?? 1;
  if (holiday.weekday !== undefined && holiday.nth !== undefined) return nthWeekday(year, month, holiday.weekday, holiday.nth);
  return holiday.day === undefined ? { year, month } : { year, month, day: holiday.day };
}

/**
 * Accepts: "Thanksgiving Day", "Thanksgiving", "last Thanksgiving", "next Christmas", "Christmas 1998",
 * "Christmas Day, 1998", "Easter week" (the ISO week of Easter Sunday), "Good Friday", "Nowruz" (a month).
 * Rejects: "Easter Island", "thanksgiving" in lower case (the noun), "Christmases".
 * Without a year: past tense (the default in news) takes the most recent one on or before the
 * document date, future tense or a deadline ("by Christmas") the first on or after it; "last" and
 * "next" the one strictly before or after.
 */
export const holiday: Rule = {
  name: 'holiday',
  pattern: new RegExp(
    `${START}(?:(?<relative>last|next|this)\\s+)?(?<name>${lexicon.holidayNames})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const found = lexicon.holiday(g['name'] ?? '');
    if (!found) return null;
    const end = match.index + match[0].length;
    const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1];
    if (next && found.notBefore?.includes(next)) return null;
    const relative = (g['relative'] ?? '').toLowerCase();
    const year = g['year'] ? Number(g['year']) : null;
    const holidayValue = (point: CalendarPoint): string => (found.week ? formatWeek(point) : format(point));
    return candidate(this.name, match, ({ dct, tense, deadline }) => {
      const past = relative === 'last' || (relative === '' && tense === 'past' && !deadline);
      let point: CalendarPoint;
      if (year !== null) point = dateIn(found, year);
      else {
        if (dct?.month === undefined) return null;
        const thisYear = dateIn(found, dct.year);
        // 0 when on the document day (or in its month or week, for a month or week)
        const order = found.week && formatWeek(thisYear) === formatWeek(dct) ? 0 : compare(thisYear, dct);
        if (relative === 'this') point = thisYear;
        else if (past) point = order < 0 || (order === 0 && relative === '') ? thisYear : dateIn(found, dct.year - 1);
        else point = order > 0 || (order === 0 && relative === '') ? thisYear : dateIn(found, dct.year + 1);
      }
      if (found.week) return { type: 'DATE', value: holidayValue(point) };
      return explicitReading(point) ?? { type: 'DATE', value: holidayValue(point) };
    });
  },
};
