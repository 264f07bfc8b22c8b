// Refiners over one source's event drafts, run in a fixed order by index.ts:
//   1. fillReactions      "prompting retaliation": the struck party answers the striker
//   1b. monthForObjectNominals "condemned the Iranian strikes on 17 January": those only precede it
//   2. fillClaims         "IS claimed responsibility": the agent of the attack just reported
//   2b. fillReleases      "the fishermen were released": the captor of the seizure just reported frees them
//   3. fillAccusedObjects "an attack that the Council condemned": the attacker is accused
//   4. mergeInSentence    one event per happening and sentence (verb + nominal of one strike)
//   5. dropSubsumed       "agreed to de-escalate" is a concession, "supported ... supplying arms" aid
// (references.ts dates definite nominals by the happening they name, after fillReactions;
// joinLeadHappening runs after it.)
import type { ActorDefinition, EventCandidate, Span } from '../../model.js';
import { edtfWithin } from '../../lib/edtf.js';
import { cues } from './lexicon.js';
import { stateOf } from './roles.js';
import { toMonth } from './dating.js';

export interface Draft extends EventCandidate {
  paragraph: Span;
  reactive: boolean;
  pos: 'verb' | 'noun';
  /** A definite nominal ("the strikes", "Iran's attacks"): it may name a happening dated earlier. */
  definite: boolean;
  /** 'reference': the date of the earlier happening a definite nominal of the sentence names (references.ts). */
  dateBasis: 'sentence' | 'paragraph' | 'narrative' | 'reference' | null;
}

/**
 * A nominal with no agent, dated only by its paragraph ("these air strikes have tarnished ..."),
 * refers back to a happening stated elsewhere; alone it would be a vague duplicate.
 */
export function dropBackReferences(drafts: Draft[]): Draft[] {
  return drafts.filter((d) => !(d.pos === 'noun' && !d.actor1_id && d.dateBasis !== 'sentence'));
}

export interface Claim {
  offset: number;
  paragraph: Span;
  actor_id: string;
}

function stateActor(country: string | null, defs: Map<string, ActorDefinition>): string | null {
  if (!country) return null;
  for (const d of defs.values()) if (d.type === 'state' && d.country === country) return d.actor_id;
  return null;
}

export function fillReactions(drafts: Draft[], defs: Map<string, ActorDefinition>): void {
  for (const [i, d] of drafts.entries()) {
    if (!d.reactive || (d.actor1_id && d.actor2_id)) continue;
    // The attack answered: the latest dated one on the reacting party, else the latest dated one.
    const earlier = drafts.slice(Math.max(0, i - LOOKBACK), i).reverse().filter((p) => p.event_type === 'ASSAULT' && p.actor1_id
      && p.date && !p.reactive && p.actor1_id !== d.actor1_id);
    const reacting = stateOf(d.actor1_id, defs);
    const prior = earlier.find((p) => reacting && stateOf(p.actor2_id, defs) === reacting) ?? earlier[0];
    if (!prior) continue;
    if (d.actor1_id && d.event_type !== 'ASSAULT') continue; // "prompting Islamabad to designate ...": its own object
    const striker = stateActor(stateOf(prior.actor1_id, defs), defs) ?? prior.actor1_id;
    if (!d.actor1_id) d.actor1_id = stateActor(stateOf(prior.actor2_id, defs) ?? prior.country, defs) ?? prior.actor2_id;
    if (!d.actor2_id && striker !== d.actor1_id) d.actor2_id = striker;
  }
}

/**
 * "the US condemned the Iranian strikes on 17 January": a nominal in another trigger's object
 * happened before the date that governs the sentence; it keeps only that date's month.
 */
