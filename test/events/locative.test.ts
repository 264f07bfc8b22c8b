// endsWithLocative (events/locative.ts) reads back from a place over at most four words instead of
// running the locative regex at every position before it: it must answer as the regex does on
// content.slice(from, to), on written phrases and on random text made to trip it up (prepositions
// inside words and after marks, letters the i and u flags fold, white space outside ASCII, letters
// outside ASCII and outside the BMP, more words than the regex allows).
import { describe, expect, it } from 'vitest';
import { endsWithLocative } from '../../pipeline/extract/events/locative.js';

/** The regex the coder ran before (attributes.ts), the reference. */
const LOCATIVE = /\b(?:in|at|near|inside|within|into|around|across|along|outside|to|over|on)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;
const reference = (content: string, from: number, to: number): boolean => LOCATIVE.test(content.slice(from, to));

describe('endsWithLocative', () => {
  it('finds a preposition up to three words before the end', () => {
    const yes = ['troops deployed in ', 'a blast near the port of ', 'talks held AT ', 'moved Into  the\tborder ', 'flew to Iran’s southwest ',
      'sent troops-in ', "seized (across the Gulf's ", 'seen at\u00a0Pakistan\u2003'];
    for (const text of yes) {
      expect(endsWithLocative(text, 0, text.length), text).toBe(true);
      expect(reference(text, 0, text.length), text).toBe(true);
    }
  });

  it('finds none too far back, inside a word, or before a word with a mark in it', () => {
    const no = ['in the far distant north ', 'the margin ', 'Berlin ', 'martin ', 'in', 'in the 2024 ', 'in the U.S ', 'into, the ', 'near3 ', 'ſ_in ', 'stationed on-the '];
    for (const text of no) {
      expect(endsWithLocative(text, 0, text.length), text).toBe(false);
      expect(reference(text, 0, text.length), text).toBe(false);
    }
  });

  it('takes the stretch\'s start as a word boundary, as the sliced text does', () => {
    const text = 'Berlin Wall';
    // "in " cut out of "Berlin ": a preposition at the stretch's start.
    expect(endsWithLocative(text, 4, 7)).toBe(true);
    expect(reference(text, 4, 7)).toBe(true);
    expect(endsWithLocative(text, 3, 7)).toBe(false);
  });

  it('answers as the regex does on random text', () => {
    const pieces = ['in', 'IN', 'iN', 'at', 'near', 'inside', 'within', 'into', 'InTo', 'around', 'across', 'acroſſ', 'along', 'outside', 'to', 'over', 'on',
      'the', 'Berlin', 'x', 'Q', '9', '_', 'ſ', 'K', 'İ', 'ı', 'é', 'Ж', '中', '𝒜', '😀', '\u0301', "'", '’', '-', ',', '.', '(', ' ', ' ', ' ', '  ', '\t', '\n',
      '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u2028'];
    let seed = 7;
    const next = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 1; return seed % n; };
    let agreedTrue = 0;
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      for (let k = 1 + next(14); k > 0; k--) text += pieces[next(pieces.length)];
      const to = next(3) === 0 ? next(text.length + 1) : text.length;
      const from = next(3) === 0 ? next(to + 1) : 0;
      const expected = reference(text, from, to);
      if (endsWithLocative(text, from, to) !== expected) expect({ text, from, to, answer: !expected }).toEqual({ text, from, to, answer: expected });
      if (expected) agreedTrue++;
    }
    // The random texts do hold locatives: the comparison is not of two constant answers.
    expect(agreedTrue).toBeGreaterThan(500);
  });
});
