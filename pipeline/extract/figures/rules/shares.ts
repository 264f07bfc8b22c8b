// A fraction of a whole: the share one thing is of another, or the size of a change; a
// multiplier below one (gold GUIDELINES: `0.5` for "half").
//   accepts: "more than half of its exports", "less than a fifth of the trade", "two-thirds of the
//            pilgrims", "cut exports by nearly a third", "prices rose by half"
//   rejects: "half an hour" (no "of": a duration or a measure), "one of the first" (not a fraction)
import type { FigureRule } from './types.js';

export const shares: FigureRule = {
  name: 'shares',
  classify(ctx) {
    const a = ctx.amount;
    if (a.unit || a.form !== 'words' || !(a.value > 0 && a.value < 1)) return null;
    const change = ctx.before[ctx.before.length - 1]?.lower === 'by';
    if (!change && (ctx.after[0]?.lower !== 'of' || !ctx.after[1] || ctx.after[1].isBreak)) return null;
    return { kind: 'multiplier', unit: 'times', rule: 'share' };
  },
};
