// Multipliers written as one word: "tripled", "doubled", "fivefold", and the verbs "double",
// "triple" after "to" or a modal. ("five-fold" and "5-fold" are a number with the unit "fold",
// read by the unit step.)
//   accepts: "trade tripled", "a fivefold rise", "offered to double its supply", "will triple trade"
//   rejects: "double standards", "a triple murder" (adjectives that state no change)
import type { NumberRule } from '../core.js';

export const multiplier: NumberRule = {
  name: 'multiplier',
  match(tokens, i, lex) {
    const tok = tokens[i];
    if (!tok || tok.kind !== 'word') return null;
    const verbCue = i > 0 && lex.verbCues.has(tokens[i - 1]!.lower) && !tok.breakBefore;
    const value = lex.multiplierWords.get(tok.lower) ?? (verbCue ? lex.verbMultipliers.get(tok.lower) : undefined);
    if (value === undefined) return null;
    return { from: i, to: i + 1, value, rule: 'multiplier', form: 'multiplier', unit: { code: 'times', name: 'Times', factor: 1, currency: false, rupee: false } };
  },
};
