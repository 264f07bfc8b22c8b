// What a merge keeps for the next run, and which of its decisions that run may take over.
//
// Mentions are fitted to happenings one at a time in merge order (source, offset), and a mention
// is only ever held to happenings of its own type whose dates share a month with its own
// (cluster-index.ts; a happening's date is always one of its mentions' dates). So the mentions
// fall into groups that never see each other's happenings: those of one type linked by shared
// months, a whole type where a mention's date is too wide to file by month. Within a group, the
// decision for a mention depends only on the group's mentions before it. A rerun therefore takes
// over every decision of a group before the first source (in merge order) that was added,
// changed or removed there, and fits the rest afresh: the same happenings a merge from scratch
// makes. Groups are found over the mentions of both runs, so a mention that linked two groups
// before its source was removed still marks both.
import { sha256Hex } from '../../lib/hash.js';
import { compareText } from '../../lib/json.js';
import { monthsOf } from './cluster-index.js';

export interface MergeState {
  /** The version of the merge's code. */
  version: string;
  /** Per actor: its id, type and country, which decide fits besides the mentions (compatible.ts). */
  actors: Array<[string, string, string | null]>;
  /** Per source in merge order: its id, the digest of its extraction, and how many dated mentions it gave. */
  sources: Array<[string, string, number]>;
  /** Per dated mention in merge order: its type, its date, and the cluster it joined (clusters numbered as created). */
  types: string[];
  dates: string[];
  clusters: number[];
}

/** A mention as the plan reads it. */
export interface PlannedMention {
  source_id: string;
  event_type: string;
  date: string;
  actor1_id: string | null;
  actor2_id: string | null;
}

/** A source of this run: equal digests mean equal extractions (null: unknown, so never taken over). */
export interface PlannedSource {
  source_id: string;
  digest: string | null;
}

export interface ReplayPlan {
  /** Per mention of this run, in merge order: the prior run's cluster it joins, or -1 to fit it afresh. */
  cluster: Int32Array;
  /** Per mention: 1 where its group changed, so the happenings it builds are fitted against. */
  live: Uint8Array;
}

/** What the merge reads of each actor: its type and country. */
export function actorFields(actors: Map<string, { type: string; country?: string | null }>): MergeState['actors'] {
  return [...actors].map(([id, a]) => [id, a.type, a.country ?? null]);
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A prior state fit to use: of this version, whole and consistent (cluster numbers in creation order). */
export function usableState(value: unknown, version: string): MergeState | null {
  const s = value as MergeState | null;
  if (typeof s !== 'object' || s === null || s.version !== version || !Array.isArray(s.sources) || !Array.isArray(s.actors)
    || !isStrings(s.types) || !isStrings(s.dates) || !Array.isArray(s.clusters)) return null;
  if (!s.actors.every((a) => Array.isArray(a) && typeof a[0] === 'string' && typeof a[1] === 'string' && (a[2] === null || typeof a[2] === 'string'))) return null;
  const n = s.types.length;
  if (s.dates.length !== n || s.clusters.length !== n) return null;
  let total = 0;
  for (const e of s.sources) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'string' || !Number.isInteger(e[2]) || e[2] < 0) return null;
    total += e[2];
  }
  if (total !== n) return null;
  let next = 0;
  for (const c of s.clusters) {
    if (!Number.isInteger(c) || c < 0 || c > next) return null;
    if (c === next) next++;
  }
  return s;
}

/** Union-find over group nodes (type and month, or a whole type). */
class Groups {
  private readonly parent: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byType = new Map<string, number[]>();
  private readonly wideTypes = new Set<string>();

  node(key: string, type: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.parent.length;
      this.parent.push(id);
      this.ids.set(key, id);
      const list = this.byType.get(type);
      if (list) list.push(id); else this.byType.set(type, [id]);
    }
    return id;
  }

  find(id: number): number {
    while (this.parent[id] !== id) {
      const up = this.parent[this.parent[id]!]!;
      this.parent[id] = up;
      id = up;
    }
    return id;
  }

  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }

  /** The node of a mention of `type` dated `date`, its months linked; a wide date links its whole type (see close). */
  of(type: string, date: string): number {
    const months = monthsOf(date);
    if (!months) {
      this.wideTypes.add(type);
      return this.node(`${type}\0*`, type);
    }
    const first = this.node(`${type}\0${months[0]}`, type);
    for (let i = 1; i < months.length; i++) this.union(first, this.node(`${type}\0${months[i]}`, type));
    return first;
  }

  /** A type with a wide-dated mention is one group: such a mention is held to every happening of its type. */
  close(): void {
    for (const type of this.wideTypes) {
      const nodes = this.byType.get(type)!;
      for (const id of nodes) this.union(nodes[0]!, id);
    }
  }
}

