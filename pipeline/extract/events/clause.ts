// One match's clause as the role finder (roles.ts) reads it, and the subject that stands left of
// the match: a name or a list of names, a pronoun, "the two sides", "the group", "its fighters".
//   "Jaish al-Adl, which says it fights for ..., killed"   the subject before the relative clause
//   "he and Indian Foreign Minister Swaraj agreed"          the pronoun's antecedent and the name
// Near-misses: "in Iraq" (a name after a locative preposition is passed over); "Some 3,100
// Afghans have arrived" (people counted by their nationality are not their state).
import type { ActorDefinition } from '../../model.js';
import { cues, cueSets } from './lexicon.js';
import type { RoleContext } from './roles.js';
import { firstFrom, REACH } from './spans.js';
import { phraseEndingAt, phraseIndex, type ActorSlot, type Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import {
  clauseBounds, coordinated as coordinatedBefore, coordinatedAfter as coordinatedNext, isLocative, relativeInsert, slotsNear, TITLE_SET,
} from './phrases.js';

export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const FIRST_PERSON = new Set(['we', 'i']);
const RELATIVES = new Set(['who', 'which']);

/** Words for a group's members: "its fighters", "their gunmen". */
const MEMBERS = new Set(['fighters', 'militants', 'gunmen', 'members', 'cadres', 'operatives', 'men']);
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Words for a body's staff: "its personnel", "their troops". */
const STAFF = new Set(['personnel', 'forces', 'troops', 'soldiers', 'officials', 'officers', 'guards', 'staff', 'agents']);

export const COLLECTIVE = phraseIndex(cues.collective);
/** Unnamed attackers ("gunmen", "militants"): as a verb's own subject, they name no actor. */
export const PERPETRATORS = phraseIndex(cues.perpetrators);

/** Words that count people: "thousands of Afghans", "some 3,100 Afghans". */
const COUNTS = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens']);

/** Whether a plural nationality word is counted ("3,100 Afghans", "thousands of Pakistanis"): people, not a state. */
export function countedPeople(tokens: Token[], slot: ActorSlot): boolean {
  if (slot.first !== slot.last || !/[^s]s$/.test(tokens[slot.last]?.word ?? '')) return false;
  const before = tokens[slot.first - 1]?.word ?? '';
  return /^\d/.test(before) || (before === 'of' && COUNTS.has(tokens[slot.first - 2]?.word ?? '')) || COUNTS.has(before);
}

/** How many title words may stand before a name ("he and Indian Foreign Minister Swaraj", "IRGC commander Major General X"). */
export const TITLE_WORDS = 4;

/** Whether state slot `s` is the demonym of the title of the person named next ("Iranian President Raisi"). */
function introducesPerson(tokens: Token[], s: ActorSlot, next: ActorSlot | undefined, defs: Map<string, ActorDefinition>): boolean {
  const state = defs.get(s.actor_id);
  const person = next ? defs.get(next.actor_id) : undefined;
  if (!next || state?.type !== 'state' || person?.type !== 'person' || person.country !== state.country) return false;
  const gap = tokens.slice(s.last + 1, next.first);
  return gap.length >= 1 && gap.length <= TITLE_WORDS && gap.every((t) => TITLE_SET.has(t.word));
}

const PERSON_PRONOUNS = new Set(['he', 'she']);

/** The pronoun in "he and <title> X" before the name starting at `first`, or null. */
function pronounPartner(tokens: Token[], first: number, left: number): Token | null {
  for (let k = first - 1; k >= left && first - k <= TITLE_WORDS + 1; k--) {
    const t = tokens[k];
    if (!t || t.punct) return null;
    if (t.word === 'and') {
      const pronoun = tokens[k - 1];
      return pronoun && k - 1 >= left && PERSON_PRONOUNS.has(pronoun.word) ? pronoun : null;
    }
  }
  return null;
}

/** A count standing for people ("and six injured", "and 12 wounded"). */
const COUNT = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many|others)$/;

/** How many words a count before a participle may take ("six", "several others", "three more"). */
const COUNT_WORDS = 3;
const COUNT_TAILS = new Set(['more', 'other', 'others']);

/**
 * Whether the participle at `at` shares the passive of the clause before it: "four soldiers were
 * martyred and six injured", "were martyred and several others injured" (a count, then "and" or a
 * comma, then a passive participle). "received four bodies and seven wounded" has none to share.
 */
function sharesPassive(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= COUNT_WORDS && (COUNT.test(tokens[k]?.word ?? '') || COUNT_TAILS.has(tokens[k]?.word ?? ''))) k--;
  if (k === at - 1 || !COUNT.test(tokens[k + 1]?.word ?? '')) return false;
  if (tokens[k]?.word !== 'and' && tokens[k]?.word !== ',') return false;
  return [2, 3].some((n) => cueSets.passive.has(tokens[k - n]?.word ?? ''));
}

