// Roles from sentence structure: actor1 acts, actor2 is the target or counterpart.
//   active   "X struck Y"                 passive  "Y was struck by X"
//   nominal  "X's strikes on Y", "Iranian missile strikes against Y", "strikes by X against Y"
//   mutual   "X and Y agreed"             anaphora "it retaliated", "the group's killing of Y"
// Near-misses: "strikes in Iraq" (a place after a preposition is never the agent); "according to
// Iranian authorities" (a source, never a participant); "Iran's Foreign Minister X" (the nearest
// name, X, acts).
import type { ActorDefinition } from '../../model.js';
import { cues, cueSets, triggerIndex, type EventType } from './lexicon.js';
import { cameFor } from './motion.js';
import type { TriggerMatch } from './triggers.js';
import type { Parties } from './parties.js';
import { firstFrom, REACH } from './spans.js';
import { phraseAt, phraseEndingAt, phraseIndex, type ActorSlot, type Token } from './tokens.js';
import {
  clauseOf, collectiveAt, COLLECTIVE, coordinatedAfterIn, coordinatedIn, countedPeople, NO_SLOTS, POSSESSIVE_PRONOUNS, pronounAt, subjectLeft,
  SUBJECT_PRONOUNS, titled, TITLE_WORDS, type Clause,
} from './clause.js';
import { CONNECTIVES, groupObject, isLocative, MODIFIERS, NOMINAL_LEAD, placeComplement, slotStartingNear, TITLE_SET, wordBefore } from './phrases.js';

export interface RoleContext {
  defs: Map<string, ActorDefinition>;
  /** The two principal states of the text (the narrative's story is theirs). */
  pair: [string, string] | null;
  /** Whom "both sides", "the two ministers" and "they" after "X and Y" stand for (parties.ts). */
  parties: Parties;
  /** The latest subject before `offset` of the kind asked for, for pronouns and "the group". */
  antecedent: (kind: 'person' | 'nonperson' | 'group', offset: number) => string | null;
  /** Who speaks the quote a first-person pronoun at `offset` stands in ("We strongly condemn it," X said). */
  speaker: (offset: number) => string | null;
}

export interface Roles {
  actor1: string | null;
  actor2: string | null;
  /** Further targets joined by "and" ("strikes against Syria and Iraq"): one event each. */
  moreTargets: string[];
  /**
   * Whether actor1 and actor2 are the clause's joint subject ("Iran and Pakistan recalled their
   * ambassadors", "both sides agreed"): a mutual act, which reports may state in either order.
   */
  mutual: boolean;
}

const STATE_AGENT = new Set(['state', 'government', 'military', 'person']);
const SAYING = new Set(cues.saying);
const GERUND_LEADS = new Set(['for', 'by', 'while', 'without', 'when']);
/** Verbs whose object is the agent of the gerund after "for": "thanked Pakistan for standing by Iran". */
const THANKING = new Set(['thank', 'thanked', 'thanks', 'thanking', 'praised', 'praise', 'praises', 'commended', 'commend', 'lauded', 'hailed', 'applauded']);
/** Texts whose participle ("a resolution calling for", "a statement urging") speaks for their author. */
const DOCUMENTS = new Set(['resolution', 'statement', 'declaration', 'communique', 'report', 'letter', 'motion', 'message', 'bill']);
/** How many words may introduce a fronted nominal ("In a telephone call, ..."). */
const FRONTED = 4;
/** How many words a light verb may stand before its nominal ("held a separate, smaller rally"). */
const LIGHT_VERB_WORDS = 4;

/** Punctuation that ends a stretch of words counted back from a nominal. */
const WORD_STOPS = new Set([';', ':', '—', '–', '(', ')', '[', ']']);

/**
 * The index `words` words before `at`, punctuation not counted ("a separate, smaller rally", "a
 * “historic” visit": three words each); a colon, dash or bracket stops the walk.
 */
function wordsBack(tokens: Token[], at: number, words: number): number {
  let k = at;
  for (let seen = 0; k > 0 && seen < words; ) {
    const t = tokens[k - 1];
    if (!t || WORD_STOPS.has(t.word)) break;
    k--;
    if (!t.punct) seen++;
  }
  return k;
}
const BILATERAL: Set<EventType> = new Set(['CONSULT', 'COOPERATE', 'SUPPORT', 'AGREE', 'CONCEDE', 'RETREAT']);

/** Nouns for those who act for a state or group: "Iranian forces", "Pakistani border guards". */
const AGENT_NOUNS = new Set(['forces', 'troops', 'soldiers', 'guards', 'border', 'security', 'police', 'officials', 'authorities', 'militants', 'fighters']);

