// Vague plural amounts, valued by ACLED's rule where a number is wanted: approximate, lower bound.
//   accepts: "dozens of homes" (12), "hundreds of madrassas" (100), "thousands" (1000),
//            "billions of dollars" (1e9), "tens of thousands" (10,000), "hundreds of millions"
//   rejects: "hundred" (singular: a scale word, read by the words rule), "two hundreds"
import type { NumberRule } from '../core.js';
import { continues } from '../core.js';

export const vague: NumberRule = {
  name: 'vague',
  match(tokens, i, lex) {
    const tok = tokens[i];
    if (!tok || tok.kind !== 'word') return null;
    const tensOf = tok.lower === 'tens' ? 10 : null;
    let value = tensOf ?? lex.vague.get(tok.lower) ?? null;
    if (value === null) return null;
    let to = i + 1;
    // "tens of thousands", "hundreds of millions"
    const of = tokens[to];
    const more = tokens[to + 1];
    if (of && more && of.lower === 'of' && continues(tokens, to) && continues(tokens, to + 1) && lex.vague.has(more.lower) && (lex.vague.get(more.lower) ?? 0) > value) {
      value *= lex.vague.get(more.lower)!;
      to += 2;
    } else if (tensOf !== null) return null;
    return { from: i, to, value, rule: 'vague', form: 'vague', approximate: true, bound: 'lower' };
  },
};
