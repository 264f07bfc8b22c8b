// The number rules turn most words away by one look-up before reading their neighbours; the
// tokenizer keeps a word already in lower-case ASCII as its own lower-case form. Each must
// answer as the full reading it shortcuts, at every token of hostile texts made of the lexicon's
// own words (every number word, fraction, scale, sign, article, multiplier and cue).
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/generate-corpus.js';
import { amountLexicon } from '../../pipeline/extract/amounts/lexicon.js';
import type { AmountLexicon } from '../../pipeline/extract/amounts/lexicon.js';
import { multiplier } from '../../pipeline/extract/amounts/rules/multiplier.js';
import { numberStarters, readWords, words } from '../../pipeline/extract/amounts/rules/words.js';
import { tokenize, type Token } from '../../pipeline/extract/amounts/tokens.js';

/** The multiplier rule as it was: the neighbours read before the word itself. */
function multiplierAsItWas(tokens: readonly Token[], i: number, lex: AmountLexicon) {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  const verbCue = i > 0 && lex.verbCues.has(tokens[i - 1]!.lower) && !tok.breakBefore;
  const next = tokens[i + 1];
  const comparison = next !== undefined && !next.breakBefore && lex.comparisonStarts.has(next.lower);
  const value = lex.multiplierWords.get(tok.lower) ?? (verbCue ? lex.verbMultipliers.get(tok.lower) : undefined) ?? (comparison ? lex.comparativeMultipliers.get(tok.lower) : undefined);
  if (value === undefined) return null;
  return { from: i, to: i + 1, value, rule: 'multiplier', form: 'multiplier', unit: { code: 'times', name: 'Times', factor: 1, currency: false, rupee: false } };
}

describe('rule prefilters', () => {
  const lex = amountLexicon();
  const vocabulary = [
    ...lex.units.keys(), ...lex.teens.keys(), ...lex.tens.keys(), ...lex.hundred, ...lex.wordScales.keys(), ...lex.ordinals.keys(),
    ...lex.half, ...lex.dozen, ...lex.negative, ...lex.point, ...lex.article, ...lex.notFractionAlone, ...lex.vague.keys(),
    ...lex.multiplierWords.keys(), ...lex.verbMultipliers.keys(), ...lex.verbCues, ...lex.comparativeMultipliers.keys(), ...lex.comparisonStarts,
    'and', 'of', 'thirds', 'quarters', 'fifths', 'Half', 'TWENTY', 'the', 'talks', 'Rs', '7', '1,000', '-', '‐', ',', '.', '\n', 'ſix', 'Ünal',
  ];
  const text = (next: () => number) =>
    Array.from({ length: 40 }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(next() < 0.5 ? ' ' : '-').replace(/ - /g, next() < 0.5 ? ' - ' : '\n');

  it('the words rule reads the same with and without its look-up of the first word', () => {
    const next = random(3);
    let read = 0;
    for (let k = 0; k < 3_000; k++) {
      const tokens = tokenize(text(next));
      for (let i = 0; i < tokens.length; i++) {
        const full = readWords(tokens, i, lex);
        expect(words.match(tokens, i, lex), `${tokens.map((t) => t.text).join(' ')} @${i}`).toEqual(full);
        if (full) read++;
      }
    }
    expect(read).toBeGreaterThan(1_000); // the texts hold numbers, not only misses
    expect(numberStarters(lex).has('the')).toBe(false);
  });

  it('the multiplier rule reads as it did', () => {
    const next = random(4);
    let read = 0;
    for (let k = 0; k < 3_000; k++) {
      const tokens = tokenize(text(next));
      for (let i = 0; i < tokens.length; i++) {
        const was = multiplierAsItWas(tokens, i, lex);
        expect(multiplier.match(tokens, i, lex)).toEqual(was);
        if (was) read++;
      }
    }
    expect(read).toBeGreaterThan(100);
  });

  it('a word token is lower-cased as toLowerCase would', () => {
    for (const t of tokenize('Two THIRDS of ſix İstanbul km2 naïve Ünal two-thirds')) if (t.kind === 'word') expect(t.lower).toBe(t.text.toLowerCase());
  });
});
