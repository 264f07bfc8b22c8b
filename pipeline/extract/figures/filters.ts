// What is not a figure, whatever its noun: dates and years, times of day, phone numbers, model
// designations ("JF-17"), ages, durations, referential counts ("the two countries"), the sources a
// text cites ("according to two officials").
import type { Amount, DateMention } from '../../model.js';
import { CLAUSE_OPENERS } from './comparison.js';
import { HYPHEN_LETTER, type AmountContext } from './context.js';
import type { FigureLexicon } from './lexicon.js';
import type { OverlapIndex } from '../../lib/overlaps.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const SPACE_CAPITAL = /^ \p{Lu}/u;

/** Why an amount is no figure, or null when it may be one. */
export function notAFigure(ctx: AmountContext, content: string, dates: OverlapIndex<DateMention>, lex: FigureLexicon, casualty: boolean): string | null {
  const a: Amount = ctx.amount;
  if (dates.first(a)) return 'date';
  const before = content.slice(Math.max(0, a.start - 2), a.start);
  const after = content.slice(a.end, a.end + 3);
  if (/:\d/.test(after) || /\d:$/.test(before)) return 'time of day'; // "22:59"
  if (/^[-‐]\d/.test(after) || /\d[-‐]$/.test(before) || /\+$/.test(before)) return 'phone number or code'; // "0300-1234567", "+98"
  if (/[\p{L}][-‐]$/u.test(before) && a.form === 'digits') return 'designation'; // "JF-17", "COVID-19"
  if (isSectionNumber(a, content)) return 'section number'; // "3.1 Border markets" heading a line
  if (!a.unit && a.form === 'digits' && /^\d{4}$/.test(a.text) && a.value >= 1000 && a.value <= 2100 && ctx.head?.kind !== 'person' && ctx.head?.kind !== 'thing') return 'year';
  if (ctx.head?.kind === 'duration' && !a.unit) return 'duration';
  const prev = ctx.before[ctx.before.length - 1];
  if (!a.unit && a.form === 'digits' && a.value <= 31 && ((prev && lex.months.has(prev.lower)) || lex.months.has(ctx.after[0]?.lower ?? ''))) return 'day of a date';
  if (/^(another|other)$/.test(ctx.after[0]?.lower ?? '') && a.value === 1) return 'reciprocal'; // "killing one another"
  if (lex.ageBefore.matchEndingAt(ctx.before, ctx.before.length) > 0 && !a.unit) return 'age';
  // "the three-member tribunal" states its size: a compound of persons is no reference back
  const compound = ctx.head?.kind === 'person' && ctx.head.at === 0 && HYPHEN_LETTER.test(content.slice(a.end, a.end + 2));
  if (!casualty && !a.unit && a.form === 'words' && a.value <= 10 && prev && lex.referentialBefore.has(prev.lower) && !compound && !statesATotal(ctx) && !ownsACount(ctx) && !onlyCounts(ctx)) return 'referential count';
  // "according to two Pakistani officials": who the text cites, not a number it reports
  if (!casualty && !a.unit && ctx.head?.kind === 'person' && a.value <= 10 && lex.attributionLeads.matchEndingAt(ctx.before, ctx.before.length) > 0) return 'source description';
  // a fraction "of" something is a share (rules/shares.ts); alone it is no figure ("half an hour")
  // and the size of a change ("cut exports by nearly a third")
  const share = a.value > 0 && a.value < 1 && (ctx.after[0]?.lower === 'of' || prev?.lower === 'by');
  if (!a.unit && !casualty && !share && (a.value < 1 || (a.value === 1 && a.form === 'words'))) return 'one or a fraction';
  return null;
}

/**
 * "3.1 Border markets", "4.2 Recommendations": a dotted number heading its line, followed by a
 * capitalised title word. A decimal value in a heading keeps its scale or unit ("3.5 Million
 * Pakistanis", "2.5 Percent"), so its text is more than digits and a dot.
 */
function isSectionNumber(a: Amount, content: string): boolean {
  if (a.form !== 'digits' || a.unit || !/^\d+\.\d+$/.test(a.text)) return false;
  const lineStart = content.lastIndexOf('\n', a.start - 1) + 1;
  return /^[\s#*>-]*$/.test(content.slice(lineStart, a.start)) && SPACE_CAPITAL.test(content.slice(a.end, a.end + 2));
}

/** "The first of the six border markets ...": an ordinal picks one of a set whose size the number states. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest']);

/** Words that open a relative clause after a noun, or the subject of one ("the markets the two countries agreed"). */
const RELATIVE = new Set(['that', 'which', 'who', 'the', 'both', 'we', 'they', 'it', 'iran', 'pakistan']);

/**
 * "the six border markets": a definite number that states the size of a set, not one that points back
 * to a set named before ("the two countries"): three or more, a concrete noun, and either a
 * partitive opening ("Of the six border markets, only one ...", "The first of the six border markets
 * opened in 2023") or a defining clause after the noun
 * ("the six border markets the two countries have agreed to set up", "the 12 posts that ...").
 */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "Their nine boats remain impounded": a possessive before three or more of a thing or person states how
 * many they have, unlike "their two countries", "its two neighbours" (a pair already known).
 */
function ownsACount(ctx: AmountContext): boolean {
  const { before, head } = ctx;
  return ctx.amount.value >= 3 && POSSESSIVES.has(before[before.length - 1]?.lower ?? '') && (head?.kind === 'thing' || head?.kind === 'person');
}

function statesATotal(ctx: AmountContext): boolean {
  const { before, after, head } = ctx;
  if (ctx.amount.value < 3 || !head || (head.kind !== 'thing' && head.kind !== 'person')) return false;
  const opening = before[before.length - 1]?.lower === 'the' && before[before.length - 2]?.lower === 'of' && (before.length === 2 || before[before.length - 3]!.isBreak || ORDINALS.has(before[before.length - 3]!.lower));
  return opening || RELATIVE.has(after[head.to]?.lower ?? '');
}

/**
 * "Only three were operating", "and only two have opened": "only" opening a clause before a number counts
 * (how few); after a determiner it refers ("the only two crossings", "its only three markets").
 */
function onlyCounts(ctx: AmountContext): boolean {
  const n = ctx.before.length;
  if (ctx.before[n - 1]?.lower !== 'only') return false;
  const before = ctx.before[n - 2];
  return before === undefined || before.isBreak || CLAUSE_OPENERS.has(before.lower);
}
