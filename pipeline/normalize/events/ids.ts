// Stable event ids. A merged event that shares an evidence row (the same source, the same sentence,
// the same event type) with an event of the previous release keeps that event's id; when several
// previous events share rows with it, the one sharing most wins; between equals, the one whose
// initiator, target and date agree most (two events of one type told in one sentence share the same
// rows), then by id. Each previous id goes to one event only. A release rebuilt with itself as the
// previous one therefore keeps every id where it was. Only a happening no previous event covers gets a new id: the hash of its
// earliest mention's key. So adding a source never moves the id of an event it merely joins,
// even when it sorts before every source that reported the event first.
import { createHash } from 'node:crypto';
import { compareText } from '../../lib/json.js';
import { innerMap, type BySourceOffset } from './by-source-offset.js';

/** The rows of the previous release the ids are carried over from. */
export interface PreviousEvents {
  events: Array<{ event_id: string; event_type: string } & Partial<EventIdentity>>;
  evidence: Array<{ event_id: string; source_id: string; char_start: number }>;
}

/** What tells apart two events of one type reported in the same sentences. */
export interface EventIdentity {
  actor1_id: string | null;
  actor2_id: string | null;
  date: string | null;
}

/** What identifies one cluster for id assignment. */
export interface ClusterRows {
  /** The key of its earliest mention, in canonical order. */
  firstKey: string;
  event_type: string;
  /** Where each of its mentions is: its source and its sentence's start (its evidence row's char_start). */
  rows: ReadonlyArray<{ source_id: string; sentence: { start: number } }>;
  /** The merged event's initiator, target and date, when known. */
  identity?: EventIdentity;
}

/** How many of initiator, target and date a cluster shares with a previous event. */
function agreement(a: EventIdentity | undefined, b: Partial<EventIdentity> | undefined): number {
  if (!a || !b) return 0;
  return Number(a.actor1_id === (b.actor1_id ?? null)) + Number(a.actor2_id === (b.actor2_id ?? null)) + Number(a.date === (b.date ?? null));
}

const hashId = (key: string): string => `ev-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/**
 * The previous release's events numbered (an id given twice is one event, its last record
 * standing for it, as a map of them by id keeps), and at each source and sentence start the
 * events with a row there: one number, or a list when several. Numbers let a cluster count the
 * rows it shares with each in an array, not a map per cluster.
 */
interface PreviousIndex {
  ids: string[];
  types: string[];
  records: Array<PreviousEvents['events'][number]>;
  at: BySourceOffset<number | number[]>;
}

function previousIndex(previous: PreviousEvents | null): PreviousIndex {
  const index: PreviousIndex = { ids: [], types: [], records: [], at: new Map() };
  if (!previous) return index;
  const numberOf = new Map<string, number>();
  for (const e of previous.events) {
    let n = numberOf.get(e.event_id);
    if (n === undefined) { n = index.ids.length; numberOf.set(e.event_id, n); index.ids.push(e.event_id); }
    index.types[n] = e.event_type;
    index.records[n] = e;
  }
  for (const row of previous.evidence) {
    const n = numberOf.get(row.event_id);
    if (n === undefined || typeof row.source_id !== 'string' || typeof row.char_start !== 'number') continue; // a hand-edited release
    const offsets = innerMap(index.at, row.source_id);
    const here = offsets.get(row.char_start);
    if (here === undefined) offsets.set(row.char_start, n);
    else if (typeof here === 'number') { if (here !== n) offsets.set(row.char_start, [here, n]); }
    else if (!here.includes(n)) here.push(n);
  }
  return index;
}

/** One id per cluster, in the clusters' order; deterministic for the same clusters and previous release. */
export function assignEventIds(clusters: ClusterRows[], previous: PreviousEvents | null): string[] {
  const index = previousIndex(previous);
  const pairs: Array<{ cluster: number; id: string; shared: number; agree: number }> = [];
  /** Per previous event, how many of this cluster's rows it has (a row of another type counts for none). */
  const shared = new Int32Array(index.ids.length);
  const touched: number[] = [];
  const count = (n: number, type: string) => {
    if (index.types[n] !== type) return;
    if (shared[n]!++ === 0) touched.push(n);
  };
  clusters.forEach((c, cluster) => {
    // A cluster's mentions come by source: one look-up of a source's offsets for each run of them.
    let source: string | null = null;
    let offsets: Map<number, number | number[]> | undefined;
    for (const row of c.rows) {
      if (row.source_id !== source) { source = row.source_id; offsets = index.at.get(source); }
      const here = offsets?.get(row.sentence.start);
      if (here === undefined) continue;
      if (typeof here === 'number') count(here, c.event_type);
      else for (const n of here) count(n, c.event_type);
    }
    for (const n of touched) {
      pairs.push({ cluster, id: index.ids[n]!, shared: shared[n]!, agree: agreement(c.identity, index.records[n]) });
      shared[n] = 0;
    }
    touched.length = 0;
  });
  // Strongest claims first, so each previous id goes to the event that shares most with it.
  pairs.sort((a, b) => b.shared - a.shared || b.agree - a.agree || compareText(a.id, b.id) || a.cluster - b.cluster);
  const ids: Array<string | null> = clusters.map(() => null);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (ids[p.cluster] !== null || taken.has(p.id)) continue;
    ids[p.cluster] = p.id;
    taken.add(p.id);
  }
  // A new happening: the hash of its first mention's key, salted in the rare case it is taken.
  return ids.map((id, i) => {
    if (id !== null) return id;
    const key = clusters[i]!.firstKey;
    let fresh = hashId(key);
    for (let salt = 2; taken.has(fresh); salt++) fresh = hashId(`${key}#${salt}`);
    taken.add(fresh);
    return fresh;
  });
}
