// The Solar Hijri (Iranian, "Persian") calendar to Gregorian and back, exact for the years news
// names (1210-1634 SH, 1831-2256 CE). A year starts at Nowruz (1 Farvardin, 20 or 21 March); the
// first six months have 31 days, the next five 30, Esfand 29 or 30 in a leap year. Leap years
// follow the astronomical calendar, reproduced by Borkowski's arithmetic: a table of the years where
// the 33-year cycle breaks (the algorithm jalaali-js and the Iranian calendar authority's tables
// agree on); between 1210 and 1635 the cycle runs unbroken.
import { addDays, type CalendarPoint } from './calendar.js';

const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];
/** The years this module converts; outside them it gives null rather than a guess. */
export const FIRST_YEAR = 1210;
export const LAST_YEAR = 1634;

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

interface YearStart { gregorianYear: number; march: number; leap: boolean }

/** The Gregorian day of 1 Farvardin of a Solar Hijri year, and whether the year is leap. */
function yearStart(year: number): YearStart {
  let leapCount = -14;
  let previous = BREAKS[0] ?? 0;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const next = BREAKS[i] ?? 0;
    jump = next - previous;
    if (year < next) break;
    leapCount += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previous = next;
  }
  let n = year - previous;
  leapCount += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapCount += 1;
  const gregorianYear = year + 621;
  const gregorianLeaps = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapCount - gregorianLeaps;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { gregorianYear, march, leap: leap === 0 };
}

const inRange = (year: number): boolean => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

/** Days in a Solar Hijri month (Esfand has 30 in a leap year). */
export function solarMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return yearStart(year).leap ? 30 : 29;
}

/** The Gregorian day of a Solar Hijri date, or null for an impossible one ("Esfand 30" of a common year). */
export function solarToGregorian(year: number, month: number, dayOfMonth: number): CalendarPoint | null {
  if (!inRange(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > solarMonthLength(year, month)) return null;
  const start = yearStart(year);
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + dayOfMonth - 1;
  return addDays({ year: start.gregorianYear, month: 3, day: start.march }, offset);
}

export interface SolarDate { year: number; month: number; day: number }

const dayNumber = (p: CalendarPoint): number => Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1) / 86_400_000;

/** The Solar Hijri date of a Gregorian day, or null outside the supported years. */
export function gregorianToSolar(point: CalendarPoint): SolarDate | null {
  let year = point.year - 621;
  let start = solarToGregorian(year, 1, 1);
  if (start && dayNumber(point) < dayNumber(start)) start = solarToGregorian(--year, 1, 1);
  if (!start) return null;
  const days = dayNumber(point) - dayNumber(start);
  if (days < 186) return { year, month: div(days, 31) + 1, day: mod(days, 31) + 1 };
  const rest = days - 186;
  return { year, month: Math.min(12, div(rest, 30) + 7), day: rest >= 330 ? rest - 330 + 1 : mod(rest, 30) + 1 };
}

/** A whole Solar Hijri year as its first and last Gregorian days ("1402": 2023-03-21 to 2024-03-19). */
export function solarYearSpan(year: number): [CalendarPoint, CalendarPoint] | null {
  const first = solarToGregorian(year, 1, 1);
  const next = inRange(year + 1) ? solarToGregorian(year + 1, 1, 1) : null;
  return first && next ? [first, addDays(next, -1)] : null;
}
