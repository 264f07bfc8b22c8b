// Multipliers written as one word: "tripled", "doubled", "fivefold", the verbs "double",
// "triple" after "to" or a modal, and "twice" before a comparison ("twice as large").
// ("five-fold" and "5-fold" are a number with the unit "fold", read by the unit step.)
//   accepts: "trade tripled", "a fivefold rise", "offered to double its supply", "will triple trade",
//            "twice the price", "twice as large"
//   rejects: "double standards", "a triple murder" (adjectives that state no change), "met twice"
import type { NumberRule } from '../core.js';

export const multiplier: NumberRule = {
  name: 'multiplier',
  match(tokens, i, lex) {
    const tok = tokens[i];
    if (!tok || tok.kind !== 'word') return null;
    // Most words are no multiplier of any kind: one look-up each before the neighbours are read.
    if (!lex.multiplierWords.has(tok.lower) && !lex.verbMultipliers.has(tok.lower) && !lex.comparativeMultipliers.has(tok.lower)) return null;
    const verbCue = i > 0 && lex.verbCues.has(tokens[i - 1]!.lower) && !tok.breakBefore;
    const next = tokens[i + 1];
    const comparison = next !== undefined && !next.breakBefore && lex.comparisonStarts.has(next.lower);
    const value = lex.multiplierWords.get(tok.lower) ?? (verbCue ? lex.verbMultipliers.get(tok.lower) : undefined) ?? (comparison ? lex.comparativeMultipliers.get(tok.lower) : undefined);
    if (value === undefined) return null;
    return { from: i, to: i + 1, value, rule: 'multiplier', form: 'multiplier', unit: { code: 'times', name: 'Times', factor: 1, currency: false, rupee: false } };
  },
};
