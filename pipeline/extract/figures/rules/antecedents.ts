// Counts whose noun stands before the number (./antecedent.ts): "Five of them were freed" (people),
// "sealing 14 of them" (pumps: count), "the number of attackers at about 20", "the attackers
// numbered at least a dozen", "the condition of two of them" (the wounded: injuries).
//   rejects: a number with a noun after it (rules/counts.ts reads it), a number with a unit
import type { FigureRule } from './types.js';

export const antecedents: FigureRule = {
  name: 'antecedents',
  classify(ctx) {
    const a = ctx.antecedent;
    if (!a || ctx.amount.unit || ctx.head) return null;
    if (a.casualty) return { kind: a.casualty, unit: 'people', rule: 'antecedent-casualty' };
    return a.kind === 'person' ? { kind: 'count', unit: 'people', rule: 'antecedent-people' } : { kind: 'count', unit: 'count', rule: 'antecedent-things' };
  },
};
