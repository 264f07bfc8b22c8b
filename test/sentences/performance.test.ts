// The segmenter scans once: time on 1 MB of adversarial text stays proportional to 100 KB.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/extract/sentences.js';

const ADVERSARIAL = 'U.S. Dr. Jan. ... “a.” b… c? ! 3.5 A.B.C.D. e.g. ' + 'x'.repeat(40) + '.'.repeat(30) + ' ';

function time(chars: number): number {
  const text = ADVERSARIAL.repeat(Math.ceil(chars / ADVERSARIAL.length)).slice(0, chars);
  const t0 = performance.now();
  splitSentences(text);
  return performance.now() - t0;
}

describe('splitSentences performance', () => {
  it('runs in linear time', () => {
    time(100_000); // warm up
    const small = Math.max(time(100_000), 1);
    const large = time(1_000_000);
    expect(large / small).toBeLessThan(25);
  });
});