/**
 * Goods named by their origin: "seized 64 vehicles loaded with Iranian petrol", "banned Indian
 * rice": the demonym says where the goods come from, not whom the act targets.
 */
const COMMODITIES = new Set(['petrol', 'diesel', 'fuel', 'oil', 'gas', 'electricity', 'goods', 'products', 'cargo', 'rice', 'wheat', 'fruit',
  'imports', 'exports', 'currency', 'cigarettes', 'tyres', 'tires', 'lpg']);
/** People named by the goods they move: "Pakistani fuel carriers" are Pakistanis, not Pakistani fuel. */
const TRADERS = new Set(['carriers', 'porters', 'traders', 'smugglers', 'dealers', 'drivers', 'workers', 'sellers', 'vendors', 'transporters']);
/**
 * "in accordance with UN Security Council resolutions", "in line with the Charter": a reference;
 * "fertiliser bound for Iran": a destination. Neither is a target.
 */
const REFERENCE_LEADS = new Map([['accordance', 'with'], ['line', 'with'], ['pursuant', 'to'], ['bound', 'for'], ['destined', 'for']]);
/** A demonym ("Iranian", "Pakistani", "Chinese"), as against a state's name ("Pakistan fuel" in "sent Pakistan fuel"). */
const DEMONYM = /(?:ian|ani|i|ese|ish)$/;

function referenceAt(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (tokens[k]?.word === 'the') k--;
  return REFERENCE_LEADS.get(tokens[k - 1]?.word ?? '') === tokens[k]?.word;
}

/** How many words a nominal's "of" phrase may have before the agent's "by" ("the killing of two Pakistani fuel carriers by"). */
const OF_PHRASE = 7;

/** How many words after a nominal's "between" may stand before the first party ("talks between Foreign Minister X and ..."). */
const BETWEEN_WORDS = 6;

/** "According to a statement by the Foreign Ministry of the Islamic Republic, Jilani ...": a name in the source phrase is no subject. */
function attributed(tokens: Token[], s: ActorSlot, left: number): boolean {
  for (let k = s.first - 1; k > left && k >= s.first - TITLE_WORDS * 3; k--) {
    if (tokens[k]?.punct) return false;
    if (tokens[k]?.word === 'to' && tokens[k - 1]?.word === 'according') return true;
  }
  return false;
}

/** How many words after "came under fire" may stand before "from"/"by", and after it before the agent. */
const UNDERGONE_AGENT = 4;

/** Possessives by which an announcer names its own people ("two of its guards"). */
const OWN_PRONOUNS = new Set(['its', 'their', 'our']);

/** Measures a government announces: one stated in the passive with no agent is the announcer's. */
const ANNOUNCED = new Set<EventType>(['COERCE', 'SANCTION', 'MOBILIZE', 'RETREAT', 'CONCEDE']);
/** Past verbs of reporting whose subject announces the clause they govern. */
const REPORTING = new Set(['said', 'announced', 'told', 'confirmed', 'stated', 'declared']);

/**
 * The verb of reporting that governs a clause starting at `left` ("X said that ...") or that stands
 * inside it before `end` ("X said the crossing had been closed"), or -1.
 */
function reportingVerb(tokens: Token[], left: number, end: number): number {
  if (tokens[left - 1]?.word === 'that' && REPORTING.has(tokens[left - 2]?.word ?? '')) return left - 2;
  for (let k = left; k < end; k++) if (REPORTING.has(tokens[k]?.word ?? '')) return k;
  return -1;
}

/**
 * The two parties after "between" at `at`: "between Iran and Pakistan", "between Iranian and
 * Pakistani officials", "between Jilani and his Iranian counterpart Amir-Abdollahian" (where a
 * demonym introduces a person of its state, the person is the party).
 */
function betweenParties(tokens: Token[], all: ActorSlot[], at: number, right: number, defs: Map<string, ActorDefinition>): [string | null, string | null] {
  const near = all.filter((s) => !s.inCompound && s.first > at && s.first < right);
  const [first, ...rest] = near;
  if (!first || first.first - at > BETWEEN_WORDS) return [null, null];
  if (tokens[first.last + 1]?.word !== 'and') return [first.actor_id, null];
  const unbroken = (s: ActorSlot): boolean => s.first - first.last <= BETWEEN_WORDS && tokens.slice(first.last + 1, s.first).every((t) => !t.punct);
  const [next, then] = rest.filter(unbroken);
  const person = then && defs.get(next?.actor_id ?? '')?.type === 'state' && defs.get(then.actor_id)?.type === 'person'
    && defs.get(then.actor_id)?.country === defs.get(next?.actor_id ?? '')?.country;
  return [first.actor_id, (person ? then : next)?.actor_id ?? null];
}

