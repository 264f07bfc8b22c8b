// Figures: the amounts a researcher would tabulate (gold GUIDELINES "figures"), typed, with
// what they count, who they are credited to and the date of their sentence.
// Filters drop what is never a figure (dates, durations, ages, referential counts ...); then the
// rules, in order, say what kind of figure an amount is; an amount no rule reads is no figure.
import type { ActorMention, Amount, DateMention, FigureCandidate, Span } from '../../model.js';
import { lowerBound, startOf } from '../../lib/sorted.js';
import { attributionOf } from './attribution.js';
import { comparedWith } from './comparison.js';
import { contextOf, type AmountContext } from './context.js';
import { notAFigure } from './filters.js';
import { figureLexicon } from './lexicon.js';
import { OverlapIndex } from '../../lib/overlaps.js';
import { antecedents } from './rules/antecedents.js';
import { casualties } from './rules/casualties.js';
import { counts } from './rules/counts.js';
import { exchangeRates } from './rules/exchange-rates.js';
import { measures } from './rules/measures.js';
import { shares } from './rules/shares.js';
import type { FigureRule } from './rules/types.js';
import { subjectOf } from './subject.js';

export interface FigureInput {
  content: string;
  sentences: Span[];
  amounts: Amount[];
  actors: ActorMention[];
  dates: DateMention[];
}

/**
 * Casualties first: "killed 11 security forces" is a fatality figure before it is a count. A noun
 * after the number (counts) before one written earlier (antecedents).
 */
export const FIGURE_RULES: readonly FigureRule[] = [casualties, measures, exchangeRates, shares, counts, antecedents];

/** Filters a number compared with a figure before it overrides: "Six markets were promised; only one works". */
const SOFT_FILTERS = new Set(['referential count', 'one or a fraction']);

/** True when spans are in order and do not overlap: then a binary search finds the one holding a span. */
const inOrder = (spans: readonly Span[]): boolean => spans.every((s, i) => i === 0 || spans[i - 1]!.end <= s.start);

/** Index of the first span starting at or after offset (spans sorted by start). */
const firstFrom = (spans: readonly Span[], offset: number): number => lowerBound(spans, offset, startOf);

function sentenceOf(sentences: readonly Span[], sorted: boolean, a: Span, content: string, lastLine: Span | null): Span {
  // Sorted, disjoint sentences: only the last one starting at or before the amount can hold it.
  const s = sorted ? [sentences[firstFrom(sentences, a.start + 1) - 1]].find((x) => x && x.start <= a.start && a.end <= x.end) : sentences.find((x) => x.start <= a.start && a.end <= x.end);
  if (s) return s;
  // no sentence holds it: its line; the line of the amount before, when it holds this one (amounts
  // never span a line break), so that a long line is searched once, not once per amount
  if (lastLine && lastLine.start <= a.start && a.end <= lastLine.end) return lastLine;
  const start = content.lastIndexOf('\n', a.start - 1) + 1;
  const nl = content.indexOf('\n', a.end);
  return { start, end: nl < 0 ? content.length : nl };
}

