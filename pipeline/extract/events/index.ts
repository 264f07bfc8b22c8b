// Event coder: PLOVER events from trigger lexicons, roles from sentence structure, dates from
// the sentence or its discourse. Steps: triggers (triggers.ts) -> modality (modality.ts) ->
// roles (roles.ts) -> date (dating.ts) -> refiners (refiners.ts) -> place, figures, salience.
import type { ActorDefinition, ActorMention, DateMention, EventCandidate, FigureCandidate, Span } from '../../model.js';
import type { PlaceMention } from '../actors/index.js';
import { locate, salienceOf } from './attributes.js';
import { dateOf, narrativeMonth, toMonth } from './dating.js';
import { cues, cueSets, type TriggerEntry } from './lexicon.js';
import { modalityOf } from './modality.js';
import { dropBackReferences, dropSubsumed, monthForObjectNominals, fillAccusedObjects, fillClaims, fillReactions, mergeInSentence, type Claim, type Draft } from './refiners.js';
import { findRoles, stateOf, type RoleContext } from './roles.js';
import { placeActors, readsAt, tokenize, type Token } from './tokens.js';
import { matchTriggers, type TriggerMatch } from './triggers.js';
import { edtfBoundsOrNull } from '../../lib/edtf.js';

export interface EventInput {
  content: string;
  sentences: Span[];
  dates: DateMention[];
  actors: ActorMention[];
  definitions: ActorDefinition[];
  places: PlaceMention[];
  figures: FigureCandidate[];
  /** Publication date (EDTF) or null; never used as a fallback date for an event. */
  published: string | null;
}

const REACTION = cues.reactionMarkers.map((r) => r.split(' '));
const CLAIMS = cues.responsibilityClaims.map((r) => r.split(' '));
const byStart = <T extends Span>(xs: T[]): T[] => [...xs].sort((a, b) => a.start - b.start || a.end - b.end);

/** Lines of the content: a paragraph is the discourse unit whose last date anchors the next sentences. */
function paragraphs(content: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= content.length; i++) {
    if (i === content.length || content[i] === '\n') { spans.push({ start, end: i }); start = i + 1; }
  }
  return spans;
}

