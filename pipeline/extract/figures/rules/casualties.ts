// Fatalities and injuries: a number of persons tied to killing or injuring by the words around it.
//   accepts: "killed 11 Iranian security forces", "killing nine", "resulting in the death of two
//            children", "Seven people ... lost their lives", "almost 100 deaths and 284 injuries",
//            "a death toll of nine", "the killing of the colonel and two of his guards",
//            "Death toll in Iran rises to 224"
//   rejects: "killed 5 km from the border" (a unit), "two days after the killing" (a duration),
//            "killed in 2019" (a year), "seven legitimate military targets" (things),
//            "killing two and wounding a third" (an ordinal, not a fraction of a person),
//            the whole in "17 of the 40 passengers were injured" (a count: the 17 were injured)
import type { FigureRule } from './types.js';
import { amountLexicon } from '../../amounts/lexicon.js';
import { clauseBefore } from '../context.js';
import type { Word } from '../words.js';

const WINDOW_BEFORE = 12; // words back to a killing word in a list ("the killing of X and two of his guards")
const WINDOW_AFTER = 10; // words on to "lost their lives"
/** Words that open an aside naming some of the persons: "Nine people, including three women, were killed". */
const ASIDES = new Set(['including', 'among']);
const TOLL_REACH = 8; // words back to "toll" ("the toll from Friday's blasts now stands at 31")

export const casualties: FigureRule = {
  name: 'casualties',
  classify(ctx, lex) {
    // persons come whole: "wounding a third" is an ordinal pronoun, not a third of a person
    if (ctx.amount.unit || ctx.amount.unitName || !Number.isInteger(ctx.amount.value)) return null;
    const { after, head } = ctx;
    // the noun itself: "100 deaths", "284 injuries", "three dead", "12 more bodies"
    const n = after[0]?.lower === 'more' && after[1]?.lower !== 'than' ? 1 : 0;
    if (lex.injuryAfter.matchAt(after, n) && !lex.fatalityAfter.matchAt(after, n)) return { kind: 'injuries', unit: 'people', rule: 'casualty-noun' };
    if (lex.fatalityAfter.matchAt(after, n)) return { kind: 'fatalities', unit: 'people', rule: 'casualty-noun' };
    if (head && head.kind !== 'person') return null;
    if (isWhole(ctx.before)) return null; // "17 of the 40 passengers were injured": the 17 were
    const clause = clauseBefore(ctx);
    // right before: "killed 11 ...", "the death of two ...", "injuring 5"
    if (lex.fatalityBefore.matchEndingAt(clause, clause.length)) return { kind: 'fatalities', unit: 'people', rule: 'casualty-verb-before' };
    if (lex.injuryBefore.matchEndingAt(clause, clause.length)) return { kind: 'injuries', unit: 'people', rule: 'casualty-verb-before' };
    // a toll named earlier in the clause: "Death toll in Iran rises to 224"
    for (let k = clause.length - 1; k >= 0 && k >= clause.length - TOLL_REACH; k--) {
      if (/^\d/.test(clause[k]!.text)) break;
      if (lex.tolls.has(clause[k]!.lower)) return { kind: 'fatalities', unit: 'people', rule: 'casualty-toll' };
    }
    if (!head) return null;
    // after the persons: "Seven people who ... lost their lives", "three soldiers were killed",
    // across an aside: "Nine people, including three women, were killed" (for both numbers)
    // (clause[0] opens the clause unless the clause runs back past the words read)
    let inAside = ASIDES.has(clause[0]?.lower ?? '') && (clause.length < ctx.before.length || !ctx.clipped);
    for (let k = head.to, end = head.to + WINDOW_AFTER; k < after.length && k < end; k++) {
      if (after[k]!.text === ',' && ASIDES.has(after[k + 1]?.lower ?? '')) {
        let close = k + 2;
        while (close < after.length && close <= k + WINDOW_AFTER && !after[close]!.isBreak) close++;
        if (after[close]?.text !== ',') break; // an aside of a few words, closed by a comma
        end += close - k;
        k = close;
        continue;
      }
      if (after[k]!.text === ',' && inAside) {
        inAside = false; // the aside that holds the amount ends here
        continue;
      }
      if (after[k]!.isBreak || /^\d/.test(after[k]!.text)) break;
      if (lex.injuryAfter.matchAt(after, k) && !lex.fatalityAfter.matchAt(after, k)) return { kind: 'injuries', unit: 'people', rule: 'casualty-verb-after' };
      if (lex.fatalityAfter.matchAt(after, k)) return { kind: 'fatalities', unit: 'people', rule: 'casualty-verb-after' };
    }
    // a killing word earlier in the clause, the persons joined to its object by "and"
    if (clause[clause.length - 1]?.lower === 'and') {
      for (let k = clause.length - 2; k >= 0 && k >= clause.length - WINDOW_BEFORE; k--) {
        if (lex.fatalityBefore.matchEndingAt(clause, k + 1)) return { kind: 'fatalities', unit: 'people', rule: 'casualty-list' };
        if (lex.injuryBefore.matchEndingAt(clause, k + 1)) return { kind: 'injuries', unit: 'people', rule: 'casualty-list' };
      }
    }
    return null;
  },
};

/** The amount is the whole in "N of the M ...": the words before it end with a number, "of", "the". */
function isWhole(before: readonly Word[]): boolean {
  const n = before.length;
  if (n < 3 || before[n - 1]!.lower !== 'the' || before[n - 2]!.lower !== 'of') return false;
  const part = before[n - 3]!.lower;
  const lex = amountLexicon();
  return /^\d/.test(part) || lex.units.has(part) || lex.teens.has(part) || lex.tens.has(part);
}