export function monthForObjectNominals(drafts: Draft[], content: string): void {
  for (const [i, n] of drafts.entries()) {
    if (n.pos !== 'noun' || n.dateBasis !== 'sentence' || !n.date) continue;
    // "Israel launched strikes ..., and Iran responded with missile attacks": a new clause's nominal is nobody's object.
    const governing = neighbours(drafts, i).find((v) => v !== n && v.pos === 'verb' && v.trigger.end <= n.trigger.start && v.date === n.date
      && !NEW_CLAUSE.test(content.slice(v.trigger.end, n.trigger.start)));
    if (governing) n.date = toMonth(n.date);
  }
}

/** ", and", "; ": what starts a new clause between a verb and a later nominal. */
const NEW_CLAUSE = /,\s+and\s|;/;

/** How many drafts back a refiner looks, so that refining stays linear on long texts. */
const LOOKBACK = 30;

/** The drafts of draft i's sentence, within the look-back (drafts come in text order). */
function neighbours(drafts: Draft[], i: number): Draft[] {
  const d = drafts[i]!;
  const out: Draft[] = [];
  for (let k = Math.max(0, i - LOOKBACK); k < Math.min(drafts.length, i + LOOKBACK); k++) {
    if (drafts[k]!.sentence.start === d.sentence.start) out.push(drafts[k]!);
  }
  return out;
}

/** Seizures whose captives a later release frees. */
const CAPTURES = new Set(['coerce', 'abduction']);

/** How far (in characters) before a release the seizure it ends may stand. */
const RELEASE_REACH = 1500;

/**
 * "The fishermen are released a week later", "Four of the guards were released in April": a
 * release naming nobody frees the captives of the seizure just reported, so its captor releases
 * them to the captives' side.
 */
export function fillReleases(drafts: Draft[]): void {
  for (const [i, d] of drafts.entries()) {
    if (!d.rule.startsWith('release:') || d.actor1_id || d.actor2_id) continue;
    const capture = drafts.slice(Math.max(0, i - LOOKBACK), i).reverse()
      .find((p) => CAPTURES.has(p.rule.split(':')[0] ?? '') && p.actor1_id && d.trigger.start - p.trigger.end <= RELEASE_REACH);
    if (!capture) continue;
    d.actor1_id = capture.actor1_id;
    d.actor2_id = capture.actor2_id;
  }
}

/** How far (in characters) before a responsibility claim the attack it claims may end. */
const CLAIM_REACH = 600;

export function fillClaims(drafts: Draft[], claims: Claim[]): void {
  let i = 0;
  for (const c of claims) {
    while (i < drafts.length && (drafts[i]?.trigger.start ?? Infinity) < c.offset) i++;
    // The attack just reported: the latest one before the claim, in its paragraph or the one before
    // ("Gunmen killed ...\n\nJaish al-Adl claimed responsibility"), if nobody is named as its agent.
    const attack = drafts.slice(Math.max(0, i - LOOKBACK), i).filter((d) => d.event_type === 'ASSAULT'
      && c.offset - d.sentence.end <= CLAIM_REACH).pop();
    if (attack && !attack.actor1_id && attack.actor2_id !== c.actor_id) attack.actor1_id = c.actor_id;
  }
}

/** Condemnations and protests take as target the actor of the act they answer in the same sentence ("protest ... after Iran launched"). */
const ANSWERING = new Set(['ACCUSE', 'PROTEST']);

export function fillAccusedObjects(drafts: Draft[]): void {
  for (const [i, d] of drafts.entries()) {
    if (!ANSWERING.has(d.event_type) || d.actor2_id) continue;
    const others = neighbours(drafts, i).filter((o) => o !== d && o.actor1_id && o.actor1_id !== d.actor1_id);
    const act = others.find((o) => o.trigger.start < d.trigger.start) ?? others.find((o) => o.event_type === 'ASSAULT');
    if (act) d.actor2_id = act.actor1_id;
  }
}

const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
const nested = (a: string | null, b: string | null): boolean => a === null || b === null || edtfWithin(a, b) || edtfWithin(b, a);
const weight = (d: Draft): number => (d.actor1_id ? 4 : 0) + (d.actor2_id ? 2 : 0) + (d.date ? d.date.length / 100 : 0);

