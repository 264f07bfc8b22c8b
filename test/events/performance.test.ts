// The coder is linear: 1 MB of adversarial text (trigger words, names, dates, pronouns and
// clause breaks packed together, in one endless sentence and in many short ones) takes time
// proportional to 100 KB.
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../pipeline/extract/events/index.js';
import { inputFor } from './helpers.js';

const DENSE = 'Iran and Pakistan struck Iran’s strikes on Pakistan by Iran, it retaliated, the IRGC’s killing of Jaish al-Adl '
  + 'agreed to de-escalate recalled its ambassador would visit did not strike if in 2024 claimed responsibility ';
const SHORT = 'On 16 January 2024, Iran struck Pakistan. Two days later, Pakistan retaliated. Both sides recalled their ambassadors.\n';

function time(unit: string, chars: number, endless: boolean): number {
  let text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  if (endless) text = text.replace(/[.\n]/g, ' ');
  const input = inputFor(text, { dates: [['16 January 2024', '2024-01-16'], ['Two days later', '2024-01-18'], ['2024', '2024']] });
  const t0 = performance.now();
  findEvents(input);
  return performance.now() - t0;
}

describe('findEvents performance', () => {
  it.each([['one endless sentence', DENSE, true], ['many short sentences', SHORT, false]] as const)('is linear on %s', (_, unit, endless) => {
    time(unit, 100_000, endless); // warm up
    const small = Math.max(time(unit, 100_000, endless), 5);
    const large = time(unit, 1_000_000, endless);
    expect(large / small).toBeLessThan(15);
  });
});
