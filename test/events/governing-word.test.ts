// The word governing an actor mention (events/context.ts: governingWord) is read in place, without
// a lower-cased slice of the 40 characters before the mention, while those characters are ASCII or
// caseless marks; it must answer as the slice did (governingWordOfSlice) at every offset of real
// prose and of hostile text: capitals outside ASCII that lower-case to ASCII (the Kelvin sign) or
// to two characters (İ), caseless and cased characters outside ASCII, surrogate pairs, the 40
// characters' edge inside a word.
import { describe, expect, it } from 'vitest';
import { governingWord, governingWordOfSlice } from '../../pipeline/extract/events/context.js';
import { goldTexts } from '../fixtures/gold-texts.js';

const HOSTILE = [
  'talks WITH Prime Minister Shehbaz Sharif, in the NORTH-WESTERN Iran and “into eastern” Pakistan',
  'met in \u212Aarachi with İran’s \u212A Minister; ΣΟΦΙΑ in Ÿemen — by the “US” … from  the  Iran',
  'held with µ Iran, at ª the ¿Pakistan? 𐐀𐐨 with 𐐀Iran, FROM Ægypt, in É the west Iran',
  'x'.repeat(45) + ' inside-a-long-word-that-crosses-the-edge-of-the-forty-characters Iran',
  "against the group's o'clock it’s Iran's IN-the-North Iran 3,100 of 2nd-ern with-the Iran",
];

/** Random text of words, marks and characters outside ASCII, for every offset to be read. */
function soup(seed: number, length: number): string {
  const pieces = ['with', 'In', 'THE', 'north', 'Eastern', 'south-western', 'Minister', 'his', 'of', 'to', ' ', ' ', ' ', ',', '.', '-', "'", '’',
    '“', '”', '—', '…', '\u00a0', '\u00b5', '\u00aa', '\u212a', '\u0130', 'É', 'é', 'Σ', '𐐀', '\u2019s', 'A', 'Z', '9', 'ern', '\n'];
  let s = seed;
  let out = '';
  while (out.length < length) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += pieces[s % pieces.length];
  }
  return out;
}

describe('governingWord', () => {
  it('reads in place the word the lower-cased slice gives, at every offset', () => {
    let read = 0;
    let words = 0;
    for (const text of [...HOSTILE, ...Array.from({ length: 200 }, (_, k) => soup(k + 1, 400)), ...goldTexts()]) {
      for (let start = 0; start <= text.length; start++) {
        const expected = governingWordOfSlice(text, start);
        const got = governingWord(text, start);
        if (got !== expected) expect([text.slice(Math.max(0, start - 40), start), got]).toEqual([text.slice(Math.max(0, start - 40), start), expected]);
        read++;
        if (expected !== '') words++;
      }
    }
    expect(read).toBeGreaterThan(250_000);
    expect(words).toBeGreaterThan(read / 2);
  });

  it('leaves no caseless mark it passes over changed by lower-casing', () => {
    for (let c = 0x80; c <= 0xbf; c++) expect(String.fromCharCode(c).toLowerCase()).toBe(String.fromCharCode(c));
    for (let c = 0x2000; c <= 0x206f; c++) expect(String.fromCharCode(c).toLowerCase()).toBe(String.fromCharCode(c));
  });
});
