// Event coder: PLOVER events from trigger lexicons, roles from sentence structure, dates from
// the sentence or its discourse. Steps per sentence: triggers (triggers.ts) -> modality
// (modality.ts) -> roles (roles.ts) -> date (dating.ts); then the refiners in a fixed order
// (refiners.ts; references.ts dates "the strikes" by the happening it names), and place,
// salience (attributes.ts) and casualty figures (link-figures.ts).
import type { ActorDefinition, ActorMention, DateMention, EventCandidate, FigureCandidate, Span } from '../../model.js';
import type { PlaceMention } from '../actors/index.js';
import { locate, salienceOf, type LocativeCache } from './attributes.js';
import { boundsOf } from './bounds.js';
import { bodyReferences } from './bodies.js';
import { PERPETRATORS } from './clause.js';
import { anchorTokens, headingDates, headlineOf, paragraphs, roleContext } from './context.js';
import { dateOf, inPromisedAct, leadDay, narrativeMonth, paragraphAnchor, toMonth, type Lead, type Narrative } from './dating.js';
import { cues, type TriggerEntry } from './lexicon.js';
import { linkFigures } from './link-figures.js';
import { modalityOf, type Modality } from './modality.js';
import { mayStateEvent } from './prefilter.js';
import { isAskedQuestion } from './transcripts.js';
import {
  dropBackReferences, dropFramedThanks, dropSettings, dropSubsumed, fillAccusedObjects, fillClaims, fillReactions, fillReleases, joinLeadHappening, mergeInSentence, monthForObjectNominals,
  type Claim, type Draft,
} from './refiners.js';
import { dateByReference, isDefinite } from './references.js';
import { findRoles, stateOf, type RoleContext, type Roles } from './roles.js';
import { byStart, firstFrom, REACH, within } from './spans.js';
import { findPosts, mentionsByPost, postAnchors, type Post } from './posts.js';
import { phraseAt, phraseEndingAt, phraseIndex, placeActors, sentenceTokens, tokenizeAll, type ActorSlot, type Token } from './tokens.js';
import { matchTriggers, mayMatchTriggers, type TriggerMatch } from './triggers.js';

export interface EventInput {
  content: string;
  /** The extracted text, furniture kept, at the content's offsets: a live page's post stamps are read there (posts.ts). */
  text?: string;
  sentences: Span[];
  dates: DateMention[];
  actors: ActorMention[];
  definitions: ActorDefinition[];
  places: PlaceMention[];
  figures: FigureCandidate[];
  /** Publication date (EDTF) or null; never used as a fallback date for an event. */
  published: string | null;
  /**
   * The live page's posts (posts.ts) as the dates stage read them, with `dates` already read by
   * post there (mentionsByPost): neither is done again. Without them the coder reads both itself.
   */
  posts?: Post[];
}

const REACTION = phraseIndex(cues.reactionMarkers);
const CLAIMS = phraseIndex(cues.responsibilityClaims);

interface SentenceView {
  sentence: Span;
  paragraph: Span;
  tokens: Token[];
  /** Token indices that belong to actor names. */
  inName: Set<number>;
  /** Whether the sentence is the text's headline (context.ts). */
  headline: boolean;
  dates: DateMention[]; // the sentence's
  anchor: DateMention | null; // the paragraph's last date before the sentence, else its timeline heading's (context.ts)
  /** The day of the live-page post the sentence belongs to (posts.ts), else null. */
  post: DateMention | null;
  /** Token indices of the sentence's nominal happenings ("the attack", "the killing"). */
  nominals: number[];
}

interface Reading {
  type: EventCandidate['event_type']; subtype: string; actor1: string | null; actor2: string | null; future: boolean;
  /** A statement of what someone will do (the AGREE or THREATEN a future act makes): a verbal act of its own. */
  stated?: boolean;
  /** Whether actor1 and actor2 act together as the clause's subject (roles.ts). */
  mutual: boolean;
}

/**
 * The types a news report's undated later sentences state as the lead day's reactions: what
 * officials said, asked, promised or refused, and the security measures they took. A strike,
 * visit or sanction with no date of its own is as likely background from another day.
 */
const LEAD_REACTIONS = new Set<EventCandidate['event_type']>(['ACCUSE', 'REQUEST', 'AGREE', 'REJECT', 'THREATEN', 'SUPPORT', 'MOBILIZE', 'COERCE']);