/**
 * Which mentions of this run take the prior run's decision. `mentions` are in merge order (each
 * source's together, sources by id); `sources` likewise, with their digests. Null when nothing can be taken over.
 */
export function planReplay(prior: MergeState, mentions: readonly PlannedMention[], sources: readonly PlannedSource[], actors: MergeState['actors']): ReplayPlan | null {
  // An actor whose type or country is not what it was (or that is new, or gone) changes every fit
  // of a mention naming it: such a mention is a change in its group, as an added one is.
  const fieldsBefore = new Map(prior.actors.map(([id, type, country]) => [id, `${type}\0${country ?? ''}`]));
  const changedActors = new Set<string>();
  for (const [id, type, country] of actors) {
    if (fieldsBefore.get(id) !== `${type}\0${country ?? ''}`) changedActors.add(id);
    fieldsBefore.delete(id);
  }
  for (const id of fieldsBefore.keys()) changedActors.add(id);
  const namesChanged = (m: PlannedMention) => (m.actor1_id !== null && changedActors.has(m.actor1_id)) || (m.actor2_id !== null && changedActors.has(m.actor2_id));

  const before = new Map<string, { digest: string; offset: number; count: number; matched: boolean }>();
  let offset = 0;
  for (const [id, digest, count] of prior.sources) {
    before.set(id, { digest, offset, count, matched: false });
    offset += count;
  }
  const groups = new Groups();
  // Each distinct type and date is a node once: a build names far fewer of them than it has mentions.
  // Found by type, then date (both strings the mentions share), not by a key string made for each.
  const nodeOf = new Map<string, Map<string, number>>();
  const node = (type: string, date: string): number => {
    let ofType = nodeOf.get(type);
    if (!ofType) nodeOf.set(type, (ofType = new Map()));
    let id = ofType.get(date);
    if (id === undefined) { id = groups.of(type, date); ofType.set(date, id); }
    return id;
  };

  // This run's mentions, and for each source whether it is the prior run's (same digest, same mentions).
  const nodes = new Int32Array(mentions.length);
  const priorAt = new Int32Array(mentions.length).fill(-1);
  const dirtyMentions: number[] = [];
  let i = 0;
  for (const s of sources) {
    const start = i;
    while (i < mentions.length && mentions[i]!.source_id === s.source_id) {
      nodes[i] = node(mentions[i]!.event_type, mentions[i]!.date);
      i++;
    }
    const old = before.get(s.source_id);
    let same = !!old && s.digest !== null && old.digest === s.digest && old.count === i - start;
    for (let k = 0; same && k < i - start; k++) {
      same = prior.types[old!.offset + k] === mentions[start + k]!.event_type && prior.dates[old!.offset + k] === mentions[start + k]!.date;
    }
    if (same) {
      old!.matched = true;
      for (let k = 0; k < i - start; k++) {
        priorAt[start + k] = old!.offset + k;
        if (changedActors.size && namesChanged(mentions[start + k]!)) dirtyMentions.push(start + k);
      }
    } else {
      for (let k = start; k < i; k++) dirtyMentions.push(k);
    }
  }
  if (i !== mentions.length) return null; // not in merge order: nothing is taken over

  // The first changed source of each group, over this run's changed mentions and the prior run's removed ones.
  const firstChange = new Map<number, string>();
  const changes: Array<[number, string]> = dirtyMentions.map((k) => [nodes[k]!, mentions[k]!.source_id]);
  for (const [id, old] of before) {
    if (old.matched) continue;
    for (let k = old.offset; k < old.offset + old.count; k++) changes.push([node(prior.types[k]!, prior.dates[k]!), id]);
  }
  groups.close();
  for (const [n, sid] of changes) {
    const g = groups.find(n);
    const seen = firstChange.get(g);
    if (seen === undefined || compareText(sid, seen) < 0) firstChange.set(g, sid);
  }

  const cluster = new Int32Array(mentions.length).fill(-1);
  const live = new Uint8Array(mentions.length);
  for (let k = 0; k < mentions.length; k++) {
    const first = firstChange.get(groups.find(nodes[k]!));
    if (first !== undefined) live[k] = 1;
    if (priorAt[k]! >= 0 && (first === undefined || compareText(mentions[k]!.source_id, first) < 0)) cluster[k] = prior.clusters[priorAt[k]!]!;
  }
  return { cluster, live };
}
