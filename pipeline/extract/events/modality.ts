// Modality: whether a trigger states a happening. Planned, expected, hypothetical, conditional,
// negated, denied and habitual readings are not events; a diplomatic act stated in the future is
// an AGREE event (PLOVER), carried by the verb of saying when there is one.
// Accepts:   "Pakistan retaliated", "decided to recognise", "prompting Islamabad to designate"
// Rejects:   "could have shared", "did not kill", "if they had refused", "continues to threaten",
//            "plans to visit", "in order to restore", "further escalation", "the threat of strikes"
// Future:    "the minister will visit" (AGREE at "visit"), "announced that they would return" (AGREE
//            at "announced")
import { cues, cueSets } from './lexicon.js';
import { isClauseBreak } from './breaks.js';
import type { TriggerMatch } from './triggers.js';
import { findBefore, phraseIndex, type PhraseIndex, type Token } from './tokens.js';
import { REACH } from './spans.js';
import { cameFor } from './motion.js';

export type Modality =
  /** `decidedAt`: the verb of a decision whose infinitive the trigger is ("decided to reopen"), if any. */
  | { kind: 'factual'; decidedAt?: { at: number; stated: 'AGREE' | 'THREATEN' } }
  | { kind: 'blocked'; why: string }
  | { kind: 'future'; sayingAt: number | null; stated: 'AGREE' | 'THREATEN' };

const split = phraseIndex;
const MODAL = split(cues.modal);
const FUTURE = split(cues.future);
const NEGATION = split(cues.negation);
const HYPOTHETICAL = split(cues.hypothetical);
const PLANNING = split(cues.planning);
const HABITUAL = split(cues.habitual);
const DENIAL = split(cues.denial);
const VAGUE_PERIODS = split(cues.vaguePeriods);
const DISASTERS = split(cues.disasters);
const SAYING = new Set(cues.saying);
const IMPLICATIVE = new Set(cues.implicative);
const PLANNING_WORDS = new Set(cues.planning);
const AGREEING = new Set(['agree', 'agreed', 'agrees', 'agreeing']);
const DECIDING = new Set(cues.deciding);
/** Types whose future statement is a promise (AGREE). */
const PROMISABLE = new Set(['CONSULT', 'RETREAT', 'COOPERATE', 'AID', 'SUPPORT', 'CONCEDE', 'AGREE']);
/** Types whose future, when someone states it ("said the attackers would be hunted down"), is a threat (THREATEN). */
const THREATENABLE = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
/** "ready to cooperate", "willing to help": a stated willingness offers the act (AGREE). */
const WILLINGNESS = new Set(['ready', 'willing', 'prepared']);

/** Start of the window a cue may govern from: back to a clause break or comma, at most 8 words. */
function windowStart(tokens: Token[], first: number): number {
  let i = first;
  while (i > 0 && first - i < 8) {
    const t = tokens[i - 1];
    if (!t || t.word === ',' || isClauseBreak(t)) break;
    i--;
  }
  return i;
}

/** How many words a verb of saying may stand before its "that": "told the Senate Standing Committee on Power on Monday that". */
const SAYING_TO_THAT = 10;

/**
 * The verb of saying whose complement holds the trigger: "announced that they would return",
 * or with no "that", "said the attackers would be hunted down".
 */
function sayingVerb(tokens: Token[], first: number): number | null {
  for (let i = first - 1; i >= 0 && first - i < 14; i--) {
    const word = tokens[i]?.word ?? '';
    if (SAYING.has(word) && first - i <= 8) return i;
    if (word === ';' || word === ':') return null;
    if (word !== 'that') continue;
    for (let k = i - 1; k >= 0 && i - k <= SAYING_TO_THAT; k--) if (SAYING.has(tokens[k]?.word ?? '')) return k;
    return null;
  }
  return null;
}

/** The word before an infinitive's verb, past any adverbs: "asked Iran to immediately investigate" gives "to". */
function beforeVerb(tokens: Token[], first: number): number {
  let k = first - 1;
  while (k > 0 && /ly$/.test(tokens[k]?.word ?? '') && first - k <= 2) k--;
  return k;
}

/** Start of the trigger's clause, across commas ("In recent years, the group has ..."). */
function clauseStart(tokens: Token[], first: number): number {
  let i = first;
  while (i > 0 && first - i < REACH && !isClauseBreak(tokens[i - 1])) i--;
  return i;
}

