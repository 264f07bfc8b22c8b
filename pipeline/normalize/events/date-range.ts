// EDTF values as merging compares them, computed once per distinct value: merging compares each
// mention with many happenings, and parsing the same few hundred dates again each time was most
// of its cost.
import { edtfBoundsOrNull, edtfPrecision, type EdtfPrecision } from '../../lib/edtf.js';

export interface DateRange {
  /** First and last day, as ISO dates. */
  bounds: [string, string];
  /** First and last day, in ms since the epoch (UTC midnight). */
  start: number;
  end: number;
  precision: EdtfPrecision;
}

const cache = new Map<string, DateRange | null>();

/** The range of an EDTF value, or null when it is not a valid one. */
export function dateRange(value: string): DateRange | null {
  let range = cache.get(value);
  if (range !== undefined) return range;
  const bounds = edtfBoundsOrNull(value);
  range = bounds
    ? { bounds, start: Date.parse(`${bounds[0]}T00:00:00Z`), end: Date.parse(`${bounds[1]}T00:00:00Z`), precision: edtfPrecision(value) }
    : null;
  if (cache.size > 100_000) cache.clear(); // bounded: a build names far fewer distinct dates
  cache.set(value, range);
  return range;
}

/** The length of a value's range in ms (0 for a day); Infinity when it is not valid. */
export function spanOf(value: string): number {
  const r = dateRange(value);
  return r ? r.end - r.start : Infinity;
}