interface Discourse { narrative: Narrative | null; lead: Lead | null }

/** Verbal acts that take a happening as their object ("condemned the attack", "asked Tehran to investigate the killing"). */
const REACTIONS_TO_HAPPENINGS = new Set<EventCandidate['event_type']>(['ACCUSE', 'REQUEST', 'REJECT']);

const FIRST_PERSON = new Set(['we', 'i']);

/**
 * Rules whose happening has two sides by nature: a war "with India" that leaves the other side
 * unnamed ("the 1965 war with India") is background, not a war the text reports.
 */
const BOTH_SIDES = new Set(['war:noun']);

/**
 * Verbal acts: one with nobody who speaks ("the FC has been asked to", "six such markets agreed
 * with Iran") tells a researcher nothing of who acted.
 */
const SPOKEN = new Set<EventCandidate['event_type']>(['AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
/**
 * Acts that are nothing without who does them: a visit or meeting with no named visitor
 * ("returnees reported travelling from Tehran", "3,100 Afghans have arrived") is no consultation.
 */
const AGENTIVE = new Set<EventCandidate['event_type']>([...SPOKEN, 'CONSULT']);

function draftOf(view: SentenceView, m: TriggerMatch, r: Reading, discourse: Discourse, published: string | null): Draft | null {
  const { tokens, sentence, paragraph } = view;
  let reactive = m.reactive;
  for (let k = Math.max(0, m.first - REACH); k < m.first && !reactive; k++) reactive = phraseAt(tokens, k, REACTION) !== undefined;
  // "We strongly condemn it": a verbal act in the present, in the first person, is performed as it is said.
  const performative = !m.past && [1, 2].some((k) => FIRST_PERSON.has(tokens[m.first - k]?.word ?? ''));
  // A headline's present ("Pakistan condemns US strikes, calls for restraint") reports the lead's day.
  const reactsToLead = m.pos === 'verb' && (m.past || r.future || r.stated === true || r.type !== m.entry.type || performative || view.headline)
    && LEAD_REACTIONS.has(r.type);
  // A post's stamp dates what its sentences say was done, not the nominals they mention in passing ("under pressure").
  const anchor = view.anchor ?? (m.pos === 'verb' ? view.post : null);
  const dating = dateOf({ tokens, first: m.first, last: m.last, sentenceDates: view.dates, anchor, ...discourse, reactsToLead,
    headline: view.headline, commits: r.type === 'AGREE' && m.entry.type === 'AGREE',
    objectHappenings: m.pos === 'verb' && REACTIONS_TO_HAPPENINGS.has(m.entry.type) ? view.nominals : undefined });
  let date = dating?.date ?? null;
  if (date && (r.future || (reactive && dating?.basis === 'paragraph'))) date = toMonth(date);
  if (date && !r.future && published) {
    const [start] = boundsOf(date) ?? [''];
    const [, pubEnd] = boundsOf(published) ?? ['', '9999'];
    if (start > pubEnd) return null; // dated after publication: not a happening the text reports
  }
  return {
    sentence, paragraph, trigger: { start: tokens[m.first]?.start ?? 0, end: tokens[m.last]?.end ?? 0 }, reactive, pos: m.pos,
    definite: isDefinite(tokens, m, view.inName),
    dateBasis: dating?.basis ?? null, rule: `${r.future ? 'future:' : ''}${m.entry.id}:${m.pos}`, event_type: r.type, subtype: r.subtype,
    actor1_id: r.actor1, actor2_id: r.actor2, mutual: r.mutual, date, location: null, country: null, fatalities: null, injuries: null, salience: 'context',
  };
}

/** How far (in characters) after a decision the date of what it decides may stand. */
const PROMISE_REACH = 400;

/**
 * Whether the infinitive a decision takes ("decided to reopen the crossing next week") holds a
 * date later than the decision's own, or, when the decision has none, after publication: an act
 * set for a later day had not happened when it was decided.
 */
function decidedForLater(view: SentenceView, at: number, discourse: Discourse, published: string | null): boolean {
  const end = view.tokens[at]?.end ?? 0;
  const later = within(view.dates, end, end + PROMISE_REACH).filter((d) => inPromisedAct(view.tokens, at, d));
  if (!later.length) return false;
  const decision = dateOf({ tokens: view.tokens, sentenceDates: view.dates, anchor: view.anchor, narrative: discourse.narrative, first: at, last: at, commits: true });
  const [, decidedBy] = boundsOf(decision?.date ?? published ?? '') ?? ['', '9999'];
  return later.some((d) => (boundsOf(d.value)?.[0] ?? '') > decidedBy);
}

/** The statement a future act makes: a promise (AGREE) or, for a hostile act, a threat (THREATEN). */
const STATED_ENTRY = (m: TriggerMatch, type: 'AGREE' | 'THREATEN'): TriggerEntry =>
  ({ ...m.entry, type, subtype: `${type === 'AGREE' ? 'announced' : 'threatened'} ${m.entry.subtype}` });

const SAYING_VERBS = new Set(cues.saying);
const COLLECTIVES = phraseIndex(cues.collective);

/** How many words after a comma a postposed verb of saying may stand ("..., the foreign ministries of both countries announced"). */
const POSTPOSED_REACH = 8;

/** The index of a past verb of saying after a comma that follows the clause ("..., the ministry said"), or -1. */
function postposedSaying(tokens: Token[], last: number): number {
  for (let k = last + 1; k < tokens.length && k - last <= REACH; k++) {
    if (tokens[k]?.word !== ',') continue;
    for (let j = k + 1; j < tokens.length && j - k <= POSTPOSED_REACH; j++) {
      const word = tokens[j]?.word ?? '';
      if (word === ',' || word === ';') break;
      if (SAYING_VERBS.has(word) && /ed$|^said$|^told$/.test(word)) return j;
    }
    return -1;
  }
  return -1;
}

/**
 * "condemned Israel's attacks ..., calling them a blatant violation": a participle that
 * characterises what was just condemned restates that accusation, it is not a second one.
 */
function dropElaborations(drafts: Draft[], content: string): Draft[] {
  return drafts.filter((d, i) => !(d.rule === 'characterise:verb' && /ing$/.test(content.slice(d.trigger.start, d.trigger.end))
    && drafts.slice(Math.max(0, i - 5), i).some((o) => o.event_type === 'ACCUSE' && o.sentence.start === d.sentence.start)));
}

/**
 * "Traders staged a sit-in outside the deputy commissioner's office": protesters are as a rule
 * unnamed civilians, so a protest someone is said to have staged (a verb, not a passing mention
 * of "the protests") is an event with no named party.
 */
const civilProtest = (e: Draft): boolean => e.event_type === 'PROTEST' && e.pos === 'verb';

/** Words that name a gathering rather than a party meeting another. */
const GATHERING = /^(?:summit|summits|meeting|meetings|host|hosts|hosted|hosting)$/i;

/**
 * "hosts the summit of the ECO", "at a meeting of SCO defence ministers": a gathering of an
 * intergovernmental body is its own affair, not a consultation between two parties; those who
 * meet at it are the events ("meets his Iranian counterpart").
 */
function multilateralGathering(e: Draft, defs: Map<string, ActorDefinition>, content: string): boolean {
  return e.event_type === 'CONSULT' && GATHERING.test(content.slice(e.trigger.start, e.trigger.end))
    && [e.actor1_id, e.actor2_id].some((id) => id !== null && defs.get(id)?.type === 'igo');
}

/** Whether unnamed attackers ("gunmen", "militants") stand before the trigger in its sentence. */
function byPerpetrators(tokens: Token[], e: Draft): boolean {
  // Within the scan reach before the trigger, so that the look-up stays bounded per event.
  const end = firstFrom(tokens, e.trigger.start);
  for (let i = Math.max(firstFrom(tokens, e.sentence.start), end - REACH); i < end; i++) {
    if (phraseAt(tokens, i, PERPETRATORS)) return true;
  }
  return false;
}

const GRIEVANCES = new Set(cues.grievances);

/** Whether the words after a protest's trigger, in its clause, say what it is against ("in protest", "against the closure"). */
function statesGrievance(tokens: Token[], e: Draft): boolean {
  const from = firstFrom(tokens, e.trigger.end);
  for (let i = from; i < tokens.length && i - from < REACH && (tokens[i]?.start ?? Infinity) < e.sentence.end && !tokens[i]?.punct; i++) {
    if (GRIEVANCES.has(tokens[i]?.word ?? '')) return true;
  }
  return false;
}

/** The token indices where a responsibility claim starts. */
function claimStarts(tokens: Token[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (phraseAt(tokens, i, CLAIMS)) at.push(i);
  return at;
}

/** Where a subject ends: the last word of each actor name and of each collective ("the two sides agree"). */
function subjectEnds(tokens: Token[], slots: Array<{ last: number }>): Set<number> {
  const ends = new Set(slots.map((s) => s.last));
  for (let i = 0; i < tokens.length; i++) if (phraseEndingAt(tokens, i, COLLECTIVES)) ends.add(i);
  return ends;
}

/**
 * "Operation True Promise", "the Peace Summit Road": a nominal written with a capital inside a
 * run of capitalised words, not at the sentence's start, is part of a name, not a happening.
 */
function inProperName(content: string, tokens: Token[], m: TriggerMatch): boolean {
  if (m.pos !== 'noun' || m.first === 0) return false;
  return capitalAt(content, tokens, m.first) && (capitalAt(content, tokens, m.first - 1) && m.first - 1 > 0 && !tokens[m.first - 1]?.punct);
}

function capitalAt(content: string, tokens: Token[], k: number): boolean {
  const c = content[tokens[k]?.start ?? -1] ?? '';
  return c !== c.toLowerCase();
}

/** The tokens a place name other than a country starts at ("closed Taftan": the place stands for the crossing). */
function placeStartTokens(tokens: Token[], places: PlaceMention[]): Set<number> {
  const starts = new Set(places.filter((p) => p.kind !== 'country').map((p) => p.start));
  const at = new Set<number>();
  if (starts.size) for (let k = 0; k < tokens.length; k++) if (starts.has(tokens[k]!.start)) at.add(k);
  return at;
}

/** Nobody acts on itself: a "target" equal to the agent belongs to another clause. */
const isAgent = (id: string | null, roles: Roles): boolean => id !== null && id === roles.actor1;

const SUBNATIONAL = new Set<PlaceMention['kind']>(['city', 'province', 'region']);

/** Marks the names that stand for a city, province or region ("the Damascus attack": where, not who). */
function markPlaces(slots: ActorSlot[], tokens: Token[], places: PlaceMention[]): ActorSlot[] {
  // Both come in text order: one pass over each keeps the look-up linear.
  let k = 0;
  for (const s of slots) {
    const start = tokens[s.first]?.start ?? -1;
    const end = tokens[s.last]?.end ?? -1;
    while (k < places.length && (places[k]?.end ?? 0) < end) k++;
    for (let j = k; j < places.length && (places[j]?.start ?? Infinity) <= start; j++) {
      const p = places[j]!;
      if (SUBNATIONAL.has(p.kind) && p.end >= end) { s.place = true; break; }
    }
  }
  return slots;
}

/**
 * What the coder reads once per text, before its sentences, and what its sentences add up to
 * (drafts, claims). The steps below are separate functions, each small enough that V8's optimising
 * compiler takes it on its own as it gets hot: one function holding them all was compiled whole,
 * late, and more than once (issue 9; docs/performance-log.md, "Eleventh session").
 */
interface TextReading {
  input: EventInput;
  defs: Map<string, ActorDefinition>;
  actors: ActorMention[];
  dates: DateMention[];
  places: PlaceMention[];
  paras: Span[];
  headline: Span | null;
  headings: Array<DateMention | null>;
  postDays: Array<DateMention | null>;
  /** Per paragraph: whether it is a briefing's question, which states no event (transcripts.ts). */
  asked: boolean[];
  ctx: RoleContext;
  discourse: Discourse;
  drafts: Draft[];
  claims: Claim[];
}

export function findEvents(input: EventInput): EventCandidate[] {
  const text = readText(input);
  const allTokens = tokenizeAll(input.content);
  let t = 0;
  let p = 0;
  let previous: Token[] = [];
  for (const sentence of input.sentences) {
    while (p < text.paras.length - 1 && (text.paras[p]?.end ?? 0) < sentence.start) p++;
    const share = sentenceTokens(allTokens, t, input.content, sentence);
    t = share.next;
    // The sentence before, where an object pronoun's companion may stand ("... the crossing. Pakistan shut it").
    const before = previous;
    previous = share.tokens;
    codeSentence(text, sentence, p, share.tokens, before);
  }
  return finishDrafts(text, allTokens).map(candidateOf);
}

/** The text's own set-up: its names (organs named again included), dates by post, places, paragraphs and discourse. */
function readText(input: EventInput): TextReading {
  const defs = new Map(input.definitions.map((d) => [d.actor_id, d]));
  // "The assembly also condemned ...": an organ named again by a common noun takes part as its name does (bodies.ts).
  const actors = byStart([...input.actors, ...bodyReferences(input.content, byStart(input.actors), defs)]);
  const posts = input.posts ?? findPosts(input.text ?? input.content, input.published);
  const dates = byStart(input.posts ? input.dates : mentionsByPost(input.content, input.dates, posts, input.published));
  const paras = paragraphs(input.content);
  return {
    input, defs, actors, dates, places: byStart(input.places), paras,
    headline: headlineOf(input.content, paras),
    headings: headingDates(input.content, paras, dates),
    // A live page's post stamp governs its post's paragraphs, as a timeline's date heading does.
    postDays: postAnchors(input.content, paras, posts),
    asked: paras.map((q) => isAskedQuestion(input.content, q)),
    ctx: roleContext(input.content, input.sentences, defs, actors, paras),
    discourse: { narrative: narrativeMonth(dates, input.published), lead: leadDay(dates, input.published) },
    drafts: [],
    claims: [],
  };
}

/** The claims and drafts of one sentence (paragraph `p`), added to the text's. */
function codeSentence(text: TextReading, sentence: Span, p: number, tokens: Token[], before: Token[]): void {
  // A sentence with no word that can start a trigger or a claim states no event, nor does a briefing's question.
  if (!mayStateEvent(tokens) || text.asked[p]) return;
  // The claims it holds ("claimed responsibility"), found before its names are placed: a sentence
  // with no claim and no trigger that could match in any context (mayMatchTriggers) is done.
  const claimAt = claimStarts(tokens);
  if (!claimAt.length && !mayMatchTriggers(tokens, before)) return;
  const paragraph = text.paras[p] ?? sentence;
  const sentencePlaces = within(text.places, sentence.start, sentence.end);
  const slots = markPlaces(placeActors(tokens, within(text.actors, sentence.start, sentence.end)), tokens, sentencePlaces);
  const sentenceDates = within(text.dates, sentence.start, sentence.end);
  const inName = new Set<number>();
  for (const s of slots) for (let k = s.first; k <= s.last; k++) inName.add(k);
  const inHeadline = text.headline !== null && sentence.start < text.headline.end;
  const inDate = anchorTokens(tokens, sentenceDates);
  addClaims(text.claims, tokens, slots, claimAt, paragraph);
  const matches = matchTriggers(tokens, subjectEnds(tokens, slots), inDate, inHeadline, nameModifiers(slots, inName), placeStartTokens(tokens, sentencePlaces), before);
  // Half the sentences the prefilter lets through hold no trigger: their anchor is not looked for.
  if (!matches.length) return;
  const view: SentenceView = { sentence, paragraph, tokens, inName, headline: inHeadline, dates: sentenceDates,
    anchor: paragraphAnchor(text.dates, text.input.content, sentence.start, paragraph.start) ?? text.headings[p] ?? null, post: text.postDays[p] ?? null,
    nominals: matches.filter((m) => m.pos === 'noun').map((m) => m.first) };
  const roleSlots = slots.filter((s) => !inDate.has(s.first)); // names inside a date's anchor clause take no part
  const sayings = new Set<number>();
  for (const m of matches) {
    if (!view.headline && inProperName(text.input.content, tokens, m)) continue;
    const read = modalityOf(tokens, m);
    // "decided on Tuesday to reopen the crossing next week": the act is still to come; the decision states it.
    const modality: Modality = read.kind === 'factual' && read.decidedAt && decidedForLater(view, read.decidedAt.at, text.discourse, text.input.published)
      ? { kind: 'future', sayingAt: read.decidedAt.at, stated: read.decidedAt.stated } : read;
    if (modality.kind === 'factual') factualDrafts(text, view, roleSlots, m);
    else if (modality.kind !== 'blocked') statedDraft(text, view, roleSlots, m, modality, sayings);
  }
}

/**
 * Words inside a name before its head ("Gas" in "National Iranian Gas Company") need no trigger;
 * the head may ("joined the Baghdad Pact").
 */
function nameModifiers(slots: ActorSlot[], inName: Set<number>): Set<number> {
  const heads = new Set<number>();
  for (const s of slots) heads.add(s.last);
  const modifiers = new Set<number>();
  for (const k of inName) if (!heads.has(k)) modifiers.add(k);
  return modifiers;
}

/** The claimant is the latest name before the claim; the cursor over the names moves only at a claim. */
function addClaims(claims: Claim[], tokens: Token[], slots: ActorSlot[], claimAt: number[], paragraph: Span): void {
  let subject = -1;
  for (const i of claimAt) {
    while (subject + 1 < slots.length && (slots[subject + 1]?.last ?? Infinity) < i) subject++;
    const slot = slots[subject];
    if (slot) claims.push({ offset: tokens[i]?.start ?? 0, paragraph, actor_id: slot.actor_id });
  }
}

/** A factual match's drafts: one for its target and one for each further target it names. */
function factualDrafts(text: TextReading, view: SentenceView, roleSlots: ActorSlot[], m: TriggerMatch): void {
  const roles = findRoles(view.tokens, roleSlots, m, text.ctx);
  for (const actor2 of [isAgent(roles.actor2, roles) ? null : roles.actor2, ...roles.moreTargets.filter((id) => !isAgent(id, roles))]) {
    if (m.entry.counterpart && !actor2) continue;
    const reading: Reading = { type: m.entry.type, subtype: m.entry.subtype, actor1: roles.actor1, actor2, future: false, mutual: roles.mutual && actor2 === roles.actor2 };
    const d = draftOf(view, m, reading, text.discourse, text.input.published);
    if (d) text.drafts.push(d);
  }
}

/** An act stated in the future: the statement is the AGREE (or THREATEN) event, at the verb of saying if any (once per verb: `sayings`). */
function statedDraft(text: TextReading, view: SentenceView, roleSlots: ActorSlot[], m: TriggerMatch, modality: Extract<Modality, { kind: 'future' }>, sayings: Set<number>): void {
  const { tokens } = view;
  const at = modality.sayingAt ?? m.first;
  if (modality.sayingAt !== null && sayings.has(at)) return;
  sayings.add(at);
  const saying = modality.sayingAt !== null ? tokens[at]?.word ?? '' : '';
  const sayer: TriggerMatch = { ...m, entry: STATED_ENTRY(m, modality.stated), pos: 'verb', first: at, last: modality.sayingAt !== null ? at : m.last,
    past: modality.sayingAt !== null ? !/(?:s|ing)$/.test(saying) : m.past }; // "said", "told"; not "says", "adding"
  const said = findRoles(tokens, roleSlots, sayer, text.ctx);
  // "It was announced that Minister X would visit Islamabad": with nobody saying it, the one who
  // will act is the one committed; so in "I can confirm that X will visit", where the first person
  // only confirms another's commitment. (A first person the text does not name is nobody: no event.)
  const firstPerson = [1, 2, 3].some((k) => FIRST_PERSON.has(tokens[at - k]?.word ?? ''));
  const acting = modality.sayingAt !== null && (said.actor1 === null ? !firstPerson : firstPerson) ? findRoles(tokens, roleSlots, m, text.ctx) : null;
  const roles = acting && (said.actor1 === null || acting.actor1 !== null) ? acting : said;
  // "X will visit Pakistan next month, the ministries announced on Thursday": the statement,
  // made when the verb of saying after the clause says, is the event; "next month" is the visit's.
  const postposed = modality.sayingAt === null ? postposedSaying(tokens, m.last) : -1;
  const dated: TriggerMatch = postposed < 0 ? sayer : { ...sayer, first: postposed, last: postposed, past: true };
  const reading: Reading = { type: modality.stated, subtype: sayer.entry.subtype, actor1: roles.actor1, actor2: roles.actor2,
    future: modality.sayingAt === null && postposed < 0, stated: true, mutual: roles.mutual };
  const d = draftOf(view, dated, reading, text.discourse, text.input.published);
  if (d) text.drafts.push(d);
}

/** The text's drafts through the refiners, placed, given their parties' states where unnamed, and filtered. */
function finishDrafts(text: TextReading, allTokens: Token[]): Draft[] {
  const { drafts, defs, input } = text;
  fillReactions(drafts, defs);
  dateByReference(drafts, defs);
  joinLeadHappening(drafts, text.discourse.lead, defs);
  monthForObjectNominals(drafts, input.content);
  fillClaims(drafts, text.claims);
  fillReleases(drafts);
  fillAccusedObjects(drafts);
  const merged = dropSettings(dropSubsumed(mergeInSentence(dropBackReferences(drafts), input.content)), input.content);
  const located = dropFramedThanks(dropElaborations(merged, input.content), input.content);
  placeDrafts(text, located, allTokens);
  // An event nobody is named in says nothing a researcher can use, nor a verbal act nobody is
  // named making, nor a visit nobody is named paying (AGENTIVE).
  const events = located.filter((e) => (e.actor1_id || e.actor2_id || civilProtest(e)) && (e.actor1_id || !AGENTIVE.has(e.event_type))
    && !(e.actor1_id === null && BOTH_SIDES.has(e.rule)) && !multilateralGathering(e, defs, input.content));
  undateOutsideStory(events, text);
  linkFigures(events, input.figures);
  return events;
}

/** Each draft's place and salience; an attack's or protest's unnamed target taken as the state of the place. */
function placeDrafts(text: TextReading, located: Draft[], allTokens: Token[]): void {
  const { defs, input } = text;
  const stateIds = new Map<string, string>();
  for (const d of input.definitions) if (d.type === 'state' && d.country && !stateIds.has(d.country)) stateIds.set(d.country, d.actor_id);
  const locatives: LocativeCache = new Map();
  for (const e of located) {
    const place = locate(within(text.places, e.sentence.start, e.sentence.end), e.sentence, e.trigger, input.content, locatives);
    e.location = place?.name ?? null;
    e.country = place?.country ?? null;
    // "an Israeli strike on an oil depot in Tehran": a state's attack abroad with no named target
    // struck the state whose soil it hit; so did unnamed gunmen's ("gunmen killed nine passengers
    // in Zhob district"), as the guidelines take the state whose territory was hit.
    const striker = stateOf(e.actor1_id, defs);
    if (e.event_type === 'ASSAULT' && !e.actor2_id && e.country
      && ((striker && striker !== e.country) || (!e.actor1_id && byPerpetrators(allTokens, e)))) {
      e.actor2_id = stateIds.get(e.country) ?? null;
    }
    // "Traders staged a sit-in against the closure of the crossing": a protest by unnamed people
    // against a measure nobody is named taking is aimed at the authorities of the place.
    if (e.event_type === 'PROTEST' && !e.actor1_id && !e.actor2_id && e.country && statesGrievance(allTokens, e)) {
      e.actor2_id = stateIds.get(e.country) ?? null;
    }
    e.salience = salienceOf([e.actor1_id, e.actor2_id], place, defs);
  }
}

/** The narrative's month dates only the story the text tells: dealings between its two principal states; other events it dated are reported undated. */
function undateOutsideStory(events: Draft[], text: TextReading): void {
  const { defs } = text;
  const pairStates = new Set(text.ctx.pair?.map((id) => defs.get(id)?.country).filter(Boolean));
  const inStory = (e: Draft): boolean => [e.actor1_id, e.actor2_id].every((id) => pairStates.has(stateOf(id, defs) ?? ''))
    && stateOf(e.actor1_id, defs) !== stateOf(e.actor2_id, defs);
  for (const e of events) {
    if (e.dateBasis === 'narrative' && !inStory(e)) { e.date = null; e.dateBasis = null; } // reported as undated
  }
}

/**
 * A draft as the candidate the coder returns: its own fields in their order, less the coder's
 * working ones, then the basis of its date (a reference dates by the discourse, as a paragraph's
 * anchor does). A copy by `for...in`: a rest pattern that leaves fields out (`{ paragraph, ...rest }`)
 * copies through the engine's slow path, ~4 µs an event, ten times this loop.
 */
export function candidateOf(draft: Draft): EventCandidate {
  const candidate: Record<string, unknown> = {};
  for (const key in draft) {
    if (key !== 'paragraph' && key !== 'reactive' && key !== 'pos' && key !== 'definite' && key !== 'dateBasis') candidate[key] = draft[key as keyof Draft];
  }
  candidate.date_basis = draft.dateBasis === 'reference' ? 'paragraph' : draft.dateBasis;
  return candidate as unknown as EventCandidate;
}
