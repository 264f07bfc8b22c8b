// Calendar arithmetic on partial dates (year, year-month or full day), in UTC so that no time
// zone or clock enters a value. A day is built only through `day()`, which refuses "31 February".

/** A calendar point at the precision the text gives: a year, a month or a day. */
export interface CalendarPoint {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31, valid for the month
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A valid day, or null ("31 February", month 13). */
export function day(year: number, month: number, dayOfMonth: number): CalendarPoint | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || dayOfMonth < 1) return null;
  return dayOfMonth > daysInMonth(year, month) ? null : { year, month, day: dayOfMonth };
}

/** The document creation time (ISO 8601 or EDTF, possibly with a time) as a calendar point. */
export function parseDct(value: string | null): CalendarPoint | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (m[3] === undefined) return month >= 1 && month <= 12 ? { year, month } : { year };
  return day(year, month, Number(m[3])) ?? { year };
}

const utc = (p: CalendarPoint): Date => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
const fromUtc = (d: Date): CalendarPoint => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

/** Days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: CalendarPoint, b: CalendarPoint): number => (utc(b).getTime() - utc(a).getTime()) / 86_400_000;

export function addDays(p: CalendarPoint, n: number): CalendarPoint {
  const d = utc(p);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Shifts by months, keeping only year-month precision (a day would be ambiguous). */
export function addMonths(p: CalendarPoint, n: number): CalendarPoint {
  const index = p.year * 12 + (p.month ?? 1) - 1 + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarPoint {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth given weekday (ISO) of a month; nth -1 is the last. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarPoint {
  if (nth < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export const weekdayOf = (p: CalendarPoint): number => ((utc(p).getUTCDay() + 6) % 7) + 1;

/** The ISO week (year and number) that contains the day. */
export function isoWeek(p: CalendarPoint): { year: number; week: number } {
  const thursday = addDays(p, 4 - weekdayOf(p));
  const jan1 = utc({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((utc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

/** Monday and Sunday of the week containing the day. */
export function weekBounds(p: CalendarPoint): [CalendarPoint, CalendarPoint] {
  const monday = addDays(p, 1 - weekdayOf(p));
  return [monday, addDays(monday, 6)];
}

/** Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): CalendarPoint {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(addDays(jan4, 1 - weekdayOf(jan4)), (week - 1) * 7);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2024", "2024-01" or "2024-01-16". */
export function format(p: CalendarPoint): string {
  let s = pad(p.year, 4);
  if (p.month !== undefined) s += `-${pad(p.month)}`;
  if (p.month !== undefined && p.day !== undefined) s += `-${pad(p.day)}`;
  return s;
}

export const formatWeek = (p: CalendarPoint): string => {
  const w = isoWeek(p);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};

/** Orders two points at their shared precision: negative when a is before b. */
export function compare(a: CalendarPoint, b: CalendarPoint): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}