/** Verbs whose negation withholds their complement ("did not say that", "does not believe that"). */
const ASSERTING = new Set([...cues.saying, 'say', 'claim', 'claimed', 'claims', 'believe', 'believed', 'think', 'thought', 'admit', 'admitted',
  'accept', 'accepted', 'show', 'shown', 'prove', 'proved', 'mean', 'imply']);

/**
 * "Iran denied that it attacked", "did not say that it attacked": the complement of a denial or of
 * a negated assertion is not asserted. "It is not surprising that the US condemned" still is.
 */
function deniedComplement(tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i < 14; i--) {
    if (tokens[i]?.word !== 'that') continue;
    if (findBefore(tokens, Math.max(0, i - 6), i, DENIAL) >= 0) return true;
    return ASSERTING.has(tokens[i - 1]?.word ?? '') && findBefore(tokens, Math.max(0, i - 6), i, NEGATION) >= 0;
  }
  return false;
}

/**
 * Auxiliaries that take a bare verb: a past form coordinated after them is not in their scope
 * ("said Iran would not tolerate attacks and reserved the right to respond").
 */
const DO_SUPPORT = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/**
 * How far (in tokens) "and" may stand from a perfect's auxiliary and still join a participle that
 * shares it: "had not attacked the camp and killed" (5), not "had not heard from detained relatives
 * for months and demanded" (8).
 */
const PERFECT_CONJUNCT_REACH = 6;

/**
 * "said the US did not support the pipeline and warned that ...": "did" takes a bare verb, so a
 * past form after "and" starts a new predicate that the negation or modal before it does not
 * govern. ("could have attacked and killed" still does: "have" takes the participle, as far as
 * PERFECT_CONJUNCT_REACH.)
 */
function coordinatedPast(tokens: Token[], m: TriggerMatch, from: number): boolean {
  if (m.pos !== 'verb' || !m.past || tokens[m.first - 1]?.word !== 'and') return false;
  let doSupport = false;
  let perfect = -1;
  // The auxiliary may stand just before the window the negation opens ("had not ...").
  for (let k = Math.max(0, from - 2); k < m.first - 1; k++) {
    const word = tokens[k]?.word ?? '';
    if (DO_SUPPORT.has(word)) doSupport = true;
    if (word === 'have' || word === 'has' || word === 'had') perfect = k;
  }
  // "had not heard from detained relatives for months and demanded": past a participle's long
  // complement, a past form starts a predicate of its own.
  if (perfect >= 0) return m.first - 1 - perfect > PERFECT_CONJUNCT_REACH;
  return doSupport;
}

const ACCUSING = new Set(['accuse', 'accused', 'accuses', 'accusing', 'blame', 'blamed', 'blames', 'blaming', 'charged', 'charges', 'charging']);

/**
 * "accused Pakistan's security services of supporting the bombers", "blamed Iran for hosting
 * militants": the act a gerund names after "of"/"for" is what is alleged, not a happening stated.
 */
function accusedAct(tokens: Token[], m: TriggerMatch): boolean {
  if (m.pos !== 'verb' || !/ing$/.test(tokens[m.first]?.word ?? '')) return false;
  // "of hosting and supporting": the second gerund shares the first's preposition.
  let at = m.first;
  if (tokens[at - 1]?.word === 'and' && /ing$/.test(tokens[at - 2]?.word ?? '')) at -= 2;
  const prep = tokens[at - 1]?.word;
  if (prep !== 'of' && prep !== 'for') return false;
  for (let k = at - 2; k >= Math.max(0, at - 10); k--) if (ACCUSING.has(tokens[k]?.word ?? '')) return true;
  return false;
}

const SETTING_HEADS = new Set(['end', 'sidelines', 'margins', 'margin', 'close', 'conclusion', 'day', 'eve']);

/**
 * "at the end of the visit", "on the sidelines of the summit", "on the first day of the visit":
 * a meeting named as the time or place of another act is the setting, stated elsewhere.
 */
function setting(tokens: Token[], m: TriggerMatch): boolean {
  if (m.pos !== 'noun' || m.entry.type !== 'CONSULT') return false;
  // "in consultation with the provincial government": a manner, with no article, not a meeting.
  if (tokens[m.first - 1]?.word === 'in') return true;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const word = tokens[k]?.word ?? '';
    if (word === 'of') return SETTING_HEADS.has(tokens[k - 1]?.word ?? '');
    if (tokens[k]?.punct) return false;
  }
  return false;
}

