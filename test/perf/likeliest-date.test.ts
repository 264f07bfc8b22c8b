// likeliestDate finds in one pass the date the merge used to take as the first of its mentions'
// distinct dates sorted (most precise, then most mentioned, then earliest as text): the same date
// on every mix of dates, invalid ones (of span Infinity) and intervals among them.
import { describe, expect, it } from 'vitest';
import { compareText } from '../../pipeline/lib/json.js';
import { spanOf } from '../../pipeline/normalize/events/date-range.js';
import { likeliestDate } from '../../pipeline/normalize/events/likeliest-date.js';
import { seededRandom as random } from '../fixtures/seeded-random.js';

/** The routine it replaced (normalize/events/index.ts's toEvent before), as the oracle. */
function sortedFirst(mentions: Array<{ date: string }>): string {
  const votes = new Map<string, number>();
  for (const m of mentions) votes.set(m.date, (votes.get(m.date) ?? 0) + 1);
  return [...votes.keys()].sort((a, b) => spanOf(a) - spanOf(b) || votes.get(b)! - votes.get(a)! || compareText(a, b))[0]!;
}

const DATES = [
  '2024-01-18', '2024-01-17', '2024-01', '2024-02', '2024', '2023', '202X', '2024-01-16/2024-01-18', '2024-01-18/2024-01-20',
  '2024-01/2024-03', '2024-02-30', 'not a date', '', '2024-13', 'Z', 'é', '\u{1F600}', '2024-01-18 ',
];


describe('likeliestDate', () => {
  it('gives the first of the sorted distinct dates, on 20,000 random clusters', () => {
    const next = random(13);
    for (let n = 0; n < 20_000; n++) {
      const size = 1 + Math.floor(next() * 9);
      const pool = DATES.filter(() => next() < 0.3);
      if (!pool.length) pool.push(DATES[Math.floor(next() * DATES.length)]!);
      const mentions = Array.from({ length: size }, () => ({ date: pool[Math.floor(next() * pool.length)]! }));
      expect(likeliestDate(mentions), JSON.stringify(mentions)).toBe(sortedFirst(mentions));
    }
  });

  it('orders by span, then count, then text; invalid dates last, among themselves by count then text', () => {
    const d = (...dates: string[]) => dates.map((date) => ({ date }));
    expect(likeliestDate(d('2024', '2024-01', '2024-01', '2024-01-18'))).toBe('2024-01-18');
    expect(likeliestDate(d('2024-01-18', '2024-01-17', '2024-01-17'))).toBe('2024-01-17');
    expect(likeliestDate(d('2024-01-18', '2024-01-17'))).toBe('2024-01-17');
    expect(likeliestDate(d('x', 'y', 'y'))).toBe('y');
    expect(likeliestDate(d('x', 'y', '2024'))).toBe('2024');
    expect(likeliestDate(d('only'))).toBe('only');
  });
});
