// Which span of a list overlaps a given one (the date an amount is part of, the actor an
// attribution names, whether a number lies inside a date), by binary search when the list is in order of start: each look-up is
// logarithmic, so a text's figures cost no more than linear in its dates and actors.
import type { Span } from '../model.js';
import { lowerBound, startOf } from './sorted.js';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const self = (x: number) => x;

export class OverlapIndex<T extends Span> {
  /** Running maximum of the ends, when the spans are in order of start; else null (look-ups scan). */
  private readonly reach: number[] | null;

  constructor(private readonly spans: readonly T[]) {
    const sorted = spans.every((s, i) => i === 0 || spans[i - 1]!.start <= s.start);
    let max = -Infinity;
    this.reach = sorted ? spans.map((s) => (max = Math.max(max, s.end))) : null;
  }

  /**
   * The first span of the list that overlaps `s`, or undefined. In order of start, no span before
   * the first whose running end passes s.start reaches s; that one overlaps s unless it starts
   * after s, and then so do all after it.
   */
  first(s: Span): T | undefined {
    if (!this.reach) return this.spans.find((x) => overlaps(x, s));
    const i = lowerBound(this.reach, s.start + 1, self);
    const x = this.spans[i];
    return x && overlaps(x, s) ? x : undefined;
  }
}

/** Whether a span overlaps any of `spans` (in any order), each test logarithmic. */
export function overlapsAny(spans: readonly Span[]): (a: Span) => boolean {
  const index = new OverlapIndex([...spans].sort((x, y) => startOf(x) - startOf(y)));
  return (a) => index.first(a) !== undefined;
}
