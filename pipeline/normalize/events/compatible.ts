// When two event mentions state the same happening: same PLOVER type, dates that overlap or lie
// a day apart (time zones), the same initiator (an agent counts as its state: "the IRGC struck"
// = "Iran struck"), and targets that do not contradict (a named group in one report, the struck
// state in another, agree; two different states do not). Mutual acts may name the parties in
// either order ("Iran and Pakistan recalled" = "Pakistan recalled ... Iran"), but a hostile act and the
// other side's answer to it on another day are two happenings (India's measures of 23 April,
// Pakistan's reprisals of 24 April). The day's slack is for reports from different time zones:
// one source dates its own statements in one calendar, so two statements of one party it dates
// to two days are two statements.
import type { Actor } from '../../generated/dataset.js';
import { dateRange, spanOf } from './date-range.js';

const STATE_AGENT = new Set(['state', 'government', 'military', 'person']);
/** PLOVER's verbal types: a statement is made on one day, where a visit or a night's attack may straddle two. */
const VERBAL = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
/**
 * PLOVER's conflictual types, where the other side's act is an answer (a reprisal). Cooperative acts
 * (talks, agreements) are joint by nature: reports name their parties in either order and date
 * them by any day of the meeting.
 */
const HOSTILE = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const DAY = 86_400_000;

/** The key an actor is compared by: its state for a state's agents, else its own id. */
export function actorKey(id: string | null, actors: Map<string, Actor>): string | null {
  if (!id) return null;
  const a = actors.get(id);
  return a && a.country && STATE_AGENT.has(a.type) ? `@${a.country}` : id;
}

const isDay = (date: string): boolean => dateRange(date)?.precision === 'day';

/** Whether two dates are both days, and different ones: what a reprisal and the act it answers look like. */
function differentDays(a: string, b: string): boolean {
  return a !== b && isDay(a) && isDay(b);
}

/** Dates agree when their ranges overlap, or when two days are at most one day apart (time zones). */
export function datesAgree(a: string, b: string): boolean {
  const x = dateRange(a);
  const y = dateRange(b);
  if (!x || !y) return false;
  const slack = x.precision === 'day' && y.precision === 'day' ? DAY : 0;
  return x.start <= y.end + slack && y.start <= x.end + slack;
}

export interface Comparable {
  source_id: string;
  event_type: string;
  date: string;
  actor1_id: string | null;
  actor2_id: string | null;
  /** Whether the mention names both parties as joint subjects ("Iran and Pakistan recalled ..."): a mutual act. */
  mutual: boolean;
}

const isState = (id: string | null, actors: Map<string, Actor>): boolean => !!id && actors.get(id)?.type === 'state';

/** What a cluster of mentions has established so far: the yardstick a new mention is held to. */
export interface Happening {
  event_type: string;
  /** The most precise date stated. */
  date: string;
  initiator: string | null; // actor key
  /** Keys of the parties named as initiators in mutual acts and as targets. */
  counterparts: Set<string>;
  /** Countries whose state was struck or is the counterpart (actor2 states). */
  targetStates: Set<string>;
  /** Countries an attack took place in: the struck state when no report names it as actor2. */
  struckSoil: Set<string>;
  /** Non-state targets named (groups, persons without a state role). */
  targetNamed: Set<string>;
  /** The persons named as initiator and as counterpart: a meeting of other people is another meeting. */
  initiatorPersons: Set<string>;
  counterpartPersons: Set<string>;
  /** Whether a mention named both parties as joint subjects: the happening is a mutual act. */
  mutual: boolean;
  /** By source, the days its mentions give. */
  daysBySource: Map<string, Set<string>>;
}

const isPerson = (id: string | null, actors: Map<string, Actor>): id is string => !!id && actors.get(id)?.type === 'person';

export function startHappening(m: Comparable & { country: string | null }, actors: Map<string, Actor>): Happening {
  const h: Happening = { event_type: m.event_type, date: m.date, initiator: null, counterparts: new Set(), targetStates: new Set(),
    struckSoil: new Set(), targetNamed: new Set(), initiatorPersons: new Set(), counterpartPersons: new Set(), mutual: false,
    daysBySource: new Map() };
  extendHappening(h, m, actors);
  return h;
}

