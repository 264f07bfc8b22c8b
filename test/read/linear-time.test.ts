// The readers' patterns must run in linear time: ~1 MB of adversarial input may take at most ~15
// times as long as ~100 KB (a quadratic pattern would take ~100 times as long).
import { describe, expect, it } from 'vitest';
import { decodeHtml, readHtmlPage } from '../../pipeline/read/html/index.js';
import { findDatePhrases } from '../../pipeline/read/text/date-phrase.js';
import { readTextArticle } from '../../pipeline/read/text/index.js';

function time(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const ratio = (make: (n: number) => string, run: (s: string) => void): number => {
  const small = make(100_000);
  const large = make(1_000_000);
  run(small); // warm up
  return time(() => run(large)) / Math.max(time(() => run(small)), 1);
};

const repeatTo = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('linear time', () => {
  it.each([
    ['digits and spaces', repeatTo('1 ')],
    ['long blank runs after a day', (n: number) => '5' + ' '.repeat(n - 1)],
    ['month names without days', repeatTo('January February, ')],
    ['almost-dates', repeatTo('12 Jan, 20')],
    ['bullets and by-lines', repeatTo('• By A B C D E F G H I\n')],
    ['bracket openings', repeatTo('[Getty (AP ')],
    ['one endless line of capitals', repeatTo('Alpha Beta ')],
  ])('text reader: %s', (_why, make) => {
    expect(ratio(make, (s) => readTextArticle(s))).toBeLessThan(15);
  });

  it.each([
    ['digits', repeatTo('2024-01-')],
    ['month-day fragments', repeatTo('Jan 1')],
  ])('date phrases: %s', (_why, make) => {
    expect(ratio(make, (s) => findDatePhrases(s))).toBeLessThan(15);
  });

  it.each([
    ['unclosed angle brackets', repeatTo('<a <b ')],
    ['nested divs', (n: number) => '<div>'.repeat(n / 10) + 'x' + '</div>'.repeat(n / 10)],
    ['timestamps', repeatTo('<p>2023-11-08T18:09:55Z 2023-11-09 01:09:</p>')],
    ['meta charset soup', repeatTo('<meta charset=')],
  ])('HTML reader: %s', (_why, make) => {
    expect(ratio(make, (s) => readHtmlPage(decodeHtml(new TextEncoder().encode(s)).html))).toBeLessThan(15);
  });
});
