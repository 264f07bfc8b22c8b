// TimeML values to EDTF (ISO 8601-2): the dataset's form of a date.
import { addDays, day, format, mondayOfIsoWeek } from './calendar.js';

const pad = (n: number): string => String(n).padStart(2, '0');

const valid = (value: string): boolean => {
  const [year, month, dayOfMonth] = value.split('-').map(Number);
  if (month === undefined) return true;
  return dayOfMonth === undefined ? month >= 1 && month <= 12 : day(year ?? 0, month, dayOfMonth) !== null;
};

/**
 * Accepts: "2024-01-16", "2024-01", "2024", "2024-W03" (Monday/Sunday interval), "2024-W03-WE",
 * "196" (196X), "19" (19XX), "1989-Q3" (1989-07/1989-09), "1998-SU" (1998), "2000-01-05TNI" (the day),
 * "2024-01-16/2024-01-18".
 * Rejects (null): PRESENT_REF and other vague values, values with unknown digits, "2024-02-31".
 */
export function timemlValueToEdtf(value: string): string | null {
  if (value.includes('/')) {
    const [a, b, ...rest] = value.split('/');
    const from = a ? timemlValueToEdtf(a) : null;
    const to = b ? timemlValueToEdtf(b) : null;
    return rest.length === 0 && from && to && !from.includes('/') && !to.includes('/') ? `${from}/${to}` : null;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}(?:-\d\d(?:-\d\d)?)?)(?:T.*)?$/.exec(value)) && m[1]) return valid(m[1]) ? m[1] : null;
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return m[3] ? `${format(addDays(monday, 5))}/${format(addDays(monday, 6))}` : `${format(monday)}/${format(addDays(monday, 6))}`;
  }
  if (/^\d{3}$/.test(value)) return `${value}X`;
  if (/^\d{2}$/.test(value)) return `${value}XX`;
  // A quarter is its three months: an interval every EDTF reader knows (level 2's 2024-33 is not).
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `${m[1]}-${pad(3 * Number(m[2]) - 2)}/${m[1]}-${pad(3 * Number(m[2]))}`;
  // A season keeps its year's precision, as part-of-period words do ("next summer", "that autumn"):
  // where a season starts and ends differs by hemisphere and by usage, and EDTF's 21-24 codes say no more.
  if ((m = /^(\d{4})-(?:SP|SU|FA|WI)$/.exec(value))) return m[1] ?? null;
  return null;
}