/**
 * The finite verb a participle clause at `at` hangs on: "attacked" in "Gunmen attacked a post,
 * killing two guards and wounding a third" (for "killing", after its comma, and for "wounding",
 * after "and" in that clause, past any insertion between commas). The nearest past form of a trigger verb before the comma, in the
 * clause; -1 when the participle opens the sentence ("Visiting Tehran, Dar said") or none stands there.
 */
function finiteVerbBefore(tokens: Token[], at: number, left: number): number {
  let comma = at - 1;
  if (tokens[comma]?.word === 'and') {
    // Past an insertion set off by commas ("killing 11 people, among them three guards, and wounding 17").
    const opens = (k: number): boolean => tokens[k]?.word === ',' && /ing$/.test(tokens[k + 1]?.word ?? '');
    while (comma > left && at - comma <= REACH && !opens(comma) && tokens[comma]?.word !== ';') comma--;
    if (!opens(comma)) return -1;
  }
  if (tokens[comma]?.word !== ',') return -1;
  for (let k = comma - 1; k >= left && comma - k <= REACH; k--) {
    const t = tokens[k];
    if (!t || t.word === ';' || t.word === ':') return -1;
    if (triggerIndex.get(t.word)?.some((f) => f.pos === 'verb' && f.past && (f.words.length === 1 || tokens[k + 1]?.word === f.words[1]))) return k;
  }
  return -1;
}

/** How many words may stand between a release's "to" and its recipient ("to the Iranian border guards"). */
const RECIPIENT_WORDS = 4;

/** Whether a light verb ("paid", "held") stands among tokens [from, to). */
function lightVerbBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (cueSets.lightVerbs.has(tokens[k]!.word)) return true;
  return false;
}

export function stateOf(id: string | null, defs: Map<string, ActorDefinition>): string | null {
  if (!id) return null;
  const d = defs.get(id);
  return d && d.country && STATE_AGENT.has(d.type) ? d.country : null;
}

/** What the steps that find the subject found, for the step that finds the target. */
interface Subject {
  actor1: string | null;
  second: string | null;
  /** Whether `second` acts with actor1 as one subject (a mutual act), not after "between" or as the nominal's addressee. */
  jointSecond: boolean;
  agentSlot: ActorSlot | null;
}

/** The subject of the past verb at `k` ("Naqvi said", "It closed ... and suspended"), read as for a verb trigger there. */
const subjectOfVerbAt = (c: Clause, k: number): string | null =>
  findRoles(c.tokens, c.sentenceSlots, { ...c.m, first: k, last: k, pos: 'verb', past: true }, c.ctx).actor1;

export function findRoles(tokens: Token[], sentenceSlots: ActorSlot[], m: TriggerMatch, ctx: RoleContext): Roles {
  const c = clauseOf(tokens, sentenceSlots, m, ctx);
  // "A Levies checkpost came under rocket fire from militants": the subject is the target.
  if (m.entry.undergone) return undergoneRoles(c);
  const { slots, left, slotEndingAt } = c;
  const s: Subject = { actor1: null, second: null, jointSecond: true, agentSlot: null };
  const participle = m.pos === 'verb' && /ing$/.test(tokens[m.first]?.word ?? '');
  // ("wrote to Washington seeking a waiver": a name after a preposition other than "by" is an object, not the gerund's subject.)
  const beforeGerund = participle ? slotEndingAt.get(m.first - 1) : undefined;
  const subjectOfGerund = beforeGerund && (!cueSets.locative.has(wordBefore(tokens, beforeGerund.first)) || wordBefore(tokens, beforeGerund.first) === 'by')
    ? beforeGerund : undefined;
  // "Pakistan condemns US strikes on Iranian sites, calls for restraint": a verb after a comma
  // with no subject of its own shares the first verb's.
  // ("Iran's ambassador, X, says": a name set off by commas right before it is the subject itself.)
  const appositive = slotEndingAt.get(m.first - 2);
  // "X called on Y on Monday and assured him": a verb right after "and", with no subject of its
  // own, shares the clause's subject, not the object just before it.
  const coordinatedVerb = m.pos === 'verb' && !participle && !m.past && tokens[m.first - 1]?.word === ','
    && !(appositive && tokens[appositive.first - 1]?.word === ',');
  const andVerb = m.pos === 'verb' && !participle && !c.passive && tokens[m.first - 1]?.word === 'and';
  // "Gunmen attacked a checkpoint, killing two Iranian guards and wounding a third": a participle
  // clause after a comma shares the subject of the finite verb before it, not the name it takes as object.
  const finite = participle && !SAYING.has(tokens[m.first]?.word ?? '') ? finiteVerbBefore(tokens, m.first, left) : -1;
  if (subjectOfGerund) {
    // "overshadowed by Iranian forces shooting Pakistani citizens": the name before the gerund acts.
    s.actor1 = subjectOfGerund.actor_id;
  } else if (finite >= 0) {
    s.actor1 = subjectOfVerbAt(c, finite);
  } else if (participle && (m.first === 0 || tokens[m.first - 1]?.punct) && !SAYING.has(tokens[m.first]?.word ?? '') && slotStartingNear(slots, m.last)) {
    // ("X said, adding that Islamabad ...": a verb of saying's subject is the clause's, not its complement's.)
    // "visiting Iran's Foreign Minister X, ...": the participle's subject follows it.
    s.actor1 = slotStartingNear(slots, m.last)?.actor_id ?? null;
  } else if ((participle && (CONNECTIVES.has(tokens[m.first - 1]?.word ?? '') || DOCUMENTS.has(tokens[m.first - 1]?.word ?? ''))) || coordinatedVerb) {
    mainClauseSubject(c, s);
  } else if (m.pos === 'noun') {
    nominalSubject(c, s);
  } else if (c.passive) {
    return passiveRoles(c);
  } else {
    activeSubject(c, s, andVerb);
  }
  // "downgraded ties with Tehran by recalling its ambassador": a gerund with no agent of its own
  // shares the subject of its clause.
  if (s.actor1 === null && participle && m.pos === 'verb' && finite < 0) [s.actor1, s.second] = subjectLeft(c);
  return rolesWithTarget(c, s);
}

