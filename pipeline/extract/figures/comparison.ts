// A bare number compared with the figure just before it in its sentence shares that figure's
// unit, kind and noun (a refiner: it reads the figure the rules found before it).
//   accepts: "about 300 trucks a day now cross, against fewer than 200 in early 2024" (trucks),
//            "1,020,000 rials to the dollar, compared with about 580,000 a year ago" (IRR),
//            "Six such markets were promised; only one works", "from 300 trucks a day to 500",
//            "abducted five border guards; four were freed later" (a clause whose subject is the
//            number alone: the noun is elided), "a facility built for 600 people held up to 1,100",
//            "Iran deported 1.2 million Afghans and Pakistan expelled over 800,000" (a bound or hedge
//            on a bare count: the noun is elided), "4,870 returnees on Tuesday and 19,300 between July
//            1 and 6" (a count joined by "and" with its own time), "1,200 pilgrims, including 430
//            yesterday", "against a daily average of about 1,100"
//   rejects: no cue right before the number ("300 trucks crossed and 20 returned", "6 agreements;
//            from 2025 the tariff falls to 5"), a pronoun ("only the one
//            at Mand-Pishin": "the one" points, it does not count), a designation
//            ("Route 40"), a number far larger or smaller than the figure ("$3 billion, up from 2":
//            the scale is not written), a number with its own noun or unit, across a sentence
import type { FigureCandidate } from '../../model.js';
import type { AmountContext } from './context.js';
import type { FigureLexicon } from './lexicon.js';
import type { FigureReading } from './rules/types.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const CAPITAL_START = /^\p{Lu}/u;

const REACH = 24; // words between the figure and the number ("256,000 people crossing back through ... in Nimroz, up from 82,000")
const RATIO = 100; // how far apart their values may be
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** Words that open a clause, before a number that is its subject. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);
/** Verbs right after a number that is a clause's subject: "four were freed", "412 are held". */
const AUXILIARIES = new Set(['are', 'were', 'was', 'is', 'have', 'has', 'had', 'remain', 'remained', 'remains']);
/** Words of time right after a number joined by "and": "4,870 returnees on Tuesday and 19,300 between July 1 and 6". */
const TIME_AFTER = new Set(['between', 'on', 'in', 'during', 'since', 'last', 'this', 'yesterday', 'today', 'over', 'from', 'the']);

/** Prepositions before a bare number that is a time or a place, not a count: "at around 9", "by about 10". */
const NOT_COUNTED_AFTER = new Set(['at', 'on', 'by', 'in', 'for', 'of', 'since', 'until', 'till', 'after', 'before', 'within', 'around', 'past']);

export interface Comparison {
  reading: FigureReading;
  subject: string | null;
}

/** The reading a bare amount takes from `previous`, the figure of the amount before it in the sentence; or null. */
export function comparedWith(ctx: AmountContext, previous: { figure: FigureCandidate; ctx: AmountContext } | null, lex: FigureLexicon): Comparison | null {
  const a = ctx.amount;
  if (!previous || a.unit || ctx.head || ctx.antecedent) return null;
  const between = ctx.before.filter((w) => w.start >= previous.figure.end);
  if (between.length === 0 || between.length > REACH) return null;
  const last = between[between.length - 1]!;
  if (CAPITAL_START.test(last.text) || DETERMINERS.has(last.lower)) return null; // "Route 40", "the one at Gabd"
  const ratio = a.value / previous.figure.value;
  if (!(ratio >= 1 / RATIO && ratio <= RATIO)) return null;
  // the cue stands right before the number ("against fewer than 200"), not before a number of its own ("from 2025")
  const cue = lex.comparisonCues.matchEndingAt(between, between.length) > 0;
  // "from 300 trucks a day to 500": "to" closes a range the figure opened
  const range = previous.ctx.before[previous.ctx.before.length - 1]?.lower === 'from' && last.lower === 'to';
  if (!cue && !range && !elided(ctx, last, previous.figure) && !hedgedCount(ctx, last, previous.figure)) return null;
  return { reading: { kind: previous.figure.kind, unit: previous.figure.unit, rule: 'compared' }, subject: previous.figure.subject };
}

/**
 * "five Iranian border guards; four were freed": the number opens a clause as its subject, its noun
 * left out because the figure before names it. Only counts of persons and things are elided so.
 */
function elided(ctx: AmountContext, last: { lower: string; isBreak: boolean }, previous: FigureCandidate): boolean {
  if (previous.unit !== 'people' && previous.unit !== 'count') return false;
  const opens = (last.isBreak && last.lower !== '(') || CLAUSE_OPENERS.has(last.lower);
  const next = ctx.after[0]?.lower ?? '';
  return opens && (AUXILIARIES.has(next) || (last.lower === 'and' && TIME_AFTER.has(next)));
}

/**
 * "built for 600 people, held up to 1,100", "expelled over 800,000": a bare number with its own
 * bound or hedge after a count of persons or things is another count of them, its noun left out
 * ("up to", "over", "about" quantify a noun; alone they point back to one).
 */
function hedgedCount(ctx: AmountContext, last: { lower: string }, previous: FigureCandidate): boolean {
  if ((previous.unit !== 'people' && previous.unit !== 'count') || NOT_COUNTED_AFTER.has(last.lower)) return false;
  return ctx.amount.bound !== null || ctx.amount.approximate;
}
