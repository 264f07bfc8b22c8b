// Anaphoric dating: a definite nominal with no date of its own ("the strikes", "Iran's attacks on
// Pakistani soil", "the recent visit", "Islamabad's retaliatory strikes") names a happening the
// text has already dated, and takes that happening's date. Its sentence's undated acts take
// that date's month, as far as a reader can tell: they happened around it, not on its day.
//   "The strikes ... came at a time when ... joint naval exercises and high-level meetings in
//    Davos [were ongoing]"          the exercises and meetings: the strikes' month
//   "the United States condemned Iran's attacks on Pakistani soil"
//                                   the condemnation followed them: their month
// Near-misses: "the Soviet invasion of Afghanistan" (no earlier invasion by the same party: left
// alone); "a strike", "further attacks" (indefinite or unreal: not references).
import type { ActorDefinition } from '../../model.js';
import { toMonth } from './dating.js';
import { MODIFIERS, NOMINAL_LEAD } from './phrases.js';
import type { Draft } from './refiners.js';
import { stateOf } from './roles.js';
import type { Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

const DEFINITE = new Set(['the', 'this', 'these', 'those', 'that', 'its', 'their', 'his', 'her', 'our']);

/**
 * Whether a nominal trigger is definite: its noun phrase opens with a determiner or a possessive
 * ("the strikes", "Iran's 16 January strike", "the US attacks"), past modifiers and names
 * (`inName`: the sentence's tokens that belong to actor names).
 */
export function isDefinite(tokens: Token[], m: TriggerMatch, inName: Set<number>): boolean {
  // "the diplomatic engagement between Iranian and Pakistani officials": a description that
  // names its parties introduces a happening rather than naming one stated before.
  if (m.pos !== 'noun' || tokens[m.last + 1]?.word === 'between') return false;
  for (let k = m.first - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const t = tokens[k]!;
    if (t.possessive || DEFINITE.has(t.word)) return true;
    if (t.punct || !(inName.has(k) || MODIFIERS.has(t.word) || NOMINAL_LEAD.has(t.word) || /^\d/.test(t.word))) return false;
  }
  return false;
}

/** How many drafts back a reference looks for the happening it names. */
const REFERENCE_LOOKBACK = 60;
/** How many drafts either side of a reference may be acts of its sentence (drafts come in text order). */
const SENTENCE_MATES = 30;

const keyOf = (id: string | null, defs: Map<string, ActorDefinition>): string | null => (id ? stateOf(id, defs) ?? id : null);

/** Whether the earlier draft `a` can be the happening the reference `d` names. */
function canBe(a: Draft, d: Draft, defs: Map<string, ActorDefinition>): boolean {
  if (a.event_type !== d.event_type || !a.date || a.sentence.start === d.sentence.start) return false;
  if (a.dateBasis !== 'sentence' && a.dateBasis !== 'reference' && a.dateBasis !== 'paragraph') return false;
  // A visit is named again as a visit, a strike as any attack.
  if (d.event_type !== 'ASSAULT' && a.subtype !== d.subtype) return false;
  const a1 = keyOf(d.actor1_id, defs);
  if (a1 && keyOf(a.actor1_id, defs) !== a1) return false;
  const a2 = keyOf(d.actor2_id, defs);
  const target = keyOf(a.actor2_id, defs);
  return !a2 || !target || a2 === target || a2 === a.country;
}

/** Dates each definite nominal with no date of its own by the happening it names, and its sentence's undated acts. */
export function dateByReference(drafts: Draft[], defs: Map<string, ActorDefinition>): void {
  // First each reference its own date, in text order (a reference may name one resolved before it) ...
  for (const [i, d] of drafts.entries()) {
    if (!d.definite || d.dateBasis === 'sentence') continue;
    let antecedent: Draft | null = null;
    for (let k = i - 1; k >= Math.max(0, i - REFERENCE_LOOKBACK) && !antecedent; k--) if (canBe(drafts[k]!, d, defs)) antecedent = drafts[k]!;
    if (!antecedent?.date) continue;
    d.date = antecedent.date;
    d.dateBasis = 'reference';
  }
  // ... then the undated acts of their sentences (the drafts around it), which are not references themselves.
  for (const [i, d] of drafts.entries()) {
    if (d.dateBasis !== 'reference' || !d.definite) continue;
    for (let j = Math.max(0, i - SENTENCE_MATES); j < Math.min(drafts.length, i + SENTENCE_MATES); j++) {
      const o = drafts[j]!;
      if (o.sentence.start !== d.sentence.start) continue;
      if (o.definite || (o.dateBasis !== null && o.dateBasis !== 'narrative')) continue;
      // Framed by the happening ("at a time when"), or answering it ("condemned Iran's attacks"):
      // the text gives no day of its own.
      o.date = toMonth(d.date!);
      o.dateBasis = 'reference';
    }
  }
}
