// What the coder knows of a whole text: its paragraphs, its two principal states, the subjects
// pronouns can refer to, and the clauses that only anchor a relative date.
import type { ActorDefinition, ActorMention, DateMention, Span } from '../../model.js';
import { cueSets } from './lexicon.js';
import type { RoleContext } from './roles.js';
import { firstFrom } from './spans.js';
import type { Token } from './tokens.js';

/** Lines of the content: a paragraph is the discourse unit whose last date anchors the next sentences. */
export function paragraphs(content: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= content.length; i++) {
    if (i === content.length || content[i] === '\n') { spans.push({ start, end: i }); start = i + 1; }
  }
  return spans;
}

export function roleContext(content: string, defs: Map<string, ActorDefinition>, actors: ActorMention[]): RoleContext {
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  for (const a of actors) {
    if (defs.get(a.actor_id)?.type !== 'state') continue;
    counts.set(a.actor_id, (counts.get(a.actor_id) ?? 0) + 1);
    if (!firstAt.has(a.actor_id)) firstAt.set(a.actor_id, a.start);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
  const pair = top.length === 2 ? (top.sort((a, b) => (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0)) as [string, string]) : null;
  // Subjects: mentions not governed by a preposition ("in western Pakistan" is a place, not an antecedent).
  // "in Iraq and Syria": a name joined by "and" to a place shares its preposition.
  let previousWasPlace = false;
  let previousEnd = -1;
  const subjects = actors.filter((a) => {
    const words = content.slice(Math.max(0, a.start - 40), a.start).toLowerCase().split(/[^a-z’'-]+/).filter(Boolean);
    while (words.length && /^(?:the|a|an|north|south|east|west|\w+ern|\w+-\w+ern)$/.test(words[words.length - 1] ?? '')) words.pop();
    const compound = /\w-$/.test(content.slice(Math.max(0, a.start - 2), a.start)) || content[a.end] === '-';
    const joined = /^[\s,]*(?:and|or)\s+(?:the\s+)?$/i.test(content.slice(Math.max(previousEnd, 0), a.start)) && previousEnd >= 0;
    const place = compound || cueSets.locative.has(words[words.length - 1] ?? '') || (joined && previousWasPlace);
    previousWasPlace = place;
    previousEnd = a.end;
    return !place;
  });
  const fits = (kind: 'person' | 'nonperson' | 'group', d: ActorDefinition | undefined): boolean =>
    !!d && (kind === 'person' ? d.type === 'person' : kind === 'group' ? d.type === 'armed_group' : d.type !== 'person');
  return {
    defs, pair,
    antecedent: (kind, offset) => {
      for (let i = firstFrom(subjects, offset) - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
        const s = subjects[i]!;
        if (offset - s.start > 800) return null;
        if (fits(kind, defs.get(s.actor_id))) return s.actor_id;
      }
      return null;
    },
  };
}

/**
 * Tokens that belong to date expressions, and the anchor clause of a relative one ("one day after
 * Iran fired missiles", "two days after Tehran said it attacked"): that happening is stated
 * elsewhere, here it only dates another. `dates` are the sentence's, sorted.
 */
export function anchorTokens(tokens: Token[], dates: DateMention[]): Set<number> {
  const blocked = new Set<number>();
  let d = 0;
  for (const [i, t] of tokens.entries()) {
    while (d < dates.length && (dates[d]?.end ?? 0) <= t.start) d++;
    const date = dates[d];
    if (!date || date.start >= t.end) continue;
    blocked.add(i);
    if (!/\b(?:after|before|since)$/i.test(date.text) || t.end !== date.end) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
      const w = tokens[k]?.word ?? '';
      if (w === ',' || cueSets.clauseBreaks.has(w)) break;
      blocked.add(k);
    }
  }
  return blocked;
}
