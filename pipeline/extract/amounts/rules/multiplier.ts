// Multipliers written as one word: "tripled", "doubled", "fivefold". ("five-fold" and "5-fold"
// are a number with the unit "fold", read by the unit step.)
//   accepts: "trade tripled", "a fivefold rise"
//   rejects: "double standards", "triple" (adjectives that state no change)
import type { NumberRule } from '../core.js';

export const multiplier: NumberRule = {
  name: 'multiplier',
  match(tokens, i, lex) {
    const tok = tokens[i];
    if (!tok || tok.kind !== 'word') return null;
    const value = lex.multiplierWords.get(tok.lower);
    if (value === undefined) return null;
    return { from: i, to: i + 1, value, rule: 'multiplier', form: 'multiplier', unit: { code: 'times', name: 'Times', factor: 1, currency: false, rupee: false } };
  },
};
