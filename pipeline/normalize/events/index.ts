// Merges the events each source states into one record per real happening: the same happening
// reported by several sources, or twice in one, becomes one event with every source in
// source_ids and one evidence row per mention. Mentions are clustered in a canonical order
// (source, offset), so the result does not depend on the order sources are read in. Ids are
// carried over from the previous release (ids.ts): adding a source never changes the id of an
// event that existed before.
import type { Actor, Event, Evidence } from '../../generated/dataset.js';
import type { EventCandidate, Quoted } from '../../model.js';
import { compareText } from '../../lib/json.js';
import { actorKey, extendHappening, fitsHappening, startHappening, type Happening } from './compatible.js';
import type { BySourceOffset } from './by-source-offset.js';
import { ClusterIndex } from './cluster-index.js';
import { clusterEvidence } from './evidence-rows.js';
import { assignEventIds, type PreviousEvents } from './ids.js';
import { mergedEvent } from './merged-event.js';
import { actorFields, planReplay, usableState, type MergeState, type ReplayPlan } from './merge-state.js';

export interface SourceEvents {
  source_id: string;
  events: Quoted<EventCandidate>[];
  /** A digest of the source's extraction (equal digests, equal extractions), where known: lets a rerun take over the prior merge's decisions. */
  digest?: string | null;
}

/** The prior run's merge state to take decisions over from, and the merge code's version both must share. */
export interface PriorMerge {
  codeVersion: string;
  state: unknown;
}

export interface UndatedEvent {
  source_id: string;
  quote: string;
  char_start: number;
  char_end: number;
  rule: string;
  event_type: string;
}

export interface MergedEvents {
  events: Event[];
  evidence: Evidence[];
  undated: UndatedEvent[];
  /** For each source and sentence start, the event ids stated there (to link figures). */
  eventsBySentence: BySourceOffset<string[]>;
  /** For each source and figure start, the event whose fatalities or injuries the figure gave. */
  eventsByFigure: BySourceOffset<string>;
  /** What the next run may take over (when a code version was given), and how many mentions this one took over. */
  state: MergeState | null;
  replayed: number;
}

/** A dated event mention as merging reads it. */
interface Mention extends Omit<Quoted<EventCandidate>, 'date_basis'> {
  source_id: string;
  date: string;
  figure_starts: number[];
  /** Whether it names both parties as joint subjects (a mutual act). */
  mutual: boolean;
}

/**
 * The key of one mention: where it is and what it states (never a list index). Made only where it
 * is read (a tie of offsets in one source, a cluster's first mention), not kept on every mention.
 */
const keyOf = (sid: string, c: Pick<EventCandidate, 'trigger' | 'event_type' | 'actor1_id' | 'actor2_id'>): string =>
  `${sid}:${c.trigger.start}:${c.event_type}:${c.actor1_id ?? ''}:${c.actor2_id ?? ''}`;

const NO_FIGURES: number[] = [];

/**
 * The mention of candidate c, its fields listed one by one: candidates arrive in several shapes
 * (optional fields, cache entries), and mentions of one shape keep merging's millions of reads
 * of them fast (a spread copy of each candidate made merging markedly slower).
 */
function mentionOf(source_id: string, c: Quoted<EventCandidate>, date: string, actors: Map<string, Actor>): Mention {
  return {
    source_id, date, sentence: c.sentence, trigger: c.trigger, rule: c.rule, quote: c.quote,
    event_type: c.event_type, subtype: c.subtype, actor1_id: c.actor1_id, actor2_id: c.actor2_id, location: c.location,
    country: c.country, fatalities: c.fatalities, injuries: c.injuries, salience: c.salience, figure_starts: c.figure_starts ?? NO_FIGURES,
    mutual: c.mutual,
  };
}

/**
 * `prior`: the state a previous merge left (merge-state.ts). Taking its decisions over gives the
 * same clusters as fitting every mention, in less time; a state of another version, damaged or
 * absent is ignored.
 */
