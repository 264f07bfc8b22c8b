// The words around one amount inside its sentence, and the noun it counts.
import type { Amount, Span } from '../../model.js';
import { antecedentOf, isPlural, type Antecedent } from './antecedent.js';
import type { FigureLexicon } from './lexicon.js';
import type { Word } from './words.js';
import { firstWords, lastWords, wordsAround } from './words.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
/** A hyphen and a letter: the amount is part of a compound ("11-year"). */
export const HYPHEN_LETTER = /^[-‐]\p{L}/u;

export interface Head {
  kind: 'person' | 'thing' | 'seat' | 'duration';
  /** Index in `after` where the counted phrase starts (past "of the", a range's second number), of the head noun, and past its last word. */
  from: number;
  at: number;
  to: number;
}

export interface AmountContext {
  amount: Amount;
  sentence: Span;
  /** The sentence's words before the amount, in order: the last REACH of them. */
  before: Word[];
  /** The sentence's words after the amount, in order: the first REACH of them. */
  after: Word[];
  /** True when the sentence has words before `before[0]`: then `before` does not start it. */
  clipped: boolean;
  /** The sentence's first words (up to REACH) before the amount: where a label ends ("Trucks stranded at Taftan: 700; 650"). */
  opening: Word[];
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
/**
 * Words read on each side of an amount. Every rule looks only a few words from the number (the
 * farthest, a comparison, 16; a killing word, 12 back and 10 on), so a sentence of any length
 * costs each of its amounts the same: the figures stage stays linear on a flattened table or a
 * list of numbers with no full stop. "Anywhere in the sentence" (an attribution lead, a trade
 * word, a currency) means within this reach.
 */
export const REACH = 48;
const isNumber = (w: Word | undefined) => w !== undefined && /^\d/.test(w.text);

/** What findHead needs to know of the amount besides the words after it. */
export interface HeadCue {
  /** "dozens of", "hundreds of": "of" leads to the noun. */
  vague: boolean;
  value: number;
  /** Joined to the next word by a hyphen ("three-member tribunal"): the noun is a compound's, singular by rule. */
  hyphened: boolean;
  /** Opens a range whose second number "and" joins ("between 10 and 12 terrorists"). */
  afterBetween: boolean;
  /** Written with no unit: only such a number opens a range that takes its noun from the second. */
  bare: boolean;
}

/**
 * The counted noun right after an amount: "11 Iranian security forces", "two of his guards", "17 of
 * the 40 passengers", "a 1,200-strong force"; the
 * noun a range writes once, after its second number ("10 to 12 soldiers", "between 10 and 12
 * terrorists"). A singular noun after a number above one is a modifier, not what is counted
 * ("five official trade crossings": crossings), unless a hyphen makes a compound ("three-member").
 */
export function findHead(after: readonly Word[], cue: HeadCue, lex: FigureLexicon): Head | null {
  let k = 0;
  if (after[0]?.lower === 'of' && (OF_DETERMINERS.has(after[1]?.lower ?? '') || cue.vague)) k = OF_DETERMINERS.has(after[1]?.lower ?? '') ? 2 : 1;
  else if (cue.bare && (after[0]?.lower === 'to' || (after[0]?.lower === 'and' && cue.afterBetween)) && isNumber(after[1])) k = 2;
  if (k === 2 && after[1]!.lower === 'the' && isNumber(after[2])) k = 3; // "17 of the 40 passengers": the part of a whole
  // "a 1,200-strong force": the size of a body of persons
  if (cue.hyphened && after[0]?.lower === 'strong') return { kind: 'person', from: 0, at: 0, to: after[1] && !after[1].isBreak && !STOP.has(after[1].lower) ? 2 : 1 };
  const from = k;
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
    if (best && !modifiesNext(after, k + best[1], best[0], cue) && !namesNextNoun(after, k + best[1], best[0], lex)) return { kind: best[0], from, at: k, to: k + best[1] };
    // "two more markets", "one more soldier": "more" right after the number counts on (not "more than")
    const countsOn = m === 0 && w.lower === 'more' && after[k + 1]?.lower !== 'than';
    if (!best && ((STOP.has(w.lower) && !countsOn) || isNumber(w))) return null;
  }
  return null;
}

/** A singular person or thing noun, after a number above one, with a word of its phrase after it: "five official trade crossings". */
function modifiesNext(after: readonly Word[], end: number, kind: Head['kind'], cue: HeadCue): boolean {
  if ((kind !== 'person' && kind !== 'thing') || cue.value <= 1 || cue.hyphened || isPlural(after[end - 1]!)) return false;
  const next = after[end];
  return next !== undefined && !next.isBreak && !STOP.has(next.lower) && !isNumber(next);
}

/**
 * A person or thing noun right before another one that heads the phrase: "two new Levies platoons"
 * (platoons, not Levies), "three police vehicles". The second noun is what is counted.
 */
function namesNextNoun(after: readonly Word[], end: number, kind: Head['kind'], lex: FigureLexicon): boolean {
  if (kind !== 'person' && kind !== 'thing') return false;
  const next = after[end];
  return next !== undefined && !next.isBreak && (lex.things.matchAt(after, end) > 0 || lex.persons.matchAt(after, end) > 0);
}

/** `previous`, `earlier`: the two sentences before, read only when a pronoun ("Five of them") needs them. */
export function contextOf(content: string, amount: Amount, sentence: Span, lex: FigureLexicon, previous: Span | null = null, earlier: Span | null = null): AmountContext {
  const { before, after, dropped, opening } = wordsAround(content, sentence, amount.start, amount.end, REACH);
  const cue: HeadCue = {
    vague: amount.form === 'vague',
    value: amount.value,
    hyphened: HYPHEN_LETTER.test(content.slice(amount.end, amount.end + 2)),
    afterBetween: before[before.length - 1]?.lower === 'between',
    bare: !amount.unit && !amount.unitName,
  };
  const ctx: AmountContext = { amount, sentence, before, after, clipped: dropped > 0, opening, head: findHead(after, cue, lex), antecedent: null };
  ctx.antecedent = antecedentOf(ctx, () => (previous ? lastWords(content, previous, REACH) : []), () => (earlier ? firstWords(content, earlier, REACH) : []), content, lex);
  return ctx;
}

/** The words of the clause before the amount: back to the last clause break (or to the start of `before`). */
export function clauseBefore(ctx: AmountContext): Word[] {
  let i = ctx.before.length;
  while (i > 0 && !ctx.before[i - 1]!.isBreak) i--;
  return ctx.before.slice(i);
}