/** Words before "May" that make it the month ("in May", "on 5 May", "early May"). */
const MONTH_LEADS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'of', 'from', 'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'during']);

/** A modal in the window; "In May last year India signed": the month is no modal. */
function modalBefore(tokens: Token[], from: number, end: number): boolean {
  for (let i = findBefore(tokens, from, end, MODAL); i >= 0; i = findBefore(tokens, from, i, MODAL)) {
    const month = tokens[i]?.word === 'may' && (MONTH_LEADS.has(tokens[i - 1]?.word ?? '') || /^\d/.test(tokens[i - 1]?.word ?? '')
      || /^\d/.test(tokens[i + 1]?.word ?? ''));
    if (!month) return true;
  }
  return false;
}

/** Types whose participle describing a noun states a standing relationship: "an outfit backed by foreign services". */
const STANDING = new Set(['SUPPORT']);
const PERFECT = new Set(['has', 'have', 'had', 'having']);

/** "a terrorist outfit backed by foreign intelligence services": a reduced relative describes, it reports nothing. */
function describing(tokens: Token[], m: TriggerMatch): boolean {
  if (m.pos !== 'verb' || !m.past || !STANDING.has(m.entry.type) || tokens[m.last + 1]?.word !== 'by') return false;
  const prev = tokens[m.first - 1]?.word ?? '';
  return prev !== '' && !cueSets.passive.has(prev) && !PERFECT.has(prev) && prev !== 'and' && !/ly$/.test(prev);
}
/** Whether one of `phrases` stands in tokens [from, end). */
const cueBefore = (tokens: Token[], from: number, end: number, phrases: PhraseIndex): boolean => findBefore(tokens, from, end, phrases) >= 0;

const MANDATIVE = new Set(cues.mandative);

/**
 * "demanding that Islamabad press Tehran": a clause after a verb of demanding states what is asked
 * for, not what was done. `start`: the trigger's clause start (clauseStart).
 */
function mandatedClause(tokens: Token[], start: number): boolean {
  return tokens[start - 1]?.word === 'that' && MANDATIVE.has(tokens[start - 2]?.word ?? '');
}

/** How many words the subject of a relative clause may have ("whom the Pakistani government accuses"). */
const RELATIVE_SUBJECT_WORDS = 4;

/**
 * "Jadhav, whom Pakistan accuses of spying, was arrested", "an Indian national whom Pakistan
 * accuses of spying": a verb in the present (-s) inside a
 * relative clause ("whom"/"which" and its subject before it, or "that"/"who" right before it) describes what holds now, not a
 * dated act of the sentence.
 */
function presentInRelative(tokens: Token[], m: TriggerMatch): boolean {
  if (m.pos !== 'verb' || m.past || !/[^s]s$/.test(tokens[m.first]?.word ?? '')) return false;
  for (let k = m.first - 1; k >= 0 && m.first - k <= RELATIVE_SUBJECT_WORDS + 1; k--) {
    const t = tokens[k]!;
    if (t.word === 'whom' || t.word === 'which') return k > 0;
    // "a commission that meets more often", "the group who attacks": a subject relative ("that"
    // as a complementizer takes a subject before its verb).
    if ((t.word === 'that' || t.word === 'who') && k === m.first - 1) return k > 0;
    if (t.punct) return false;
  }
  return false;
}