/** "A Levies checkpost came under rocket fire from militants": the agent after "from"/"by", the subject the target. */
function undergoneRoles(c: Clause): Roles {
  const { tokens, m, right, slots } = c;
  let from = -1;
  for (let k = m.last + 1; k < right && k - m.last <= UNDERGONE_AGENT && from < 0; k++) if (tokens[k]?.word === 'from' || cueSets.agent.has(tokens[k]?.word ?? '')) from = k;
  const agent = from < 0 ? undefined : slots.find((s) => s.first > from && s.first - from <= UNDERGONE_AGENT && s.first < right);
  return { actor1: agent?.actor_id ?? null, actor2: subjectLeft(c)[0], moreTargets: [], mutual: false };
}

/**
 * A participle after a connective or a document's name, or a verb after a comma: the main
 * clause's subject acts.
 * "... in circulating a draft Security Council resolution calling for a ceasefire": a
 * document's call is its author's, the clause's subject, not the name that qualifies it.
 * "Iran supported Pakistan ..., supplying weapons", "withstood pressure ... for refusing to".
 * "thanked the people of Pakistan for standing by Iran": the thanked do what they are thanked for.
 */
function mainClauseSubject(c: Clause, s: Subject): void {
  const { tokens, m, left, right, slots, slotEndingAt } = c;
  let thanked = -1;
  if (tokens[m.first - 1]?.word === 'for') for (let k = m.first - 2; k >= left && thanked < 0; k--) if (THANKING.has(tokens[k]?.word ?? '')) thanked = k;
  const main = titled(c, thanked >= 0 ? slots.find((o) => o.first > thanked && o.last < m.first)
    : slots.find((o) => o.first >= left && o.last < m.first && !isLocative(tokens, o) && wordBefore(tokens, o.first) !== 'of'));
  if (main) [s.actor1 = null, s.second = null] = coordinatedIn(c, main, slotEndingAt).map((o) => o.actor_id);
  else {
    // "After recalling their ambassadors, Iran and Pakistan have resumed ...": a fronted
    // adverbial shares the subject of the main clause after its comma.
    let comma = -1;
    for (let k = m.last + 1; k < right + 1 && k < tokens.length && comma < 0; k++) if (tokens[k]?.word === ',') comma = k;
    const subject = comma < 0 ? undefined : slots.find((o) => o.first > comma && o.first <= comma + 3);
    if (subject) [s.actor1 = null, s.second = null] = coordinatedAfterIn(c, subject, slots).map((o) => o.actor_id);
  }
}

