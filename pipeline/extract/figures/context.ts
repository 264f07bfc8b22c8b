// The words around one amount inside its sentence, and the noun it counts.
import type { Amount, Span } from '../../model.js';
import { antecedentOf, type Antecedent } from './antecedent.js';
import type { FigureLexicon } from './lexicon.js';
import type { Word } from './words.js';
import { wordsIn, wordsOfPiece } from './words.js';

export interface Head {
  kind: 'person' | 'thing' | 'seat' | 'duration';
  /** Index in `after` of the head noun and past its last word. */
  at: number;
  to: number;
}

export interface AmountContext {
  amount: Amount;
  sentence: Span;
  /** The sentence's words before the amount, in order. */
  before: Word[];
  /** The sentence's words after the amount, in order. */
  after: Word[];
  head: Head | null;
  /** The counted noun written before the amount, when none follows it ("Five of them"). */
  antecedent: Antecedent | null;
}

// words a noun phrase after a number never runs through
const STOP = new Set(['who', 'which', 'that', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'and', 'or',
  'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'of', 'per', 'a', 'an', 'the', 'than', 'as', 'into', 'over', 'after', 'before', 'since',
  'during', 'more', 'less', 'later', 'earlier', 'ago', 'each', 'while', 'but', 'not', 'if', 'outside', 'inside', 'near', 'across', 'including',
  'along', 'between', 'under', 'against', 'about', 'across', 'through', 'within', 'without', 'toward', 'towards', 'since', 'until']);
const OF_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'them', 'these', 'those', 'whom', 'our', 'which']);
const MAX_MODIFIERS = 5;

/** The counted noun right after an amount: "11 Iranian security forces", "two of his guards". */
export function findHead(after: readonly Word[], vague: boolean, lex: FigureLexicon): Head | null {
  let k = 0;
  if (after[0]?.lower === 'of' && (OF_DETERMINERS.has(after[1]?.lower ?? '') || vague)) k = OF_DETERMINERS.has(after[1]?.lower ?? '') ? 2 : 1;
  for (let m = 0; k < after.length && m <= MAX_MODIFIERS; k++, m++) {
    const w = after[k]!;
    if (w.isBreak) return null;
    const kinds: [Head['kind'], number][] = [
      ['duration', lex.durations.matchAt(after, k)],
      ['seat', lex.seats.matchAt(after, k)],
      ['person', lex.persons.matchAt(after, k)],
      ['thing', lex.things.matchAt(after, k)],
    ];
    const best = kinds.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0];
    if (best) return { kind: best[0], at: k, to: k + best[1] };
    // "two more markets", "one more soldier": "more" right after the number counts on (not "more than")
    const countsOn = m === 0 && w.lower === 'more' && after[k + 1]?.lower !== 'than';
    if ((STOP.has(w.lower) && !countsOn) || /^\d/.test(w.text)) return null;
  }
  return null;
}

/** `previous`: the sentence before, read only when a pronoun ("Five of them") needs it. */
export function contextOf(content: string, amount: Amount, sentence: Span, lex: FigureLexicon, previous: Span | null = null): AmountContext {
  const before = wordsOfPiece(content, sentence, sentence.start, amount.start);
  const after = wordsOfPiece(content, sentence, amount.end, sentence.end);
  const ctx: AmountContext = { amount, sentence, before, after, head: findHead(after, amount.form === 'vague', lex), antecedent: null };
  ctx.antecedent = antecedentOf(ctx, () => (previous ? wordsIn(content, previous.start, previous.end) : []), content, lex);
  return ctx;
}

/** The words of the clause before the amount: back to the last clause break. */
export function clauseBefore(ctx: AmountContext): Word[] {
  let i = ctx.before.length;
  while (i > 0 && !ctx.before[i - 1]!.isBreak) i--;
  return ctx.before.slice(i);
}
