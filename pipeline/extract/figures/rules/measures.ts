// Amounts whose unit says what they are: money and trade values, distances, energy, tonnage,
// percentages and multipliers.
//   accepts: "$3 billion" (trade_value in a sentence about trade, else money), "900-kilometer",
//            "1,000 MW", "500 mmcfd", "2.5 percent", "five-fold", "trade tripled"
//   rejects: "3 times" with no comparison ("called 3 times"), units outside the dataset's vocabulary
import type { FigureRule } from './types.js';

const ENERGY = new Set(['MW', 'mmcfd', 'bbl/d']);
const COMPARATIVE = new Set(['more', 'larger', 'higher', 'bigger', 'greater', 'as', 'the', 'faster', 'cheaper', 'over', 'that', 'what']);

export const measures: FigureRule = {
  name: 'measures',
  classify(ctx, lex) {
    const unit = ctx.amount.unit;
    if (!unit) return null;
    if (/^[A-Z]{3}$/.test(unit)) {
      const trade = [...ctx.before, ...ctx.after].some((_, k, all) => lex.tradeCues.matchAt(all, k) > 0);
      return { kind: trade ? 'trade_value' : 'money', unit, rule: trade ? 'trade-value' : 'money' };
    }
    if (unit === 'km' || unit === 'mi') return { kind: 'distance', unit, rule: 'distance' };
    if (ENERGY.has(unit)) return { kind: 'energy', unit, rule: 'energy' };
    if (unit === 't') return { kind: 'quantity', unit, rule: 'tonnage' };
    if (unit === 'percent') return { kind: 'percent', unit, rule: 'percent' };
    if (unit === 'times') {
      const written = ctx.amount.form === 'multiplier' || /fold$/i.test(ctx.amount.text);
      if (written || COMPARATIVE.has(ctx.after[0]?.lower ?? '')) return { kind: 'multiplier', unit, rule: 'multiplier' };
    }
    return null;
  },
};
