// The figure rules' words are read by character codes for speed; they must be exactly the words of
// the regex they replace, including at surrogate pairs, combining marks and the span's edges.
import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../pipeline/extract/figures/words.js';

const WORD = /[\p{L}\p{N}]+(?:[.'’‐-][\p{L}\p{N}]+)*|[,;:()—–]/gu;
const BREAKS = ',;:()—–';

/** The words as the regex reads them from content[start, end). */
const regexWords = (content: string, start: number, end: number) =>
  [...content.slice(start, end).matchAll(WORD)].map((m) => ({
    text: m[0], lower: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length, isBreak: m[0].length === 1 && BREAKS.includes(m[0]),
  }));

describe('figure words', () => {
  it.each([
    ['Iran’s IRGC, al-Adl and the U.S. (Jaish) — “strikes”; 3,100.5 km2 – JF‐17'],
    ['Café E\u0301TÉ naïve ZÜRICH ٣٤ 𝐀𝐁c 😀x İstanbul'], // precomposed, combining mark (splits), Arabic digits, astral letters, emoji, a capital that lower-cases to two units
    ["rock'n'roll -x x- x--y x.'y 's ' x‐‐y"],
    ['lone \ud835 and \udc00 surrogates'],
  ])('reads the same words as the regex in %j', (text) => {
    expect(wordsIn(text, 0, text.length)).toEqual(regexWords(text, 0, text.length));
    for (let a = 0; a < text.length; a += 3) {
      for (let b = a; b <= text.length; b += 4) expect(wordsIn(text, a, b)).toEqual(regexWords(text, a, b));
    }
  });

  it('lower-cases words and marks clause breaks', () => {
    expect(wordsIn('Killed 11, (IRGC)', 0, 17).map((w) => [w.lower, w.isBreak])).toEqual([
      ['killed', false], ['11', false], [',', true], ['(', true], ['irgc', false], [')', true],
    ]);
  });
});
