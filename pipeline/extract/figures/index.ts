// Figures: the amounts a researcher would tabulate (gold GUIDELINES "figures"), typed, with
// what they count, who they are credited to and the date of their sentence.
// Filters drop what is never a figure (dates, durations, ages, referential counts ...); then the
// rules, in order, say what kind of figure an amount is; an amount no rule reads is no figure.
import type { ActorMention, Amount, DateMention, FigureCandidate, Span } from '../../model.js';
import { attributionOf } from './attribution.js';
import { contextOf } from './context.js';
import { notAFigure } from './filters.js';
import { figureLexicon } from './lexicon.js';
import { casualties } from './rules/casualties.js';
import { counts } from './rules/counts.js';
import { measures } from './rules/measures.js';
import type { FigureRule } from './rules/types.js';
import { subjectOf } from './subject.js';

export interface FigureInput {
  content: string;
  sentences: Span[];
  amounts: Amount[];
  actors: ActorMention[];
  dates: DateMention[];
}

/** Casualties first: "killed 11 security forces" is a fatality figure before it is a count. */
export const FIGURE_RULES: readonly FigureRule[] = [casualties, measures, counts];

function sentenceOf(sentences: readonly Span[], a: Span, content: string): Span {
  const s = sentences.find((x) => x.start <= a.start && a.end <= x.end);
  if (s) return s;
  // no sentence holds it: its line
  const start = content.lastIndexOf('\n', a.start - 1) + 1;
  const nl = content.indexOf('\n', a.end);
  return { start, end: nl < 0 ? content.length : nl };
}

export function findFigures(input: FigureInput): FigureCandidate[] {
  const { content, amounts, actors, dates } = input;
  const lex = figureLexicon();
  const figures: FigureCandidate[] = [];
  for (const amount of amounts) {
    const sentence = sentenceOf(input.sentences, amount, content);
    const ctx = contextOf(content, amount, sentence, lex);
    const isCasualty = casualties.classify(ctx, lex) !== null;
    if (notAFigure(ctx, content, dates, lex, isCasualty)) continue;
    let reading = null;
    for (const rule of FIGURE_RULES) if ((reading = rule.classify(ctx, lex))) break;
    if (!reading) continue;
    const end = ctx.head && reading.kind !== 'trade_value' && reading.kind !== 'money' ? ctx.after[ctx.head.to - 1]!.end : amount.end;
    const near = dates
      .filter((d) => d.start >= sentence.start && d.end <= sentence.end)
      .sort((x, y) => Math.abs(x.start - amount.start) - Math.abs(y.start - amount.start))[0];
    figures.push({
      start: amount.start,
      end,
      text: content.slice(amount.start, end),
      value: amount.value,
      unit: reading.unit,
      kind: reading.kind,
      approximate: amount.approximate,
      bound: amount.bound,
      subject: subjectOf(ctx, reading.kind, content, lex),
      ...attributionOf(ctx, content, actors, lex),
      date: near?.value ?? null,
      sentence,
      rule: reading.rule,
    });
  }
  return figures;
}