function roleContext(input: EventInput, defs: Map<string, ActorDefinition>, actors: ActorMention[]): RoleContext {
  const counts = new Map<string, number>();
  for (const a of actors) if (defs.get(a.actor_id)?.type === 'state') counts.set(a.actor_id, (counts.get(a.actor_id) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
  const firstAt = (id: string): number => actors.find((a) => a.actor_id === id)?.start ?? 0;
  const pair = top.length === 2 ? (top.sort((a, b) => firstAt(a) - firstAt(b)) as [string, string]) : null;
  // Subjects: mentions not governed by a preposition ("in Pakistan" is a place, not an antecedent).
  const subjects = actors.filter((a) => {
    // Articles and compass words may stand between the preposition and the name ("in western Pakistan").
    const words = input.content.slice(Math.max(0, a.start - 40), a.start).toLowerCase().split(/[^a-z’'-]+/).filter(Boolean);
    while (words.length && /^(?:the|a|an|north|south|east|west|\w+ern|\w+-\w+ern)$/.test(words[words.length - 1] ?? '')) words.pop();
    const compound = /[\w]-$/.test(input.content.slice(Math.max(0, a.start - 2), a.start)) || input.content[a.end] === '-';
    return !compound && !cueSets.locative.has(words[words.length - 1] ?? '');
  });
  const fits = (kind: 'person' | 'nonperson' | 'group', d: ActorDefinition | undefined): boolean =>
    !!d && (kind === 'person' ? d.type === 'person' : kind === 'group' ? d.type === 'armed_group' : d.type !== 'person');
  return {
    defs, pair,
    antecedent: (kind, offset) => {
      for (let i = subjects.length - 1; i >= 0; i--) {
        const s = subjects[i];
        if (!s || s.start >= offset) continue;
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
 * elsewhere, here it only dates another.
 */
function anchorTokens(tokens: Token[], dates: DateMention[]): Set<number> {
  const blocked = new Set<number>();
  for (const [i, t] of tokens.entries()) {
    const d = dates.find((x) => x.start < t.end && t.start < x.end);
    if (!d) continue;
    blocked.add(i);
    if (!/\b(?:after|before|since)$/i.test(d.text) || t.end !== d.end) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
      const w = tokens[k]?.word ?? '';
      if (w === ',' || cueSets.clauseBreaks.has(w)) break;
      blocked.add(k);
    }
  }
  return blocked;
}

interface SentenceView { sentence: Span; paragraph: Span; tokens: Token[] }

function draftOf(view: SentenceView, m: TriggerMatch, at: TriggerMatch, type: EventCandidate['event_type'], subtype: string,
  input: EventInput, dates: DateMention[], narrative: string | null, roles: { actor1: string | null; actor2: string | null }, future: boolean): Draft | null {
  const { tokens, sentence, paragraph } = view;
  const left = tokens.slice(0, at.first);
  const reactive = m.reactive || REACTION.some((r) => left.some((_, i) => readsAt(left, i, r)));
  const dating = dateOf({ tokens, first: at.first, last: at.last, sentence, paragraph, dates, narrative });
  let date = dating?.date ?? null;
  if (date && (future || (reactive && dating?.basis === 'paragraph'))) date = toMonth(date);
  if (date && !future && input.published) {
    const [start] = edtfBoundsOrNull(date) ?? [''];
    const [, pubEnd] = edtfBoundsOrNull(input.published) ?? ['', '9999'];
    if (start > pubEnd) return null; // dated after publication: not a happening the text reports
  }
  const trigger = { start: tokens[at.first]?.start ?? 0, end: tokens[at.last]?.end ?? 0 };
  return {
    sentence, paragraph, trigger, reactive, pos: m.pos, dateBasis: dating?.basis ?? null, rule: `${future ? 'future:' : ''}${m.entry.id}:${m.pos}`, event_type: type, subtype,
    actor1_id: roles.actor1, actor2_id: roles.actor2, date, location: null, country: null, fatalities: null, injuries: null,
    salience: 'context',
  };
}

const AGREE_ENTRY = (m: TriggerMatch): TriggerEntry => ({ ...m.entry, type: 'AGREE', subtype: `announced ${m.entry.subtype}` });

export function findEvents(input: EventInput): EventCandidate[] {
  const defs = new Map(input.definitions.map((d) => [d.actor_id, d]));
  const actors = byStart(input.actors);
  const dates = byStart(input.dates);
  const places = byStart(input.places);
  const paras = paragraphs(input.content);
  const ctx = roleContext(input, defs, actors);
  const narrative = narrativeMonth(dates, input.published);
  const drafts: Draft[] = [];
  const claims: Claim[] = [];
  for (const sentence of input.sentences) {
    const paragraph = paras.find((p) => p.start <= sentence.start && sentence.end <= p.end) ?? sentence;
    const tokens = tokenize(input.content, sentence);
    const slots = placeActors(tokens, actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end));
    const inDate = anchorTokens(tokens, dates);
    const view = { sentence, paragraph, tokens };
    const roleSlots = slots.filter((s) => !inDate.has(s.first)); // names inside a date's anchor clause take no part
    for (let i = 0; i < tokens.length; i++) {
      const claim = CLAIMS.find((c) => readsAt(tokens, i, c));
      const subject = claim ? slots.filter((s) => s.last < i).pop() : undefined;
      if (subject) claims.push({ offset: tokens[i]?.start ?? 0, paragraph, actor_id: subject.actor_id });
    }
    const sayings = new Set<number>();
    for (const m of matchTriggers(tokens, new Set(slots.map((s) => s.last)), inDate)) {
      const modality = modalityOf(tokens, m);
      if (modality.kind === 'blocked') continue;
      if (modality.kind === 'factual') {
        const roles = findRoles(tokens, roleSlots, m, ctx);
        for (const actor2 of [roles.actor2, ...roles.moreTargets]) {
          const d = draftOf(view, m, m, m.entry.type, m.entry.subtype, input, dates, narrative, { actor1: roles.actor1, actor2 }, false);
          if (d) drafts.push(d);
        }
        continue;
      }
      // A diplomatic act stated in the future: the statement is the AGREE event.
      const at = modality.sayingAt ?? m.first;
      if (modality.sayingAt !== null && sayings.has(at)) continue;
      sayings.add(at);
      const sayer: TriggerMatch = { ...m, entry: AGREE_ENTRY(m), pos: 'verb', first: at, last: modality.sayingAt !== null ? at : m.last };
      const roles = findRoles(tokens, roleSlots, sayer, ctx);
      const d = draftOf(view, sayer, sayer, 'AGREE', sayer.entry.subtype, input, dates, narrative, roles, modality.sayingAt === null);
      if (d) drafts.push(d);
    }
  }
  fillReactions(drafts, defs);
  monthForObjectNominals(drafts);
  fillClaims(drafts, claims);
  fillAccusedObjects(drafts);
  // An event nobody is named in (no actor, no target) says nothing a researcher can use. The
  // narrative's month dates only the story the text tells: dealings between its two principal states.
  const pairStates = new Set(ctx.pair?.map((id) => defs.get(id)?.country).filter(Boolean));
  const inStory = (e: Draft): boolean => [e.actor1_id, e.actor2_id].every((id) => pairStates.has(stateOf(id, defs) ?? ''))
    && stateOf(e.actor1_id, defs) !== stateOf(e.actor2_id, defs);
  const events = dropSubsumed(mergeInSentence(dropBackReferences(drafts)))
    .filter((e) => (e.actor1_id || e.actor2_id) && (e.dateBasis !== 'narrative' || inStory(e)));
  for (const e of events) {
    const place = locate(places, e.sentence, e.trigger, input.content);
    e.location = place?.name ?? null;
    e.country = place?.country ?? null;
    e.salience = salienceOf([e.actor1_id, e.actor2_id], place, defs);
  }
  linkFigures(events, input.figures);
  return events.map(({ paragraph: _p, reactive: _r, pos: _pos, dateBasis: _b, ...candidate }) => candidate);
}

/** Fatalities and injuries: figures of the event's sentence, or of a later sentence of its paragraph. */
function linkFigures(events: Draft[], figures: FigureCandidate[]): void {
  for (const f of figures) {
    if (f.kind !== 'fatalities' && f.kind !== 'injuries') continue;
    const attacks = events.filter((e) => e.event_type === 'ASSAULT' && e.sentence.start <= f.sentence.start
      && f.sentence.start <= e.paragraph.end && e.paragraph.start <= f.start);
    const same = attacks.filter((e) => e.sentence.start === f.sentence.start);
    const target = same.filter((e) => e.trigger.start < f.start).pop() ?? same[0] ?? attacks.pop();
    if (!target) continue;
    const key = f.kind === 'fatalities' ? 'fatalities' : 'injuries';
    target[key] = target[key] === null ? f.value : Math.min(target[key] ?? f.value, f.value);
  }
}
