// Resolution in text order: each candidate is read against the document time, the clause's tense
// and the explicit dates before it (the narrative anchors).
import { parseDct } from './calendar.js';
import type { Anchor, Candidate, Precision, Reading, ResolveContext } from './types.js';

export interface Resolved {
  candidate: Candidate;
  reading: Reading;
}

const rank: Record<Precision, number> = { year: 0, quarter: 1, month: 2, day: 3 };
// Future markers in the clause before the expression ("will visit Pakistan on 29 January").
const FUTURE = /(?:^|[^\p{L}])(?:will|would|won['’]t|['’]ll|shall|going\s+to|plans?|planned|planning|expected|scheduled|due\s+to|set\s+to|to\s+be\s+held|as\s+(?:soon|early)\s+as)(?:[^\p{L}]|$)/iu;
// An infinitive right before the expression ("is to resume trading Tuesday").
const INFINITIVE_BEFORE = /(?:^|[^\p{L}])to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|be)\s)\p{L}+(?:\s+\p{L}+){0,3}\s+(?:on\s+)?$/iu;
// The clause the expression stands in: a cue behind a comma belongs to another clause
// ("they would appeal the decision, announced Wednesday").
const CLAUSE_BREAK = /[,;:()\u2014]/gu;
// A full stop after an initial or a title ("Daniel P. Davison", "Mr. Antar") does not end the sentence.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))[.!?\n]\s+(?=[^.!?\n]*$)/u;
// Words right before the expression that point ahead ("payable Jan. 2", "effective June 1", "until March").
const FUTURE_BEFORE = /(?:^|[^\p{L}])(?:effective|payable|until|till|starting|beginning|through)\s+(?:on\s+|early\s+|mid-?|late\s+)?$/iu;

function tenseBefore(text: string, start: number): 'past' | 'future' {
  let left = text.slice(Math.max(0, start - 45), start);
  const end = SENTENCE_END.exec(left);
  if (end) left = left.slice(end.index + end[0].length);
  const breaks = [...left.matchAll(CLAUSE_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak) left = left.slice(lastBreak.index + 1);
  return FUTURE.test(left) || INFINITIVE_BEFORE.test(left) || FUTURE_BEFORE.test(left) ? 'future' : 'past';
}

export function resolveAll(text: string, candidates: Candidate[], dctValue: string | null): Resolved[] {
  const dct = parseDct(dctValue);
  const anchors: Anchor[] = [];
  let quarter: Anchor | null = null;
  const anchor = (precision: Precision): Anchor | null => {
    for (let i = anchors.length - 1; i >= 0 && i >= anchors.length - 50; i--) {
      const a = anchors[i];
      if (a && rank[a.precision] >= rank[precision]) return a;
    }
    return null;
  };
  const out: Resolved[] = [];
  for (const candidate of candidates) {
    // The tense is read only for the few rules that ask (a weekday or month without a year).
    const context: ResolveContext = { dct, anchor, quarter, get tense() { return tenseBefore(text, candidate.start); } };
    const reading = candidate.resolve(context);
    if (!reading) continue;
    if (reading.anchor) {
      if (reading.anchor.precision === 'quarter') quarter = reading.anchor;
      else anchors.push(reading.anchor);
    }
    out.push({ candidate, reading });
  }
  return out;
}