export function modalityOf(tokens: Token[], m: TriggerMatch): Modality {
  const start = windowStart(tokens, m.first);
  const from = coordinatedPast(tokens, m, start) ? m.first : start;
  // Three checks read back to the clause's start: it is found once.
  const clause = clauseStart(tokens, m.first);
  // "In recent years, the group has ...", "collaborated closely at the height of the Cold War"
  if (findBefore(tokens, clause, m.first, VAGUE_PERIODS) >= 0
    || findBefore(tokens, m.last + 1, Math.min(tokens.length, m.last + 9), VAGUE_PERIODS) >= 0) return { kind: 'blocked', why: 'habitual period' };
  if (deniedComplement(tokens, m.first)) return { kind: 'blocked', why: 'denied' };
  if (describing(tokens, m) || presentInRelative(tokens, m)) return { kind: 'blocked', why: 'description' };
  if (accusedAct(tokens, m)) return { kind: 'blocked', why: 'alleged' };
  // "A powerful earthquake ... kills at least 35 people": a disaster in the clause kills, nobody attacks.
  if (m.entry.type === 'ASSAULT' && findBefore(tokens, clause, m.first, DISASTERS) >= 0) return { kind: 'blocked', why: 'disaster' };
  if (cueBefore(tokens, from, m.first, HYPOTHETICAL)) return { kind: 'blocked', why: 'hypothetical' };
  if (mandatedClause(tokens, clause)) return { kind: 'blocked', why: 'hypothetical' };
  if (cueBefore(tokens, from, m.first, DENIAL)) return { kind: 'blocked', why: 'denied' };
  if (cueBefore(tokens, from, m.first, NEGATION)) return { kind: 'blocked', why: 'negated' };
  if (modalBefore(tokens, from, m.first)) return { kind: 'blocked', why: 'modal' };
  // "Araghchi wrote that Tehran stood ready to help": the one who says so makes the offer.
  const offeredBy = m.entry.stated ? sayingVerb(tokens, m.first) : null;
  if (offeredBy !== null) return { kind: 'future', sayingAt: offeredBy, stated: 'AGREE' };
  if (m.pos === 'noun') {
    if (setting(tokens, m)) return { kind: 'blocked', why: 'setting' };
    for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
      const t = tokens[k];
      if (!t || t.punct) break;
      if (cueSets.nominalBlockers.has(t.word) && !(m.entry.type === 'CONSULT' && cameFor(tokens, m.first))) return { kind: 'blocked', why: `nominal after "${t.word}"` };
    }
    if (!cueBefore(tokens, from, m.first, FUTURE)) return { kind: 'factual' };
    // "told IRNA that the two countries would hold the next meeting": a stated future meeting is a promise.
    const sayingAt = sayingVerb(tokens, m.first);
    return sayingAt !== null && PROMISABLE.has(m.entry.type) ? { kind: 'future', sayingAt, stated: 'AGREE' } : { kind: 'blocked', why: 'future' };
  }
  if (cueBefore(tokens, from, m.first, HABITUAL)) return { kind: 'blocked', why: 'habitual' };
  const to = beforeVerb(tokens, m.first);
  // The decision whose infinitive the trigger is ("decided to reopen"), reported with a factual reading once the planning and future checks below pass.
  let decidedAt: { at: number; stated: 'AGREE' | 'THREATEN' } | undefined;
  if (tokens[to]?.word === 'to') {
    const before = tokens[to - 1]?.word ?? '';
    if (WILLINGNESS.has(before) && PROMISABLE.has(m.entry.type)) return { kind: 'future', sayingAt: sayingVerb(tokens, m.first), stated: 'AGREE' };
    if (PLANNING_WORDS.has(before)) return { kind: 'blocked', why: 'planned' };
    let implied = false;
    let decided = -1;
    for (let k = to - 1; k >= Math.max(0, to - 5); k--) {
      const word = tokens[k]?.word ?? '';
      // "agreed to de-escalate" concedes; "agreed to open new markets" or "to reopen the crossing" only promises (the AGREE is the event).
      if (IMPLICATIVE.has(word) && (!AGREEING.has(word) || (m.entry.type === 'CONCEDE' && !m.entry.material))) implied = true;
      if (implied && decided < 0 && DECIDING.has(word)) decided = k;
    }
    if (!implied) return { kind: 'blocked', why: 'infinitive' };
    const stated = PROMISABLE.has(m.entry.type) ? 'AGREE' : THREATENABLE.has(m.entry.type) ? 'THREATEN' : null;
    if (decided >= 0 && stated) decidedAt = { at: decided, stated };
  }
  if (cueBefore(tokens, from, m.first, PLANNING)) return { kind: 'blocked', why: 'planned' };
  if (cueBefore(tokens, from, m.first, FUTURE)) {
    const sayingAt = sayingVerb(tokens, m.first);
    if (PROMISABLE.has(m.entry.type)) return { kind: 'future', sayingAt, stated: 'AGREE' };
    // "told the committee that Islamabad would ask Tehran to extend it": a stated future request is a
    // commitment to make it (AGREE); unstated, "Iran would ask again" is conjecture.
    if (m.entry.type === 'REQUEST' && sayingAt !== null) return { kind: 'future', sayingAt, stated: 'AGREE' };
    // A future attack is a threat only when someone states it; "Iran would strike again" is conjecture.
    if (THREATENABLE.has(m.entry.type) && sayingAt !== null) return { kind: 'future', sayingAt, stated: 'THREATEN' };
    return { kind: 'blocked', why: 'future' };
  }
  return decidedAt ? { kind: 'factual', decidedAt } : { kind: 'factual' };
}