/** How far (in characters) after the thanks the act it thanks for may begin. */
const THANKED_FOR_REACH = 80;

/**
 * "thanked the people of Pakistan for standing by Iran": thanks for an act the text codes (the
 * gerund after "for") frame that act, which is the event; thanks for a stance ("thanked Iran for
 * its position") are support of their own.
 */
export function dropFramedThanks(drafts: Draft[], content: string): Draft[] {
  return drafts.filter((d, i) => !(d.rule === 'thank:verb' && neighbours(drafts, i).some((o) => o !== d && o.sentence.start === d.sentence.start
    && o.trigger.start > d.trigger.end && o.trigger.start - d.trigger.end <= THANKED_FOR_REACH
    && /\bfor\s+$/.test(content.slice(Math.max(d.trigger.end, o.trigger.start - 5), o.trigger.start))
    && /ing$/.test(content.slice(o.trigger.start, o.trigger.end).split(' ')[0] ?? ''))));
}

/** Measures that one party takes against another, each of its own weight. */
const MEASURES = new Set(['SANCTION', 'COERCE']);

/**
 * "suspended the treaty, closed the crossing and expelled the advisers": measures a list of finite
 * verbs names, each of its own kind, are so many measures. A gerund gives the means of another
 * ("downgraded ties by recalling its ambassador"); verbs of one visit ("arrived and was received
 * by") or one attack ("fired missiles and struck") tell one happening.
 */
function separateMeasures(a: Draft, b: Draft, content: string): boolean {
  const finite = (d: Draft): boolean => d.pos === 'verb' && !/^\S*ing\b/.test(content.slice(d.trigger.start, d.trigger.end));
  return finite(a) && finite(b) && a.subtype !== b.subtype && MEASURES.has(a.event_type)
    && (a.trigger.end <= b.trigger.start || b.trigger.end <= a.trigger.start);
}

/** How many characters before a nominal "since" may stand ("since the 1988 war"). */
const SINCE_REACH = 30;
const SINCE_BEFORE = /\bsince\s+(?:[\p{L}\d'’-]+\s+){0,2}$/iu;

/**
 * "struck Iran, the first attack since the war in 1988": a nominal after "since" names the
 * earlier happening the clause is measured against, never the clause's own. ("after a trip in
 * May" may restate the clause's own visit, so only "since" sets a nominal apart.)
 */
function setAgainst(d: Draft, content: string): boolean {
  return d.pos === 'noun' && SINCE_BEFORE.test(content.slice(Math.max(d.sentence.start, d.trigger.start - SINCE_REACH), d.trigger.start));
}

export function mergeInSentence(drafts: Draft[], content: string): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    let at = -1;
    for (let k = kept.length - 1; k >= Math.max(0, kept.length - LOOKBACK) && at < 0; k--) {
      const o = kept[k]!;
      if (o.sentence.start === d.sentence.start && o.event_type === d.event_type && compatible(o.actor1_id, d.actor1_id)
        && compatible(o.actor2_id, d.actor2_id) && nested(o.date, d.date) && !separateMeasures(o, d, content)
        && setAgainst(o, content) === setAgainst(d, content)) at = k;
    }
    if (at < 0) { kept.push(d); continue; }
    const twin = kept[at]!;
    const [better, other] = weight(d) > weight(twin) ? [d, twin] : [twin, d];
    const actor1 = better.actor1_id ?? other.actor1_id;
    const actor2 = better.actor2_id ?? other.actor2_id;
    const actor2Kept = actor2 === actor1 ? better.actor2_id : actor2;
    // Mutual as stated by whichever mention still names the same two parties.
    const mutual = [better, other].some((o) => o.mutual && o.actor1_id === actor1 && o.actor2_id === actor2Kept);
    kept[at] = { ...better, actor1_id: actor1, actor2_id: actor2Kept, mutual,
      location: better.location ?? other.location, country: better.country ?? other.country,
      date: better.date && other.date && edtfWithin(other.date, better.date) ? other.date : better.date ?? other.date };
  }
  return kept;
}