export function extendHappening(h: Happening, m: Comparable & { country: string | null }, actors: Map<string, Actor>): void {
  if (spanOf(m.date) < spanOf(h.date)) h.date = m.date;
  h.initiator ??= actorKey(m.actor1_id, actors);
  const target = actorKey(m.actor2_id, actors);
  if (target) h.counterparts.add(target);
  const a2 = m.actor2_id ? actors.get(m.actor2_id) : undefined;
  if (a2?.type === 'state' && a2.country) h.targetStates.add(a2.country);
  else if (target) h.targetNamed.add(target);
  if (m.country && m.event_type === 'ASSAULT') h.struckSoil.add(m.country);
  if (isPerson(m.actor1_id, actors)) h.initiatorPersons.add(m.actor1_id);
  if (isPerson(m.actor2_id, actors)) h.counterpartPersons.add(m.actor2_id);
  if (m.mutual) h.mutual = true;
  if (isDay(m.date)) {
    const days = h.daysBySource.get(m.source_id);
    if (days) days.add(m.date); else h.daysBySource.set(m.source_id, new Set([m.date]));
  }
}

/** A score (higher is closer) when mention m can be the happening h, else null. */
export function fitsHappening(m: Comparable, h: Happening, actors: Map<string, Actor>): number | null {
  if (m.event_type !== h.event_type || !datesAgree(m.date, h.date)) return null;
  // "Iran offered on Sunday to mediate" and "Araghchi said on Monday Iran was ready to": a source
  // that dates two statements to two days reports two statements.
  if (VERBAL.has(m.event_type) && isDay(m.date) && h.daysBySource.get(m.source_id)?.has(m.date) === false) return null;
  const a1 = actorKey(m.actor1_id, actors);
  const a2 = actorKey(m.actor2_id, actors);
  // "Gunmen ambushed a Levies checkpost" late on Tuesday and "troops killed three militants" on
  // Wednesday morning: a hostile act on a day of its own by the side the other struck is its answer,
  // not the same act with its agent named (on the same day it may be the same fight, told from one side).
  if (HOSTILE.has(m.event_type) && !m.mutual && !h.mutual && differentDays(m.date, h.date)
    && ((a1 && !h.initiator && h.counterparts.has(a1)) || (h.initiator && !a1 && a2 === h.initiator))) return null;
  let score = m.date === h.date ? 1 : 0;
  if (a1 && h.initiator && a1 !== h.initiator) {
    // A mutual act may name the parties in either order ("Iran and Pakistan recalled ...").
    const swapped = m.event_type !== 'ASSAULT' && a2 === h.initiator && h.counterparts.has(a1);
    if (!swapped) return null;
    // Each side's hostile act on a day of its own answers the other's (a reprisal): one happening
    // only when a report states the act as mutual ("both sides recalled their ambassadors" is the
    // day Pakistan recalled its own, as another report dates it).
    if (HOSTILE.has(m.event_type) && !m.mutual && !h.mutual && differentDays(m.date, h.date)) return null;
    // "Munir called on Pezeshkian" is not "Pezeshkian held talks with Sharif": a visit has a direction.
    if (m.event_type === 'CONSULT' && isPerson(m.actor1_id, actors) && !h.counterpartPersons.has(m.actor1_id)) return null;
    return score + 3;
  }
  // "Araghchi held talks with Dar" is not "Pezeshkian held talks with Sharif", though both are
  // Iran's with Pakistan: a meeting of other people is another meeting. (Statements of one
  // state's officials on a day stay one reaction of that state.)
  if (m.event_type === 'CONSULT' && isPerson(m.actor1_id, actors) && h.initiatorPersons.size && !h.initiatorPersons.has(m.actor1_id)) return null;
  // "Raisi met Zardari" after "Raisi held talks with Sharif": a meeting with another person is another meeting.
  if (m.event_type === 'CONSULT' && isPerson(m.actor2_id, actors) && h.counterpartPersons.size && !h.counterpartPersons.has(m.actor2_id)) return null;
  if (a1 && a1 === h.initiator) score += 2;
  if (a2) {
    const a = m.actor2_id ? actors.get(m.actor2_id) : undefined;
    if (a?.type === 'state' && a.country) {
      // "gunmen shot dead nine Pakistani labourers in Iran" struck Pakistan, not Iran: the
      // place of an attack stands for the struck state only where no report names one.
      const struck = h.targetStates.size ? h.targetStates : h.struckSoil;
      if (struck.size && !struck.has(a.country)) return null;
    } else if (h.targetNamed.size && !h.targetNamed.has(a2)) {
      return null;
    }
    if (h.counterparts.has(a2)) score += 2;
  }
  return score;
}