/** Empty sets shared by every call that has nothing to put in them (never added to). */
export const NO_SLOTS: ReadonlySet<ActorSlot> = new Set();
const NO_WORDS: ReadonlySet<number> = new Set();

/**
 * One match's clause as `findRoles` reads it: its names (those inside compounds and the states
 * that only introduce a person left out), the words of those persons' titles, its bounds, and
 * whether it is passive. The steps of roles.ts take it, each its own function, which V8's
 * optimising compiler takes on its own as it gets hot: one function holding them all, with eight
 * closures over these values made per call, was compiled whole, late, and deoptimised (issue 9;
 * docs/performance-log.md, "Eleventh session").
 */
export interface Clause {
  tokens: Token[];
  /** The sentence's names, as given (a verb the clause hangs on is read with them: `subjectOfVerbAt`). */
  sentenceSlots: ActorSlot[];
  m: TriggerMatch;
  ctx: RoleContext;
  /** The names near the match (slotsNear). */
  allSlots: ActorSlot[];
  /** Those that can take part. */
  slots: ActorSlot[];
  /** The words of a person's title, which a list passes over ("Sharif and Iranian President Raisi"). */
  titleWords: ReadonlySet<number>;
  left: number;
  right: number;
  passive: boolean;
  slotEndingAt: Map<number, ActorSlot>;
}

export function clauseOf(tokens: Token[], sentenceSlots: ActorSlot[], m: TriggerMatch, ctx: RoleContext): Clause {
  const allSlots = slotsNear(sentenceSlots, m);
  // "Israel-linked bases", "the Iran-Pakistan border": names inside compounds only modify.
  // "Iranian President Ebrahim Raisi": a state named in a person's title only introduces the person.
  // (Most calls find none: the sets are then shared empty ones, not built per call.)
  let introducing: Set<ActorSlot> | null = null;
  for (let k = 0; k < allSlots.length; k++) {
    const s = allSlots[k]!;
    if (introducesPerson(tokens, s, allSlots[k + 1], ctx.defs)) (introducing ??= new Set()).add(s);
  }
  const introducers: ReadonlySet<ActorSlot> = introducing ?? NO_SLOTS;
  const slots = allSlots.filter((s) => !s.inCompound && !introducers.has(s));
  let titles: Set<number> | null = null;
  for (const s of introducers) for (let k = s.first; k <= s.last; k++) (titles ??= new Set()).add(k);
  const { left, right } = clauseBounds(tokens, m);
  const passive = m.pos === 'verb' && m.past && ([1, 2].some((k) => cueSets.passive.has(tokens[m.first - k]?.word ?? ''))
    || sharesPassive(tokens, m.first));
  const slotEndingAt = new Map<number, ActorSlot>();
  for (const s of slots) slotEndingAt.set(s.last, s);
  return { tokens, sentenceSlots, m, ctx, allSlots, slots, titleWords: titles ?? NO_WORDS, left, right, passive, slotEndingAt };
}

export const coordinatedIn = (c: Clause, slot: ActorSlot, ends: Map<number, ActorSlot>): ActorSlot[] => coordinatedBefore(c.tokens, slot, ends, c.titleWords);
export const coordinatedAfterIn = (c: Clause, slot: ActorSlot, all: ActorSlot[]): ActorSlot[] => coordinatedNext(c.tokens, slot, all, c.titleWords);

/**
 * "IRGC commander Major General Mohammad Ali Jafari ... warned": a person named with the title an
 * organisation gives him acts himself, not his organisation.
 */
export function titled(c: Clause, slot: ActorSlot | undefined): ActorSlot | undefined {
  if (!slot) return slot;
  const next = c.slots.find((s) => s.first > slot.last);
  if (!next || next.first - slot.last - 1 > TITLE_WORDS || c.ctx.defs.get(next.actor_id)?.type !== 'person' || slot.possessive) return slot;
  return c.tokens.slice(slot.last + 1, next.first).every((t) => TITLE_SET.has(t.word)) ? next : slot;
}

/** The parties of the collective phrase `words` starting at token `k` ("the two sides"), or none. */
export const collectiveAt = (c: Clause, k: number, words: string[]): [string | null, string | null] =>
  c.ctx.parties.collective(words.join(' '), c.tokens[k]?.start ?? 0) ?? [null, null];

/**
 * Whom a subject pronoun stands for: "they" after "the two ministers" earlier in the sentence is
 * the two parties that phrase stands for; "they" right after "X and Y" is both; else the latest fitting subject.
 */
