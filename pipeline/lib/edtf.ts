// EDTF (ISO 8601-2) values as the dataset uses them: day, month, year, decade, century and
// intervals of these. Bounds are ISO dates, so that any tool can sort and filter.

export type EdtfPrecision = 'day' | 'month' | 'year' | 'decade' | 'interval';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DECADE = /^(\d{3})X$/;
const CENTURY = /^(\d{2})XX$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a well-formed EDTF value that names real calendar days. */
export function isValidEdtf(value: string): boolean {
  return edtfBoundsOrNull(value) !== null;
}

/** [first day, last day] the value covers, or null when it is not a valid value. */
export function edtfBoundsOrNull(value: string): [string, string] | null {
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const a = edtfBoundsOrNull(value.slice(0, slash));
    const b = edtfBoundsOrNull(value.slice(slash + 1));
    return a && b && a[0] <= b[1] ? [a[0], b[1]] : null;
  }
  let m: RegExpExecArray | null;
  if ((m = DAY.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? [value, value] : null;
  }
  if ((m = MONTH.exec(value))) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return [`${value}-01`, `${value}-${String(daysInMonth(Number(m[1]), mo)).padStart(2, '0')}`];
  }
  if ((m = YEAR.exec(value))) return [`${value}-01-01`, `${value}-12-31`];
  if ((m = DECADE.exec(value))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  if ((m = CENTURY.exec(value))) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`];
  return null;
}

export function edtfBounds(value: string): [string, string] {
  const bounds = edtfBoundsOrNull(value);
  if (!bounds) throw new Error(`not a valid EDTF date: ${value}`);
  return bounds;
}

export function edtfPrecision(value: string): EdtfPrecision {
  if (value.includes('/')) return 'interval';
  if (DAY.test(value)) return 'day';
  if (MONTH.test(value)) return 'month';
  if (YEAR.test(value)) return 'year';
  return 'decade';
}

/** True when a lies within b (equal, or more precise inside it). */
export function edtfWithin(a: string, b: string): boolean {
  const x = edtfBoundsOrNull(a);
  const y = edtfBoundsOrNull(b);
  return !!(x && y && x[0] >= y[0] && x[1] <= y[1]);
}
