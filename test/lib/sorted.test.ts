// The one binary search the extractors share (pipeline/lib/sorted.ts).
import { describe, expect, it } from 'vitest';
import { endOf, lowerBound, startOf } from '../../pipeline/lib/sorted.js';

describe('lowerBound', () => {
  const spans = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 5, end: 12 }, { start: 20, end: 25 }];

  it.each([
    [-1, 0], [0, 0], [1, 1], [5, 1], [6, 3], [20, 3], [21, 4], [99, 4],
  ])('the first span starting at or after %i is at %i', (value, index) => {
    expect(lowerBound(spans, value, startOf)).toBe(index);
  });

  it('searches by any key, and an empty list gives 0', () => {
    expect(lowerBound(spans, 9, endOf)).toBe(1);
    expect(lowerBound(spans, 10, endOf)).toBe(2);
    expect(lowerBound([], 3, startOf)).toBe(0);
  });
});
