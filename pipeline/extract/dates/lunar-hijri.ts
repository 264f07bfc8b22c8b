// The lunar Hijri (Islamic) calendar's feasts in Gregorian years: "Arbaeen" (20 Safar), "Ashura"
// (10 Muharram), "Eid al-Fitr" (1 Shawwal). Days come from ICU's Umm al-Qura calendar (Node's Intl,
// no network); Pakistan and Iran sight the moon themselves and may keep a feast a day apart, so the
// rules that use this give the month, not the day.
import type { CalendarPoint } from './calendar.js';

const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
const DAY_MS = 86_400_000;
// 1 Muharram 1 AH in the proleptic Gregorian calendar (the civil epoch, 16 July 622), and the mean
// lengths of the lunar year and month: a first guess within two days of the Umm al-Qura date.
const EPOCH_MS = Date.UTC(622, 6, 16);
const YEAR_DAYS = 354.36667;
const MONTH_DAYS = 29.530589;

function hijriOf(ms: number): { year: number; month: number; day: number } {
  const parts = hijri.formatToParts(new Date(ms));
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const cache = new Map<string, CalendarPoint | null>();

/** The Gregorian day of a lunar Hijri date, or null outside what the calendar data covers. */
export function lunarToGregorian(year: number, month: number, dayOfMonth: number): CalendarPoint | null {
  const key = `${year}-${month}-${dayOfMonth}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const guess = EPOCH_MS + Math.round(((year - 1) * YEAR_DAYS + (month - 1) * MONTH_DAYS + dayOfMonth - 1)) * DAY_MS;
  let found: CalendarPoint | null = null;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const ms = guess + shift * DAY_MS;
    const h = hijriOf(ms);
    if (h.year === year && h.month === month && h.day === dayOfMonth) {
      const d = new Date(ms);
      found = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      break;
    }
  }
  cache.set(key, found);
  return found;
}

/** The days a lunar Hijri date falls on in a Gregorian year (one, or two in about one year in 33), in order. */
export function lunarDatesIn(gregorianYear: number, month: number, dayOfMonth: number): CalendarPoint[] {
  const first = Math.floor((gregorianYear - 622) * (365.2425 / YEAR_DAYS));
  const out: CalendarPoint[] = [];
  for (let year = first; year <= first + 2; year++) {
    const point = lunarToGregorian(year, month, dayOfMonth);
    if (point?.year === gregorianYear) out.push(point);
  }
  return out;
}