/** A nominal's agent: "Iran's strike", "strikes by X", "talks between X and Y", "Raisi paid a visit", a fronted nominal's clause subject. */
function nominalSubject(c: Clause, s: Subject): void {
  const { tokens, m, left, right, slots, slotEndingAt, ctx } = c;
  // "Iran's strike", "Iranian missile strikes", "its first round of strikes", "the group's killing"
  for (let i = m.first - 1, seen = 0; i >= left && seen < 5; i--, seen++) {
    const t = tokens[i];
    if (!t || t.punct || (cueSets.locative.has(t.word) && t.word !== 'of')) break;
    const slot = slotEndingAt.get(i);
    // "the Damascus attack", "the Quetta talks": a city before the nominal says where it happened.
    if (slot?.place && !slot.possessive) { i = slot.first; continue; }
    // A possessive owns the nominal ("Iran's 16 January strike"); a bare name must modify it directly.
    // "Iranian forces shooting Pakistani citizens": a name's forces or officials act for it.
    if (slot && (slot.possessive || tokens.slice(slot.last + 1, m.first).every((w) => MODIFIERS.has(w.word) || /^\d/.test(w.word) || AGENT_NOUNS.has(w.word)))) {
      s.actor1 = slot.actor_id;
      break;
    }
    if (slot || !(MODIFIERS.has(t.word) || /^\d/.test(t.word) || t.possessive || NOMINAL_LEAD.has(t.word))) {
      if (!POSSESSIVE_PRONOUNS.has(t.word) && !(t.possessive && cueSets.groupNouns.has(t.word))) break;
    }
    if (POSSESSIVE_PRONOUNS.has(t.word)) {
      s.actor1 = ctx.antecedent(t.word === 'his' || t.word === 'her' ? 'person' : 'nonperson', t.start);
      break;
    }
    if (t.possessive && cueSets.groupNouns.has(t.word)) { s.actor1 = ctx.antecedent('group', t.start); break; }
  }
  // "phone calls between Jilani and his Iranian counterpart Amir-Abdollahian": the two parties follow "between".
  if (s.actor1 === null && tokens[m.last + 1]?.word === 'between') {
    [s.actor1, s.second] = betweenParties(tokens, c.allSlots, m.last + 1, right, ctx.defs);
    s.jointSecond = false;
  }
  if (s.actor1 === null) nominalAgentAfter(c, s);
  // "Pakistan withstood pressure from its Gulf partners": the nominal is aimed at the clause's subject.
  // ("Islamabad condemned the abduction of five guards by the BLA": an attack is aimed at whom it names.)
  if (s.agentSlot && m.entry.type !== 'ASSAULT') {
    const [subject] = subjectLeft(c);
    if (subject && subject !== s.actor1) { s.second = subject; s.jointSecond = false; }
  }
  // "Raisi paid a state visit", "the minister concluded a visit": the light verb's subject acts.
  if (s.actor1 === null && lightVerbBefore(tokens, Math.max(left, wordsBack(tokens, m.first, LIGHT_VERB_WORDS)), m.first)) [s.actor1, s.second] = subjectLeft(c);
  // "Araghchi landed in Islamabad on a two-day visit": the one who comes pays the visit.
  if (s.actor1 === null && m.entry.type === 'CONSULT' && cameFor(tokens, m.first)) [s.actor1, s.second] = subjectLeft(c);
  // "Murad Ali Shah, in a telephonic conversation with Naqvi, requested": a nominal in a
  // parenthesis after the subject is the subject's.
  if (s.actor1 === null) {
    let k = m.first - 1;
    while (k >= 0 && m.first - k <= 4 && !tokens[k]?.punct) k--;
    const before = tokens[k]?.word === ',' ? slotEndingAt.get(k - 1) : undefined;
    if (before && !isLocative(tokens, before) && tokens.slice(k + 1, m.first).some((t) => cueSets.locative.has(t.word))) s.actor1 = before.actor_id;
  }
  // "In a telephone call, Jilani and his Iranian counterpart agreed": a nominal fronted before
  // the main clause is held by that clause's subject (and its partner). A war or attack so
  // fronted sets the scene for another act ("In the 1965 war with India, Iran sent fuel").
  if (s.actor1 === null && m.entry.type !== 'ASSAULT' && m.first <= FRONTED && tokens.slice(0, m.first).every((t) => !t.punct)
    && !slots.some((o) => o.first < m.first)) frontedNominalSubject(c, s);
}

/**
 * "strikes by X", "the visit of X", "pressure from its Gulf partners (the UAE ...)": the first
 * name after an agent preposition, within a few words; "a meeting of the two countries' border
 * commission": the two parties just named meet.
 */
