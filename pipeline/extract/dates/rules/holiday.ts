// Holidays: "Thanksgiving Day", "last Christmas", "Easter 1998", "Christmas Eve", "Nowruz", "Arbaeen".
// Their dates are computed from the lexicon (pipeline/lexicons/dates/holidays.json).
import { addDays, compare, daysBetween, easterSunday, format, formatWeek, nthWeekday, type CalendarPoint } from '../calendar.js';
import { lexicon, type Holiday } from '../lexicon.js';
import { lunarDatesIn } from '../lunar-hijri.js';
import { candidate, type Reading, type Rule } from '../types.js';
import { END, START, YEAR, explicitReading } from './shared.js';

/** The holiday's day (or month) in a year; a lunar feast's first day in it (null past the calendar data). */
function dateIn(holiday: Holiday, year: number): CalendarPoint | null {
  if (holiday.hijri) return lunarDatesIn(year, holiday.hijri.month, holiday.hijri.day)[0] ?? null;
  if (holiday.easter !== undefined) return addDays(easterSunday(year), holiday.easter);
  const month = holiday.month ?? 1;
  if (holiday.weekday !== undefined && holiday.nth !== undefined) return nthWeekday(year, month, holiday.weekday, holiday.nth);
  return holiday.day === undefined ? { year, month } : { year, month, day: holiday.day };
}

const TEMPORAL_BEFORE = /(?:^|[^\p{L}])(?:on|during|before|after|since|until|till|by|around|ahead\s+of|in\s+the\s+run-up\s+to|the\s+eve\s+of|days?\s+(?:before|after))\s+(?:the\s+)?$/iu;

// News names a lunar feast around its day: a feast a few weeks past is still the one a decision "would"
// ban travel for, and one a few weeks ahead the one preparations were made for in the past tense.
const LUNAR_FEAST_GRACE_DAYS = 45;

/** The lunar feast's day near the document date in the direction the clause looks ("last", "next": strictly). */
function nearbyLunarFeast(feast: { month: number; day: number }, dct: CalendarPoint, look: 'last' | 'next' | 'past' | 'future' | 'nearest'): CalendarPoint | null {
  const days = [dct.year - 1, dct.year, dct.year + 1].flatMap((y) => lunarDatesIn(y, feast.month, feast.day));
  const distance = (p: CalendarPoint): number => daysBetween(dct, p);
  if (look === 'last') return days.filter((p) => distance(p) < 0).pop() ?? null;
  if (look === 'next') return days.find((p) => distance(p) > 0) ?? null;
  if (look === 'past') return days.filter((p) => distance(p) <= LUNAR_FEAST_GRACE_DAYS).pop() ?? null;
  if (look === 'future') return days.find((p) => distance(p) >= -LUNAR_FEAST_GRACE_DAYS) ?? null;
  return days.reduce<CalendarPoint | null>((best, p) => (best === null || Math.abs(distance(p)) < Math.abs(distance(best)) ? p : best), null);
}

// "in Muharram", "in Ramadan": a lunar month takes "in" as any month does.
const IN_BEFORE = /(?:^|[^\p{L}])in\s+$/iu;
// The last day a lunar month surely reaches: its 29th (the 30th depends on the moon).
const LUNAR_MONTH_LAST_DAY = 29;

/**
 * A lunar month from its first day: the Gregorian month it falls in, or the two it straddles as an
 * interval ("Muharram 1448": 2026-06/2026-07), which TimeML cannot write (no TimeML part then).
 */
function lunarMonthReading(first: CalendarPoint, hijriMonth: number): Reading {
  const lastDays = lunarDatesIn(first.year, hijriMonth, LUNAR_MONTH_LAST_DAY).concat(lunarDatesIn(first.year + 1, hijriMonth, LUNAR_MONTH_LAST_DAY));
  const last = lastDays.find((d) => compare(d, first) > 0 && daysBetween(first, d) < 31);
  const start = { year: first.year, month: first.month };
  if (!last || last.month === first.month) return { type: 'DATE', value: format(start) };
  return { type: 'DATE', value: `${format(start)}/${format({ year: last.year, month: last.month })}`, parts: [] };
}

/**
 * Accepts: "Thanksgiving Day", "Thanksgiving", "last Thanksgiving", "next Christmas", "Christmas 1998",
 * "Christmas Day, 1998", "Easter week" (the ISO week of Easter Sunday), "Good Friday", "Nowruz" (a month),
 * "Arbaeen", "Eid ul-Adha 2024" (lunar feasts: a month), "during Muharram", "in Ramadan" (lunar months:
 * the Gregorian months they straddle).
 * Rejects: "Easter Island", "thanksgiving" in lower case (the noun), "Christmases".
 * Without a year: past tense (the default in news) takes the most recent one on or before the
 * document date, future tense or a deadline ("by Christmas") the first on or after it; "last" and
 * "next" the one strictly before or after.
 */
export const holiday: Rule = {
  name: 'holiday',
  pattern: new RegExp(
    `${START}(?:(?<relative>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<name>${lexicon.holidayNames})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const found = lexicon.holiday(g['name'] ?? '');
    if (!found) return null;
    const end = match.index + match[0].length;
    const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1];
    if (next && found.notBefore?.includes(next)) return null;
    if (next && found.hijri && lexicon.lunarFeastModifiers.has(next.toLowerCase())) return null;
    // "for Arbaeen" names the occasion an act is for, which annotators read as no date; "this Arbaeen",
    // "during Ashura", "Eid al-Fitr 2024" name the time.
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (found.hijri && !g['relative'] && !g['year'] && !TEMPORAL_BEFORE.test(before) && !(found.lunarMonth && IN_BEFORE.test(before))) return null;
    const relative = (g['relative'] ?? '').toLowerCase();
    const year = g['year'] ? Number(g['year']) : null;
    const holidayValue = (point: CalendarPoint): string => (found.week ? formatWeek(point) : format(point));
    return candidate(this.name, match, ({ dct, tense, deadline }) => {
      const past = relative === 'last' || (relative === '' && tense === 'past' && !deadline);
      let point: CalendarPoint | null;
      if (year !== null) point = dateIn(found, year);
      else if (found.hijri) {
        if (dct?.day === undefined) return null;
        const look = relative === 'last' ? 'last' : relative === 'next' ? 'next' : relative === 'this' ? 'nearest' : tense === 'past' && !deadline ? 'past' : 'future';
        point = nearbyLunarFeast(found.hijri, dct, look);
      } else {
        if (dct?.month === undefined) return null;
        const thisYear = dateIn(found, dct.year);
        if (!thisYear) return null;
        // 0 when on the document day (or in its month or week, for a month or week)
        const order = found.week && formatWeek(thisYear) === formatWeek(dct) ? 0 : compare(thisYear, dct);
        if (relative === 'this') point = thisYear;
        else if (past) point = order < 0 || (order === 0 && relative === '') ? thisYear : dateIn(found, dct.year - 1);
        else point = order > 0 || (order === 0 && relative === '') ? thisYear : dateIn(found, dct.year + 1);
      }
      if (!point) return null;
      if (found.lunarMonth && found.hijri) return lunarMonthReading(point, found.hijri.month);
      // A lunar feast is kept a day apart by countries that sight the moon themselves: its month.
      if (found.hijri) point = { year: point.year, month: point.month };
      if (found.week) return { type: 'DATE', value: holidayValue(point) };
      return explicitReading(point) ?? { type: 'DATE', value: holidayValue(point) };
    });
  },
};
