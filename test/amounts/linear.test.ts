// The recogniser runs in linear time: 1 MB of adversarial digits, separators, currency signs
// and number words takes at most 25 times as long as 100 KB (linear code measures 9–16 here; quadratic, about 100).
import { describe, expect, it } from 'vitest';
import { recognizeAmounts } from '../../pipeline/extract/amounts/index.js';

const PIECES = ['1,', '2.', '3 ', '$', '£ ', '-', '4/', '5e', '^', 'one ', 'hundred ', 'and ', 'a ', 'half ', 'dozen ', 'of ', 'km ', 'k', 'bn ', '000 ', '(', '%'];

function adversarial(size: number): string {
  let s = '';
  let x = 7;
  while (s.length < size) {
    x = (x * 1103515245 + 12345) % 2147483648; // deterministic mix
    s += PIECES[x % PIECES.length];
  }
  return s.slice(0, size);
}

/**
 * The least of five runs: the garbage collector and other processes on a loaded machine only ever
 * add time to a run (a median of three once gave 26 at load ~6), so the least is the run's cost.
 */
const time = (text: string) => {
  let least = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    recognizeAmounts(text);
    least = Math.min(least, performance.now() - t0);
  }
  return least;
};

describe('linear time', () => {
  it.each([
    ['mixed pieces', adversarial],
    ['one digit run', (n: number) => '1,'.repeat(n / 2)],
    ['number words', (n: number) => 'one hundred and '.repeat(n / 16)],
    ['currency signs', (n: number) => '$ '.repeat(n / 2)],
  ])('%s: 1 MB vs 100 KB', (_name, make) => {
    const small = make(100_000);
    const big = make(1_000_000);
    recognizeAmounts(small); // warm-up
    const ratio = time(big) / Math.max(time(small), 1);
    expect(ratio).toBeLessThan(25);
  });
});