export function findFigures(input: FigureInput): FigureCandidate[] {
  const { content, amounts, actors, dates } = input;
  const lex = figureLexicon();
  const figures: FigureCandidate[] = [];
  // Linear on long texts: sentences and dates are searched, not scanned, when they are in order.
  const sentencesSorted = inOrder(input.sentences);
  const datesSorted = dates.every((d, i) => i === 0 || dates[i - 1]!.start <= d.start);
  const dateIndex = new OverlapIndex(dates);
  const actorIndex = new OverlapIndex(actors);
  let sentence: Span | null = null;
  // the figure of the amount just before, in the same sentence (a bare number may be compared with it)
  let previous: { figure: FigureCandidate; ctx: AmountContext } | null = null;
  // the two sentences before `sentence`, searched once per sentence, not once per amount
  let before: [Span | null, Span | null] = [null, null];
  let beforeOf = -1;
  for (const amount of amounts) {
    sentence = sentenceOf(input.sentences, sentencesSorted, amount, content, sentence);
    if (sentence.start !== beforeOf) {
      before = previousSentences(input.sentences, sentencesSorted, sentence);
      beforeOf = sentence.start;
    }
    const ctx = contextOf(content, amount, sentence, lex, ...before);
    if (previous && previous.ctx.sentence.start !== sentence.start) previous = null;
    const isCasualty = casualties.classify(ctx, lex) !== null;
    const why = notAFigure(ctx, content, dateIndex, lex, isCasualty);
    if (why === 'date') continue;
    let reading = null;
    let subject: string | null | undefined;
    if (!why) for (const rule of FIGURE_RULES) if ((reading = rule.classify(ctx, lex))) break;
    if (!reading && (!why || (SOFT_FILTERS.has(why) && Number.isInteger(amount.value) && amount.value >= 1))) {
      const compared = comparedWith(ctx, previous, lex);
      if (compared) ({ reading, subject } = compared);
    }
    if (!reading) {
      if (!why) previous = null; // a number no rule reads stands between: no comparison across it
      continue;
    }
    const partitive = !ctx.head && ctx.antecedent ? ctx.antecedent.through : 0; // "Five of them"
    const end = ctx.head && reading.kind !== 'trade_value' && reading.kind !== 'money' ? ctx.after[ctx.head.to - 1]!.end : partitive ? ctx.after[partitive - 1]!.end : amount.end;
    const near = nearestDate(dates, datesSorted, sentence, amount);
    const figure: FigureCandidate = {
      start: amount.start,
      end,
      text: content.slice(amount.start, end),
      value: amount.value,
      unit: reading.unit,
      kind: reading.kind,
      approximate: amount.approximate,
      bound: amount.bound,
      subject: subject !== undefined ? subject : subjectOf(ctx, reading.kind, content, lex),
      ...attributionOf(ctx, content, actorIndex, lex),
      date: near?.value ?? null,
      sentence,
      rule: reading.rule,
    };
    figures.push(figure);
    previous = { figure, ctx };
  }
  return figures;
}

/**
 * The sentence before `sentence` and the one before that (null where there is none): "The fishermen
 * were detained ... We requested their release ... eleven of them will be freed" points back past a
 * sentence that names no one (sentences in order: a binary search; else a scan).
 */
function previousSentences(sentences: readonly Span[], sorted: boolean, sentence: Span): [Span | null, Span | null] {
  const before = (s: Span): Span | null => {
    if (sorted) return sentences[firstFrom(sentences, s.start) - 1] ?? null;
    let best: Span | null = null;
    for (const x of sentences) if (x.end <= s.start && (!best || x.end > best.end)) best = x;
    return best;
  };
  const last = before(sentence);
  return [last, last && before(last)];
}

/** The date of the sentence nearest to the amount; on a tie, the first in `dates`. */
function nearestDate(dates: readonly DateMention[], sorted: boolean, sentence: Span, amount: Span): DateMention | undefined {
  const inSentence = (d: DateMention) => d.start >= sentence.start && d.end <= sentence.end;
  if (!sorted) {
    let best: DateMention | undefined;
    let bestDistance = Infinity;
    for (const d of dates) {
      const distance = Math.abs(d.start - amount.start);
      if (inSentence(d) && distance < bestDistance) [best, bestDistance] = [d, distance];
    }
    return best;
  }
  // In order of start, the nearest on each side is the first of the sentence's dates met walking
  // out from the amount; on a tie the one before it comes first in the list.
  const at = firstFrom(dates, amount.start);
  let after: DateMention | undefined;
  for (let i = at; i < dates.length && dates[i]!.start <= sentence.end && !after; i++) if (inSentence(dates[i]!)) after = dates[i];
  let before: DateMention | undefined;
  for (let i = at - 1; i >= 0 && dates[i]!.start >= sentence.start; i--) {
    if (before && dates[i]!.start < before.start) break;
    if (inSentence(dates[i]!)) before = dates[i]; // an earlier one of the same start comes first
  }
  if (!before) return after;
  if (!after) return before;
  return amount.start - before.start <= after.start - amount.start ? before : after;
}
