// Refiners: decide between the candidates the rules proposed. They run in a fixed order
// (see tag.ts): overlap removal first, then resolution in text order.
import type { Candidate } from './types.js';

/**
 * Keeps the longest of overlapping candidates ("16 January 2024" over "January 2024" and "2024");
 * at equal length the earlier candidate, which comes from the earlier rule in the registry.
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = candidates
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || a.index - b.index);
  const kept: Candidate[] = [];
  for (const { c } of ordered) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}
