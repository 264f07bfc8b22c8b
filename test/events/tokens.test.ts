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

  // The scanner cuts a plain ASCII word on a path of its own (no joiner, nothing outside ASCII
  // after it): its words must be those the general path gives, at every edge of that path.
  it.each([
    ['IRAN Iran iran Iran’s IRAN\'S U.S. al-Adl x-ray 3,100.5 2024.The CAPS. word.'],
    ['Naïve NAÏVE abcé ABCé e\u0301 AB\u00e9cd Zürich’s ab’ AB- ab-CD ab.cd AB.CD’s'],
    ['a1B2 9x 007 XyZ\tQ\nR,S;T:U(V)W"X“Y”Z—a–b 😀A B😀 𝐀b'],
  ])('gives each token the word, possessive and mark of the regex reading in %j', (text) => {
    const read = (t: string): [string, boolean] => {
      const word = t.toLowerCase().replace(/’/g, "'");
      return word.endsWith("'s") ? [word.slice(0, -2), true] : [word, false];
    };
    const expected = [...text.matchAll(TOKEN)].map((m) => {
      const punct = !/^[\p{L}\p{N}]/u.test(m[0]);
      return punct ? [m[0], false, true] : [...read(m[0]), false];
    });
    expect(tokenizeAll(text).map((t) => [t.word, t.possessive, t.punct])).toEqual(expected);
    for (let a = 0; a < text.length; a += 2) {
      const b = Math.min(text.length, a + 9);
      const inside = [...text.slice(a, b).matchAll(TOKEN)].map((m) => (/^[\p{L}\p{N}]/u.test(m[0]) ? read(m[0])[0] : m[0]));
      expect(tokenize(text, { start: a, end: b }).map((t) => t.word)).toEqual(inside);
    }
  });
});