function nominalAgentAfter(c: Clause, s: Subject): void {
  const { tokens, m, right, slots } = c;
  let marker = -1;
  // ("the killing of two Pakistani fuel carriers by Iranian border guards": past the nominal's "of" phrase.)
  const reach = tokens[m.last + 1]?.word === 'of' ? OF_PHRASE : 3;
  for (let k = m.last + 1; k < right && k - m.last <= reach && marker < 0 && !tokens[k]?.punct; k++) if (m.entry.agents.has(tokens[k]?.word ?? '')) marker = k;
  s.agentSlot = marker < 0 ? null : slots.find((o) => o.first > marker && o.first < right && o.first - marker <= 8) ?? null;
  s.actor1 = s.agentSlot?.actor_id ?? null;
  const collective = marker >= 0 ? phraseAt(tokens, marker + 1, COLLECTIVE) : undefined;
  if (collective && (!s.agentSlot || s.agentSlot.first - marker > 4)) {
    s.agentSlot = null;
    [s.actor1, s.second] = collectiveAt(c, marker + 1, collective);
    s.jointSecond = false;
  }
}

/**
 * The subject of the main clause after a fronted nominal's comma. "After talks with his
 * counterpart, Ishaq Dar, at the ministry, Araghchi told": a name set off by commas is an
 * apposition inside the fronted phrase; the subject follows a later comma.
 */
function frontedNominalSubject(c: Clause, s: Subject): void {
  const { tokens, m, slots } = c;
  let subject: ActorSlot | undefined;
  let apposed: ActorSlot | undefined;
  let apposition = false;
  for (let k = m.last + 1; k < tokens.length && (k - m.last <= FRONTED * 2 || (apposition && k - m.last <= REACH)) && !subject; k++) {
    if (tokens[k]?.word !== ',') continue;
    const next = slots.find((o) => o.first > k && o.first <= k + FRONTED);
    if (!next) { if (!apposition) break; continue; }
    apposition = tokens[next.last + 1]?.word === ',';
    if (apposition) { apposed ??= next; k = next.last + 1; } // past the comma that closes it
    else subject = next;
  }
  const subjects = subject ? coordinatedAfterIn(c, subject, slots) : [];
  if (subject) [s.actor1 = null, s.second = apposed?.actor_id ?? null] = subjects.map((o) => o.actor_id);
  s.jointSecond = subjects.length > 1;
}

/**
 * A passive's roles: its agent after "by" (or a word of its entry's own), its patient the
 * subject; a measure with no agent is its announcer's.
 */
function passiveRoles(c: Clause): Roles {
  const { tokens, m, left, right, slots, ctx } = c;
  // "inaugurated ... by then prime minister Shehbaz Sharif and Iranian President Ebrahim Raisi":
  // the agent is the first name within a few words of "by".
  // A form that ends in "by" ("was received by X") names the host: its subject is the guest, who acts.
  const host = cueSets.agent.has(tokens[m.last]?.word ?? '');
  let by = host ? m.last : -1;
  // ("was closed on 28 October after firing by Afghan forces": an agent past "after" is another happening's.)
  // ("400 Pakistanis were deported from Iran": an entry may name its passive's agent after a word of its own.)
  for (let k = m.last + 1; k < right && by < 0 && !cueSets.before.has(tokens[k]?.word ?? ''); k++) {
    const word = tokens[k]?.word ?? '';
    if (cueSets.agent.has(word) || (word !== 'by' && m.entry.agents.has(word))) by = k;
  }
  const agentSlot = by < 0 ? null : slots.find((s) => s.first > by && s.first - by <= 5 && s.first < right) ?? null;
  const agents = agentSlot ? coordinatedAfterIn(c, agentSlot, slots) : [];
  // Several agents act together: the first acts with the next ("opened by Sharif and Raisi").
  // "Naqvi said the movement of pilgrims had been suspended": a measure with no agent of its own
  // is the announcer's, unless it struck the announcer's own side ("Pakistan said Pakistani fishermen had been detained").
  const reported = host || agentSlot ? -1 : reportingVerb(tokens, left, m.first);
  const saying = ANNOUNCED.has(m.entry.type) ? reported : -1;
  // The patient stands after the verb of reporting, whose subject is the announcer ("ISPR said four
  // soldiers were martyred": ISPR suffered nothing), unless the announcer's own are the victims
  // ("Iran said two of its guards were killed").
  let patient = subjectLeft(c, reported >= left ? reported + 1 : left)[0] ?? null;
  if (patient === null && reported >= left && tokens.slice(reported + 1, m.first).some((t) => OWN_PRONOUNS.has(t.word))) {
    patient = subjectOfVerbAt(c, reported);
  }
  if (host) return { actor1: patient, actor2: agentSlot?.actor_id ?? null, moreTargets: [], mutual: false };
  const announcer = saying < 0 ? null : subjectOfVerbAt(c, saying);
  const ownSide = announcer !== null && patient !== null && stateOf(announcer, ctx.defs) !== null && stateOf(announcer, ctx.defs) === stateOf(patient, ctx.defs);
  // "The crew were handed over to Pakistani officials": a release with no patient named is aimed at whom it goes to.
  const recipient = patient === null && m.entry.type === 'RETREAT' && tokens[m.last + 1]?.word === 'to'
    ? slots.find((s) => s.first > m.last + 1 && s.first - m.last <= RECIPIENT_WORDS && s.first < right) : undefined;
  return { actor1: agentSlot?.actor_id ?? (ownSide ? null : announcer), actor2: patient ?? agents[1]?.actor_id ?? recipient?.actor_id ?? null, moreTargets: [], mutual: false };
}