/**
 * How far (in characters) the act that subsumes another may stand from it: "agreed to
 * de-escalate", "supported Pakistan in its conflicts with India, supplying weapons". Further
 * away in the sentence it is another happening ("recalled their ambassadors ... but agreed on
 * Monday to send them back").
 */
const SUBSUMING_REACH = 60;

const near = (a: Span, b: Span): boolean => a.start - b.end <= SUBSUMING_REACH && b.start - a.end <= SUBSUMING_REACH;

export function dropSubsumed(drafts: Draft[]): Draft[] {
  return drafts.filter((d, i) => !cues.subsumes.some((rule) => rule.drop === d.event_type && neighbours(drafts, i).some((k) => k !== d
    && k.event_type === rule.keep && (rule.sameTrigger ? k.trigger.start === d.trigger.start : near(k.trigger, d.trigger))
    // "calling for an immediate ceasefire": what a request asks for is its object, whoever would do it.
    && (compatible(k.actor1_id, d.actor1_id) || (k.event_type === 'REQUEST' && k.trigger.end <= d.trigger.start)))));
}

/** "at a summit", "at the annual meeting of": a meeting named after "at" as where something is done. */
const AT_SETTING = /\bat\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const AT_REACH = 40;
/** How far (in characters) a signing may stand before the meeting named as its setting: the charter's full name may come between. */
const SETTING_REACH = 120;

/**
 * "signed the charter at a summit in Istanbul", "endorsed the plan at the meeting": a meeting
 * named as where a signing or endorsement took place is its setting, not a happening of its own.
 */
export function dropSettings(drafts: Draft[], content: string): Draft[] {
  return drafts.filter((d, i) => !(d.pos === 'noun' && d.event_type === 'CONSULT'
    && AT_SETTING.test(content.slice(Math.max(d.sentence.start, d.trigger.start - AT_REACH), d.trigger.start))
    && neighbours(drafts, i).some((k) => k.event_type === 'SUPPORT' && k.trigger.end <= d.trigger.start && d.trigger.start - k.trigger.end <= SETTING_REACH
      && !NEW_CLAUSE.test(content.slice(k.trigger.end, d.trigger.start)))));
}

/**
 * A news report's lead states its happening ("Iran and Pakistan signed ... on Sunday as Pezeshkian
 * held talks with Sharif"); a later act of the same kind by the same party with no date of its
 * own is part of that day's happening ("Araghchi also held talks with Dar", "Pezeshkian also met
 * Zardari"). Background from other days is told with dates of its own, or as nominals.
 */
export function joinLeadHappening(drafts: Draft[], lead: { day: string; from: number } | null, defs: Map<string, ActorDefinition>): void {
  if (!lead) return;
  const kindOf = (d: Draft): string | null => {
    const state = stateOf(d.actor1_id, defs);
    return state ? `${d.event_type}|${state}` : null;
  };
  const leadKinds = new Set<string>();
  for (const d of drafts) {
    if (d.sentence.start > lead.from) break;
    const kind = kindOf(d);
    if (kind && d.sentence.end >= lead.from && d.date === lead.day) leadKinds.add(kind);
  }
  for (const d of drafts) {
    // Earlier attacks are the commonest background of a report on an attack: those keep their own dating.
    if (d.trigger.start < lead.from || d.pos !== 'verb' || d.event_type === 'ASSAULT' || (d.dateBasis !== null && d.dateBasis !== 'narrative')) continue;
    const kind = kindOf(d);
    if (kind && leadKinds.has(kind)) { d.date = lead.day; d.dateBasis = 'paragraph'; }
  }
}
