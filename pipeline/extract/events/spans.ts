// Range look-ups over lists sorted by start offset, by binary search, so that every per-sentence
// or per-trigger look-up costs O(log n + k) and the coder stays linear on long inputs.
import type { Span } from '../../model.js';
import { lowerBound, startOf } from '../../lib/sorted.js';

/** Index of the first item whose start is >= offset. */
export const firstFrom = <T extends Span>(sorted: readonly T[], offset: number): number => lowerBound(sorted, offset, startOf);

/** The items lying inside [start, end), in order. */
export function within<T extends Span>(sorted: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(sorted, start); i < sorted.length; i++) {
    const item = sorted[i]!;
    if (item.start >= end) break;
    if (item.end <= end) out.push(item);
  }
  return out;
}

export const byStart = <T extends Span>(xs: T[]): T[] => [...xs].sort((a, b) => a.start - b.start || a.end - b.end);

/** How far (in tokens) any scan for a clause, a subject or an object may reach. */
export const REACH = 40;