/** An active verb's subject: the name before it, a pronoun or "the two sides", a list's subject, or a reporter's. */
function activeSubject(c: Clause, s: Subject, andVerb: boolean): void {
  const { tokens, m, left, slots, slotEndingAt } = c;
  const main = andVerb ? titled(c, slots.find((o) => o.first >= left && o.last < m.first && !isLocative(tokens, o) && !attributed(tokens, o, left))) : undefined;
  // "It closed Pakistani airspace ... and suspended all trade": a pronoun or "the two sides" before the
  // first name is the subject; so after a possessive ("During Raisi's visit, the two sides agreed ... and signed").
  let pronoun = -1;
  let collective: string[] | undefined;
  for (let k = left; andVerb && k < (main && !main.possessive ? main.first : m.first) && pronoun < 0; k++) {
    if (SUBJECT_PRONOUNS.has(tokens[k]?.word ?? '')) pronoun = k;
    else if ((collective = phraseAt(tokens, k, COLLECTIVE))) pronoun = k;
  }
  // "It suspended ..., closed the crossing and expelled the advisers": the last verb of a list
  // shares the subject of the one before it, not a name inside that one's object.
  let listed = -1;
  for (let k = m.first - 2; andVerb && k > Math.max(left, main?.last ?? -1) && listed < 0; k--) {
    if (tokens[k]?.word === ',' && /[a-z]ed$/.test(tokens[k + 1]?.word ?? '') && !slotEndingAt.has(k + 1)) listed = k + 1;
  }
  if (collective) [s.actor1, s.second] = collectiveAt(c, pronoun, collective);
  else if (pronoun >= 0) [s.actor1, s.second] = pronounAt(c, tokens[pronoun]!);
  else if (listed >= 0) s.actor1 = subjectOfVerbAt(c, listed);
  else if (main) [s.actor1 = null, s.second = null] = coordinatedIn(c, main, slotEndingAt).filter((o) => !attributed(tokens, o, left)).map((o) => o.actor_id);
  else [s.actor1, s.second] = subjectLeft(c);
  // "Naqvi said that the crossing had been closed, and asked tour operators not to": a verb after
  // ", and" in a reported clause with no subject of its own is the reporter's.
  if (andVerb && s.actor1 === null && tokens[m.first - 2]?.word === ',') {
    const saying = reportingVerb(tokens, left, m.first - 2);
    if (saying >= 0) s.actor1 = subjectOfVerbAt(c, saying);
  }
}

