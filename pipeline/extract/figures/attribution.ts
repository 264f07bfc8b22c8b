// Who a figure is credited to, in the words of the text: "according to Iranian authorities",
// "official data put", "Pakistan's foreign ministry said"; and the actor those words name.
//   order: a reporting verb earlier in the amount's clause, a lead ("according to") in the clause,
//   a lead anywhere in the sentence, a reporting verb after the amount (", officials said").
import type { ActorMention } from '../../model.js';
import type { AmountContext } from './context.js';
import { clauseBefore } from './context.js';
import type { FigureLexicon } from './lexicon.js';
import type { OverlapIndex } from '../../lib/overlaps.js';
import type { Word } from './words.js';

const NP_MAX = 6;
const LEAD_MAX = 12;
const NP_BOUNDARY = new Set(['that', 'while', 'and', 'but', 'as', 'which', 'who', 'when', 'where', 'because', 'although', 'though', 'whereas']);

export interface Attribution {
  attribution: string | null;
  attributed_to: string | null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** The noun phrase right before words[v] (the reporting verb), or -1 when there is none. */
function subjectStart(words: readonly Word[], v: number): number {
  let s = v;
  while (s > 0 && v - s < NP_MAX && !words[s - 1]!.isBreak && !NP_BOUNDARY.has(words[s - 1]!.lower)) s--;
  // "The stated goal": a verb form after a bare determiner is an adjective, not a report
  const content = words.slice(s, v).filter((w) => !DETERMINERS.has(w.lower));
  return content.length > 0 ? s : -1;
}

function leadIn(words: readonly Word[], lex: FigureLexicon): [number, number] | null {
  for (let k = 0; k < words.length; k++) {
    if (!lex.attributionLeads.matchAt(words, k)) continue;
    let e = k + lex.attributionLeads.matchAt(words, k);
    while (e < words.length && e - k < LEAD_MAX && !words[e]!.isBreak) e++;
    if (e > k + 1) return [k, e];
  }
  return null;
}

export function attributionOf(ctx: AmountContext, content: string, actors: OverlapIndex<ActorMention>, lex: FigureLexicon): Attribution {
  const span = (words: readonly Word[], from: number, to: number) => ({ start: words[from]!.start, end: words[to - 1]!.end });
  let found: { start: number; end: number } | null = null;
  const clause = clauseBefore(ctx);
  for (let v = clause.length - 1; v >= 0 && !found; v--) {
    if (!lex.reportingVerbs.has(clause[v]!.lower)) continue;
    const s = subjectStart(clause, v);
    if (s >= 0) found = span(clause, s, v + 1);
  }
  for (const words of [clause, ctx.before, ctx.after]) {
    if (found) break;
    const lead = leadIn(words, lex);
    if (lead) found = span(words, lead[0], lead[1]);
  }
  if (!found) {
    for (let v = 0; v < ctx.after.length && !found; v++) {
      if (!lex.reportingVerbs.has(ctx.after[v]!.lower)) continue;
      const s = subjectStart(ctx.after, v);
      if (s >= 0 && ctx.after[s - 1]?.isBreak) found = span(ctx.after, s, v + 1);
    }
  }
  if (!found) return { attribution: null, attributed_to: null };
  const actor = actors.first(found);
  return { attribution: content.slice(found.start, found.end), attributed_to: actor?.actor_id ?? null };
}
