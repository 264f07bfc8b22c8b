// Figures: the amounts a researcher would tabulate, typed and attributed.
// (Interface stub: the full figure rules replace this body.)
import type { ActorMention, Amount, DateMention, FigureCandidate, Span } from '../../model.js';

export interface FigureInput {
  content: string;
  sentences: Span[];
  amounts: Amount[];
  actors: ActorMention[];
  dates: DateMention[];
}

export function findFigures(input: FigureInput): FigureCandidate[] {
  const figures: FigureCandidate[] = [];
  for (const a of input.amounts) {
    if (a.unit !== 'USD') continue;
    const sentence = input.sentences.find((s) => s.start <= a.start && a.end <= s.end) ?? { start: a.start, end: a.end };
    figures.push({ start: a.start, end: a.end, text: a.text, value: a.value, unit: 'USD', kind: 'money', approximate: a.approximate, bound: a.bound, subject: null, attribution: null, attributed_to: null, date: null, sentence, rule: 'money' });
  }
  return figures;
}