/** The roles with the target: the object the match marks, else the subject's partner; further targets of an attack; a bilateral act's two states. */
function rolesWithTarget(c: Clause, s: Subject): Roles {
  const { tokens, m, right, slots, ctx } = c;
  const { actor1, second, agentSlot } = s;
  const state1 = stateOf(actor1, ctx.defs);
  const differs = (id: string): boolean => id !== actor1 && (state1 === null || stateOf(id, ctx.defs) !== state1);
  const withAgent: ReadonlySet<ActorSlot> = agentSlot ? new Set(coordinatedAfterIn(c, agentSlot, slots)) : NO_SLOTS;
  const objects = slots.filter((o) => o.first > m.last && o.first < right && !withAgent.has(o) && differs(o.actor_id)
    && !attributed(tokens, o, m.last) && !referenceAt(tokens, o.first)
    && !(COMMODITIES.has(tokens[o.last + 1]?.word ?? '') && !TRADERS.has(tokens[o.last + 2]?.word ?? '') && DEMONYM.test(tokens[o.last]?.word ?? '')));
  const target = targetAmong(c, objects);
  // "X and Y agreed": the second subject is the counterpart when no other actor is the object.
  // "Pakistan withstood pressure from its partners": with no target of its own, an agent's
  // nominal is aimed at the clause's subject; "condemned an attack by Israel on Syria" has one.
  let actor2 = (m.pos === 'noun' && agentSlot && !target && second !== null && differs(second) ? second : null)
    ?? target?.actor_id ?? (second !== null && differs(second) ? second : null);
  if (actor2 === null && !target) actor2 = groupObject(tokens, m, right, ctx);
  // "Iranian President Masoud Pezeshkian", "his Pakistani counterpart Jilani": the person a
  // demonym introduces is the counterpart, not the state.
  if (target && actor2 === target.actor_id && ctx.defs.get(target.actor_id)?.type === 'state') {
    // ("his Pakistani counterpart, Ishaq Dar,": the name may stand in apposition.)
    const person = objects.find((o) => o.first > target.last && o.first - target.last <= 4 && ctx.defs.get(o.actor_id)?.type === 'person'
      && ctx.defs.get(o.actor_id)?.country === ctx.defs.get(target.actor_id)?.country
      && tokens.slice(target.last + 1, o.first).every((t) => (!t.punct || t.word === ',') && !cueSets.locative.has(t.word)));
    if (person) actor2 = person.actor_id;
  }
  const moreTargets: string[] = [];
  if (target && m.entry.type === 'ASSAULT') {
    for (let o = target, k = objects.indexOf(target) + 1; k < objects.length; k++) {
      const next = objects[k];
      if (!next || next.first - o.last > 6 || !tokens.slice(o.last + 1, next.first).some((t) => t.word === 'and')) break;
      if (ctx.defs.get(next.actor_id)?.type === 'state' && next.actor_id !== actor2) moreTargets.push(next.actor_id);
      o = next;
    }
  }
  let first = actor1;
  if (first === null && BILATERAL.has(m.entry.type)) {
    // "a joint gas pipeline project ... between Tehran and Islamabad": the two states named.
    // Names inside the trigger ("the end of the Iran-Iraq war") first, then the sentence's.
    const ordered = [...c.allSlots.filter((o) => o.first >= m.first && o.last <= m.last), ...c.allSlots];
    const states = [...new Set(ordered.filter((o) => !countedPeople(tokens, o)).map((o) => o.actor_id))]
      .filter((id) => ctx.defs.get(id)?.type === 'state');
    if (states.length >= 2) [first = null, actor2 = null] = states;
  }
  return { actor1: first, actor2, moreTargets, mutual: s.jointSecond && second !== null && actor2 === second };
}

/**
 * The target among the names after the match. A nominal's target, and that of an attack named by
 * a nominal ("carried out an attack on Y"), follows a preposition that marks one ("strikes on Y",
 * "the killing of Y", "talks with Y"): "an attack at a memorial for X" names no target. Nor does a
 * name behind "after"/"following", which belongs to the happening that dates this one ("protest
 * ... after Iran launched"), or one inside a gerund clause ("pressure ... for refusing to send
 * troops against the Houthis"). An attack "near the border with Pakistan" did not strike Pakistan
 * (a deployment along it faces it).
 */
function targetAmong(c: Clause, objects: ActorSlot[]): ActorSlot | null {
  const { tokens, m } = c;
  const subordinate = (o: ActorSlot): boolean => tokens.slice(m.last + 1, o.first).some((t, k, between) => cueSets.before.has(t.word)
    || (GERUND_LEADS.has(t.word) && /ing$/.test(between[k + 1]?.word ?? '')));
  // "talks with his Pakistani counterpart Ishaq Dar": a possessive before the demonym of a counterpart is no barrier.
  const counterpartOf = (o: ActorSlot): string => (POSSESSIVE_PRONOUNS.has(wordBefore(tokens, o.first)) && tokens[o.last + 1]?.word === 'counterpart'
    ? wordBefore(tokens, o.first - 1) : wordBefore(tokens, o.first));
  // "the killing of two Pakistani fuel carriers": a name inside the nominal's "of" phrase is its target,
  // unless "of" marks the agent ("the visit of Raisi").
  const ofPhrase = (o: ActorSlot): boolean => tokens[m.last + 1]?.word === 'of' && !m.entry.agents.has('of') && o.first - m.last <= OF_PHRASE
    && tokens.slice(m.last + 1, o.first).every((t) => !t.punct);
  const marked = (o: ActorSlot): boolean => !subordinate(o) && !placeComplement(tokens, o)
    && (o.first === m.last + 1 || cueSets.target.has(counterpartOf(o)) || wordBefore(tokens, o.first) === 'of' || ofPhrase(o));
  const nominalTarget = m.pos === 'noun' || (m.entry.type === 'ASSAULT' && m.entry.with.size > 0);
  return (nominalTarget ? objects.find(marked)
    : objects.find((o) => !subordinate(o) && (m.entry.type !== 'ASSAULT' || !placeComplement(tokens, o)))) ?? null;
}
