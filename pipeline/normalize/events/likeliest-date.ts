// The date of a merged event, chosen among its mentions' dates.
import { compareText } from '../../lib/json.js';
import { spanOf } from './date-range.js';

/**
 * The most precise date; among equally precise ones, the one most mentions give, then the earliest
 * (as text). Found in one pass over the distinct dates rather than by sorting them: the order is
 * total (spans, then counts, then text; invalid dates all of span Infinity), so its first is one.
 */
export function likeliestDate(mentions: ReadonlyArray<{ date: string }>): string {
  if (mentions.length === 1) return mentions[0]!.date;
  const votes = new Map<string, number>();
  for (const m of mentions) votes.set(m.date, (votes.get(m.date) ?? 0) + 1);
  return likeliestOf(votes);
}

/** The likeliest of the dates counted (how many mentions give each; at least one date). */
export function likeliestOf(votes: ReadonlyMap<string, number>): string {
  let best: string | null = null;
  for (const d of votes.keys()) {
    // Infinity - Infinity is NaN, which `||` passes over as the sort this replaced did.
    if (best === null || (spanOf(d) - spanOf(best) || votes.get(best)! - votes.get(d)! || compareText(d, best)) < 0) best = d;
  }
  return best!;
}
