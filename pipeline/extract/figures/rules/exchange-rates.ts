// Exchange rates written as a bare number: the currency is named earlier in the sentence, the
// number is how many of it buy one dollar (or euro).
//   accepts: "the rial's slide to roughly 1,000,000 to the dollar", "rials changed hands at
//            950,000 per dollar"
//   rejects: a number with a unit of its own ("1,020,000 rials to the dollar": rules/measures.ts),
//            no currency named before it ("2 to the dollar" alone), rupees (which rupee a text
//            means is the recogniser's to say)
import type { FigureRule } from './types.js';

const possessive = (w: string) => w.replace(/['’]s$/, '');

export const exchangeRates: FigureRule = {
  name: 'exchange-rates',
  classify(ctx, lex) {
    const a = ctx.amount;
    if (a.unit || a.unitName || ctx.head || !lex.rateCues.matchAt(ctx.after, 0)) return null;
    for (let k = ctx.before.length - 1; k >= 0; k--) {
      const code = lex.rateCurrencies.get(possessive(ctx.before[k]!.lower));
      if (code) return { kind: 'money', unit: code, rule: 'exchange-rate' };
    }
    return null;
  },
};
