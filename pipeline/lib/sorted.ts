// Look-ups in lists sorted by a numeric key (an offset, a token index), by binary search, so that
// per-sentence and per-trigger look-ups stay logarithmic and the extractors linear on long inputs.

/** Index of the first item whose key is >= value (the list's length when there is none). */
export function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const startOf = (span: { start: number }): number => span.start;
export const endOf = (span: { end: number }): number => span.end;
