// Counts of concrete things and people: the number's noun is in the figure lexicon.
//   accepts: "eight memoranda of understanding", "two bases", "Forty-four political parties",
//            "266 seats", "hundreds of extremist Sunni Deobandi madrassas", "500 soldiers"
//   rejects: "five key factors" (an author's enumeration: not a concrete noun), "two main
//            neighbors", "the two countries", "two days later" (a duration)
import type { FigureRule } from './types.js';

export const counts: FigureRule = {
  name: 'counts',
  classify(ctx) {
    if (ctx.amount.unit || !ctx.head) return null;
    if (ctx.head.kind === 'person') return { kind: 'count', unit: 'people', rule: 'count-people' };
    if (ctx.head.kind === 'thing') return { kind: 'count', unit: 'count', rule: 'count-things' };
    if (ctx.head.kind === 'seat') return { kind: 'seats', unit: 'count', rule: 'seats' };
    return null;
  },
};
