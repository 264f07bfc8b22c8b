// The coder's tokenizer reads character codes for speed; it must cut exactly the tokens of the
// regex it replaces, including at surrogate pairs, combining marks and sentence edges.
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeAll } from '../../pipeline/extract/events/tokens.js';

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[;:,()"“”—–]/gu;

/** The tokens' spans as the regex cuts them from content[start, end). */
const regexSpans = (content: string, start: number, end: number): Array<[number, number]> =>
  [...content.slice(start, end).matchAll(TOKEN)].map((m) => [start + m.index, start + m.index + m[0].length]);

const spans = (tokens: Array<{ start: number; end: number }>): Array<[number, number]> => tokens.map((t) => [t.start, t.end]);

describe('events tokenizer', () => {
  it.each([
    ['Iran’s IRGC, al-Adl and the U.S. (Jaish) — “strikes”; 3,100.5 km2'],
    ['café e\u0301té naïve Zürich ٣٤ 𝐀𝐁c 😀x'], // precomposed, combining mark (splits), Arabic digits, astral letters, emoji
    ["rock'n'roll -x x- x--y x.'y 's '"],
    ['lone \ud835 and \udc00 surrogates'],
  ])('cuts the same tokens as the regex in %j', (text) => {
    expect(spans(tokenizeAll(text))).toEqual(regexSpans(text, 0, text.length));
    for (let a = 0; a < text.length; a += 3) {
      for (let b = a; b <= text.length; b += 4) expect(spans(tokenize(text, { start: a, end: b }))).toEqual(regexSpans(text, a, b));
    }
  });

  it('lower-cases words, straightens apostrophes and drops a possessive', () => {
    expect(tokenizeAll('Iran’s IRGC, ‘x’').map((t) => [t.word, t.possessive, t.punct])).toEqual([
      ['iran', true, false], ['irgc', false, false], [',', false, true], ['x', false, false],
    ]);
  });
});