export const pronounAt = (c: Clause, t: Token): [string | null, string | null] => (t.word === 'they' ? collectiveBefore(c, t) ?? c.ctx.parties.joined(t.start) : null)
  ?? [c.ctx.antecedent(t.word === 'he' || t.word === 'she' ? 'person' : 'nonperson', t.start), null];

/**
 * "The two ministers condemned the attack, and they agreed": the collective phrase before "they"
 * in its sentence, when "they" opens a clause joined by "and" ("groups they hold responsible" is no such clause).
 */
function collectiveBefore(c: Clause, t: Token): [string, string] | null {
  const { tokens } = c;
  const at = firstFrom(tokens, t.start);
  if (tokens[at - 1]?.word !== 'and') return null;
  for (let i = at - 1; i >= 0 && at - i <= REACH * 2; i--) {
    const phrase = phraseEndingAt(tokens, i, COLLECTIVE);
    if (!phrase) continue;
    const [a, b] = collectiveAt(c, i - phrase.length + 1, phrase);
    return a && b ? [a, b] : null;
  }
  return null;
}

/** The subject left of the trigger: a name, a pronoun, "both sides" or "the group". */
export function subjectLeft(c: Clause, floor = c.left): [string | null, string | null] {
  const { tokens, m, ctx, slotEndingAt } = c;
  // "Jaish al-Adl, which says it fights for ..., killed": the subject stands before the relative clause.
  const insert = relativeInsert(tokens, m.first, floor);
  const from = insert < 0 ? m.first - 1 : insert - 1;
  const to = insert < 0 ? floor : clauseBounds(tokens, { ...m, first: insert, last: insert }).left;
  for (let i = from; i >= to; i--) {
    const t = tokens[i];
    if (!t) break;
    const slot = slotEndingAt.get(i);
    if (slot) {
      const list = coordinatedIn(c, slot, slotEndingAt);
      // "authorities on the Pakistani side had stepped up patrols": a side is a party, not a place.
      const side = tokens[slot.last + 1]?.word === 'side';
      if (isLocative(tokens, list[0] ?? slot) && !side) { i = (list[0] ?? slot).first; continue; }
      // "Some 3,100 Afghans have arrived": people counted by their nationality are not their state.
      if (!c.passive && countedPeople(tokens, slot)) return [null, null];
      // "he and Indian Foreign Minister Swaraj agreed": the pronoun's antecedent and the name are the two parties.
      const partner = pronounPartner(tokens, (list[0] ?? slot).first, to);
      if (partner) return [ctx.antecedent('person', partner.start), list[0]?.actor_id ?? slot.actor_id];
      return [list[0]?.actor_id ?? slot.actor_id, list[1]?.actor_id ?? null];
    }
    // "the authorities shut it after gunmen attacked a checkpoint": the attackers are the subject,
    // not a name before them in the sentence ("BLA militants attacked" names its group just before);
    // so when a phrase describes them ("gunmen armed with rifles and grenades stormed a post").
    if (phraseEndingAt(tokens, i, PERPETRATORS) && !slotEndingAt.has(i - 1) && !tokens[i - 1]?.possessive) return [null, null];
    if (SUBJECT_PRONOUNS.has(t.word)) return pronounAt(c, t);
    if (FIRST_PERSON.has(t.word)) return [ctx.speaker(t.start), null];
    const collective = phraseEndingAt(tokens, i, COLLECTIVE);
    if (collective) return collectiveAt(c, i - collective.length + 1, collective);
    if (cueSets.groupNouns.has(t.word) && tokens[i - 1]?.word === 'the') return [ctx.antecedent('group', t.start), null];
    // "its fighters attacked": the members act for the group the possessive stands for.
    if (MEMBERS.has(t.word) && POSSESSIVE_PRONOUNS.has(tokens[i - 1]?.word ?? '')) return [ctx.antecedent('group', t.start), null];
    // "the Frontier Corps said its personnel had seized": the staff act for the body the possessive stands for.
    if (STAFF.has(t.word) && (tokens[i - 1]?.word === 'its' || tokens[i - 1]?.word === 'their')) return [ctx.antecedent('nonperson', t.start), null];
    // "Both joined the Baghdad Pact": the two parties just named.
    if (t.word === 'both' && i === m.first - 1) return collectiveAt(c, i, ['both']);
  }
  // "Sharif and Raisi, who also jointly opened ...": a relative clause's subject is the name it follows.
  if (RELATIVES.has(tokens[to - 1]?.word ?? '') && tokens[to - 2]?.word === ',') {
    const head = slotEndingAt.get(to - 3);
    if (head) {
      const list = coordinatedIn(c, head, slotEndingAt);
      return [list[0]?.actor_id ?? head.actor_id, list[1]?.actor_id ?? null];
    }
  }
  return [null, null];
}
