// Tokens carry their word's number in the coder's vocabulary (events/vocabulary.ts), found by the
// tokenizer's own hash on its fast path and by a map look-up elsewhere; the prefilter, the trigger
// index and the phrase indexes read lists by that number. Each must answer as the look-up by word did.
import { describe, expect, it } from 'vitest';
import { triggerIndex } from '../../pipeline/extract/events/lexicon.js';
import { findBefore, phraseAt, phraseEndingAt, phraseIndex, readsAt, tokenizeAll, type Token } from '../../pipeline/extract/events/tokens.js';
import { hashStep, numberAt, numberWord, wordNumber, wordOf } from '../../pipeline/extract/events/vocabulary.js';
// The trigger index numbers its forms' words when it loads, as the coder's modules do.
import '../../pipeline/extract/events/triggers.js';

const PHRASES = phraseIndex(['both sides', 'the two sides', 'claimed responsibility', 'in response to', 'sides', 'zqxj unheard']);

const TEXTS = [
  'Both sides CLAIMED Responsibility; the two sides met. In response to it, Iran’s FM said: “the two SIDES” — In Response To.',
  'Iran\'s strikes, Pakistan-Iran talks, U.S. sanctions and the Two-Sides. ZQXJ unheard zqxj UNHEARD. Sides.',
  'Ségolène met the two sides 3,100 times (L) in café-talks; strikes’ aftermath; STRIKES. Attack attacks attacked.',
];

/** phraseAt as it read before numbers: the phrases of the token's word, by its word. */
const byWordAt = (tokens: Token[], i: number): string[] | undefined =>
  tokens[i] === undefined ? undefined : PHRASES.byFirst.get(tokens[i]!.word)?.find((p) => readsAt(tokens, i, p));
const byWordEndingAt = (tokens: Token[], i: number): string[] | undefined =>
  tokens[i] === undefined ? undefined : PHRASES.byLast.get(tokens[i]!.word)?.find((p) => i - p.length + 1 >= 0 && readsAt(tokens, i - p.length + 1, p));

describe('word numbers', () => {
  it('gives each token the number its word has, or -1', () => {
    for (const text of TEXTS) {
      const tokens = tokenizeAll(text);
      for (const t of tokens) expect([t.word, t.key]).toEqual([t.word, wordNumber(t.word)]);
      // Lexicon words do occur, so the test reads numbers that are not all -1.
      expect(tokens.some((t) => t.key >= 0)).toBe(true);
    }
  });

  it('finds by hash, reading the text in place, exactly the words the map holds', () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const known = [...triggerIndex.keys()].filter((w) => /^[a-z0-9]+$/.test(w));
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const word = k % 3 === 0 && known.length ? known[next() % known.length]! : Array.from({ length: 1 + (next() % 6) }, () => alphabet[next() % alphabet.length]).join('');
      let hash = 0;
      for (let c = 0; c < word.length; c++) hash = hashStep(hash, word.charCodeAt(c));
      // The word as a text may write it: some letters in capitals, inside other words ("Ü" and digits around it).
      const written = [...word].map((ch) => (next() % 2 ? ch.toUpperCase() : ch)).join('');
      const content = `Ü9 ${written}s x`;
      const n = numberAt(content, 3, 3 + word.length, hash);
      expect([word, n]).toEqual([word, wordNumber(word)]);
      // A word one letter longer or shorter in place is another word.
      expect(numberAt(content, 3, 4 + word.length, hash)).toBe(-1);
      if (word.length > 1) expect(numberAt(content, 3, 2 + word.length, hash)).toBe(-1);
      if (n >= 0) {
        found++;
        expect(wordOf(n)).toBe(word);
      }
    }
    expect(found).toBeGreaterThan(5000);
  });

  it('reads phrases by number as it read them by word', () => {
    for (const text of TEXTS) {
      const tokens = tokenizeAll(text);
      for (let i = -1; i <= tokens.length; i++) {
        expect(phraseAt(tokens, i, PHRASES)).toEqual(byWordAt(tokens, i));
        expect(phraseEndingAt(tokens, i, PHRASES)).toEqual(byWordEndingAt(tokens, i));
      }
      for (let end = 0; end <= tokens.length; end++) {
        let expected = -1;
        for (let i = end - 1; i >= 0 && expected < 0; i--) {
          if (PHRASES.byFirst.get(tokens[i]!.word)?.some((p) => i + p.length <= end && readsAt(tokens, i, p))) expected = i;
        }
        expect(findBefore(tokens, 0, end, PHRASES)).toBe(expected);
      }
    }
  });

  it('answers for a word numbered after the tokens were cut', () => {
    const tokens = tokenizeAll('a qqzzyy word');
    expect(tokens[1]!.key).toBe(-1);
    const late = phraseIndex(['qqzzyy word']);
    expect(phraseAt(tokens, 1, late)).toEqual(['qqzzyy', 'word']);
    expect(numberWord('qqzzyy')).toBe(wordNumber('qqzzyy'));
  });
});