export function mergeEvents(sources: SourceEvents[], actors: Map<string, Actor>, previous: PreviousEvents | null = null, prior: PriorMerge | null = null): MergedEvents {
  // Merge order: by source, then offset. Sources are taken in source_id order and each one's
  // mentions sorted on their own, which gives the order of one sort over all (sorts are stable)
  // without comparing source ids hundreds of thousands of times.
  const ordered = [...sources].sort((a, b) => compareText(a.source_id, b.source_id));
  const mentions: Mention[] = [];
  // The undated are listed, not merged: in source order too, from the same pass over the candidates.
  const undated: UndatedEvent[] = [];
  const bySource = (a: Mention, b: Mention) => a.trigger.start - b.trigger.start || compareText(keyOf(a.source_id, a), keyOf(b.source_id, b));
  /** Per source in order, how many dated mentions it gave (a source given twice: all at its last). */
  const counts: number[] = [];
  let own: Mention[] = [];
  ordered.forEach(({ source_id, events: candidates }, i) => {
    for (const c of candidates) {
      if (c.date) own.push(mentionOf(source_id, c, c.date, actors));
      else undated.push({ source_id, quote: c.quote, char_start: c.sentence.start, char_end: c.sentence.end, rule: c.rule, event_type: c.event_type });
    }
    if (ordered[i + 1]?.source_id === source_id) { // the same source given twice: one run of mentions
      counts.push(0);
      return;
    }
    counts.push(own.length);
    own.sort(bySource);
    for (const m of own) mentions.push(m);
    own = [];
  });
  const before = prior ? usableState(prior.state, prior.codeVersion) : null;
  const fields = prior ? actorFields(actors) : [];
  const plan = before ? planReplay(before, mentions, ordered.map((s) => ({ source_id: s.source_id, digest: s.digest ?? null })), fields) : null;
  const { clusters, joined, replayed } = fitMentions(mentions, actors, plan);
  const state: MergeState | null = prior === null ? null : {
    version: prior.codeVersion,
    actors: fields,
    sources: ordered.map((s, i) => [s.source_id, s.digest ?? '', counts[i]!]),
    types: mentions.map((m) => m.event_type),
    dates: mentions.map((m) => m.date),
    clusters: [...joined],
  };
  const evidence: Evidence[] = [];
  // The events are made before their ids, which are chosen by what each event is.
  const made = clusters.map(({ mentions }) => mergedEvent(mentions, '', actors));
  const ids = assignEventIds(clusters.map(({ mentions: c }, i) => ({
    firstKey: keyOf(c[0]!.source_id, c[0]!), event_type: c[0]!.event_type, rows: c,
    identity: { actor1_id: made[i]!.actor1_id, actor2_id: made[i]!.actor2_id, date: made[i]!.date },
  })), previous);
  const events = made.map((event, i) => Object.assign(event, { event_id: ids[i]! }));
  const { rowsOf, eventsBySentence, eventsByFigure } = clusterEvidence(clusters.map((c) => c.mentions), ids);
  events.sort((a, b) => compareText(a.date_start, b.date_start) || compareText(a.event_id, b.event_id));
  // Evidence by event id, then source and offset: each event's rows sorted on their own, the
  // events in id order (ids are unique), as one sort over all rows would give.
  const byId = clusters.map((_, i) => i).sort((a, b) => compareText(ids[a]!, ids[b]!));
  for (const i of byId) for (const row of rowsOf[i]!) evidence.push(row);
  return { events, evidence, undated, eventsBySentence, eventsByFigure, state, replayed };
}

interface Cluster {
  /** What its mentions have established; null for a cluster taken over whole, which no mention is fitted to. */
  happening: Happening | null;
  mentions: Mention[];
}

/**
 * Each mention joins the happening it fits best, judged against what that happening's mentions
 * have established (its most precise date, initiator, struck states and named targets). Where
 * `plan` gives a mention the prior run's decision it is taken as it is; the happenings of a
 * changed group are still built from such mentions, to fit the later ones against.
 */
function fitMentions(mentions: Mention[], actors: Map<string, Actor>, plan: ReplayPlan | null): { clusters: Cluster[]; joined: Int32Array; replayed: number } {
  const clusters: Cluster[] = [];
  const joined = new Int32Array(mentions.length);
  const index = new ClusterIndex();
  /** This run's number of each cluster of the prior run taken over. */
  const takenOver = new Map<number, number>();
  let replayed = 0;
  mentions.forEach((m, i) => {
    const prior = plan ? plan.cluster[i]! : -1;
    const live = !plan || plan.live[i] === 1;
    let best = -1;
    if (prior >= 0) {
      replayed++;
      best = takenOver.get(prior) ?? -1;
      if (best < 0) takenOver.set(prior, clusters.length);
    } else {
      // The best fit; of equal fits, the earliest cluster.
      let bestScore = -1;
      for (const id of index.candidates(m.event_type, m.date, actorKey(m.actor1_id, actors), actorKey(m.actor2_id, actors))) {
        const score = fitsHappening(m, clusters[id]!.happening!, actors);
        if (score !== null && (score > bestScore || (score === bestScore && id < best))) { best = id; bestScore = score; }
      }
    }
    const cluster = clusters[best];
    if (cluster) {
      cluster.mentions.push(m);
      joined[i] = best;
      if (!cluster.happening) return;
      extendHappening(cluster.happening, m, actors);
      index.add(best, cluster.happening.event_type, cluster.happening.date, cluster.happening.initiator);
    } else {
      joined[i] = clusters.length;
      const happening = live ? startHappening(m, actors) : null;
      clusters.push({ happening, mentions: [m] });
      if (happening) index.add(clusters.length - 1, m.event_type, happening.date, happening.initiator);
    }
  });
  return { clusters, joined, replayed };
}
