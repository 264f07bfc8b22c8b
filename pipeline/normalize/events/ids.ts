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
  /** source_id and sentence start of each of its evidence rows. */
  rows: Array<{ source_id: string; char_start: number }>;
  /** The merged event's initiator, target and date, when known. */
  identity?: EventIdentity;
}

/** How many of initiator, target and date a cluster shares with a previous event. */
function agreement(a: EventIdentity | undefined, b: Partial<EventIdentity> | undefined): number {
  if (!a || !b) return 0;
  return Number(a.actor1_id === (b.actor1_id ?? null)) + Number(a.actor2_id === (b.actor2_id ?? null)) + Number(a.date === (b.date ?? null));
}

const hashId = (key: string): string => `ev-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/** Previous event ids by event type, then source and sentence start. */
function previousIndex(previous: PreviousEvents | null): Map<string, BySourceOffset<string[]>> {
  const index = new Map<string, BySourceOffset<string[]>>();
  if (!previous) return index;
  const typeOf = new Map(previous.events.map((e) => [e.event_id, e.event_type]));
  for (const row of previous.evidence) {
    const type = typeOf.get(row.event_id);
    if (type === undefined || typeof row.source_id !== 'string' || typeof row.char_start !== 'number') continue; // a hand-edited release
    const offsets = innerMap(innerMap(index, type), row.source_id);
    const ids = offsets.get(row.char_start);
    if (!ids) offsets.set(row.char_start, [row.event_id]);
    else if (!ids.includes(row.event_id)) ids.push(row.event_id);
  }
  return index;
}

/** One id per cluster, in the clusters' order; deterministic for the same clusters and previous release. */
export function assignEventIds(clusters: ClusterRows[], previous: PreviousEvents | null): string[] {
  const index = previousIndex(previous);
  const before = new Map((previous?.events ?? []).map((e) => [e.event_id, e]));
  const pairs: Array<{ cluster: number; id: string; shared: number; agree: number }> = [];
  clusters.forEach((c, cluster) => {
    const shared = new Map<string, number>();
    const ofType = index.get(c.event_type);
    if (ofType) {
      for (const row of c.rows) {
        for (const id of ofType.get(row.source_id)?.get(row.char_start) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    for (const [id, n] of shared) pairs.push({ cluster, id, shared: n, agree: agreement(c.identity, before.get(id)) });
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
