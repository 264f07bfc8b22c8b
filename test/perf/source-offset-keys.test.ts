// The merge's evidence rows, its sentence and figure links, and the event ids carried over, keyed
// by source and offset in nested maps (normalize/events/by-source-offset.ts), against the routines
// they replaced, which keyed by "source:offset" and "type|source|offset" strings: on random
// clusters with hostile overlaps (one sentence mentioned many times in a cluster, by several
// clusters, a figure given by several clusters, rows of other types and of unknown events in the
// previous release), the same rows, links and ids.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../pipeline/generated/dataset.js';
import { compareText } from '../../pipeline/lib/json.js';
import { clusterEvidence, type RowMention } from '../../pipeline/normalize/events/evidence-rows.js';
import { assignEventIds, type ClusterRows, type PreviousEvents } from '../../pipeline/normalize/events/ids.js';
import { seededRandom as random } from '../../bench/generate-corpus.js';

/** The routine clusterEvidence replaced (events/index.ts before), as it was. */
function evidenceByKeys(clusters: ReadonlyArray<readonly RowMention[]>, ids: readonly string[]) {
  const eventsBySentence = new Map<string, string[]>();
  const eventsByFigure = new Map<string, string>();
  const rowsOf: Evidence[][] = [];
  clusters.forEach((cluster, i) => {
    const event_id = ids[i]!;
    const seen = new Set<string>();
    const rows: Evidence[] = [];
    for (const m of cluster) {
      for (const start of m.figure_starts) eventsByFigure.set(`${m.source_id}:${start}`, event_id);
      const rowKey = `${m.source_id}:${m.sentence.start}`;
      if (seen.has(rowKey)) continue;
      seen.add(rowKey);
      rows.push({ event_id, source_id: m.source_id, quote: m.quote, char_start: m.sentence.start, char_end: m.sentence.end, rule: m.rule });
      const here = eventsBySentence.get(rowKey) ?? [];
      if (!here.includes(event_id)) eventsBySentence.set(rowKey, [...here, event_id]);
    }
    rowsOf.push(rows.sort((a, b) => compareText(a.source_id, b.source_id) || a.char_start - b.char_start));
  });
  return { rowsOf, eventsBySentence, eventsByFigure };
}

/** The nested maps as the string-keyed ones, "source:offset" → value (normalize only looks them up, so their order is not compared). */
const flat = <T>(index: Map<string, Map<number, T>>): Map<string, T> => new Map([...index].flatMap(([source, offsets]) => [...offsets].map(([offset, v]) => [`${source}:${offset}`, v] as [string, T])));

// Source ids from the schema's alphabet, "." "-" "_" included; a few sources so that rows collide.
const SOURCES = ['a', 'a.1', 'a-1', 'b_2', 'Z9', '0'];
const TYPES = ['ATTACK', 'MOBILIZE', 'CONSULT'];

function randomClusters(next: () => number, count: number): RowMention[][] {
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => {
    const start = Math.floor(next() * 6) * 100; // six sentences a source: many mentions share one
    return {
      source_id: SOURCES[Math.floor(next() * SOURCES.length)]!, sentence: { start, end: start + 90 }, quote: `q${start}`, rule: `r${Math.floor(next() * 3)}`,
      figure_starts: next() < 0.3 ? [start + Math.floor(next() * 3) * 10] : [],
    };
  }).sort((x, y) => compareText(x.source_id, y.source_id) || x.sentence.start - y.sentence.start));
}

describe('evidence rows and links by source and offset', () => {
  it('gives the rows and links the string-keyed routine gave', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const clusters = randomClusters(next, 1 + Math.floor(next() * 20));
      const ids = clusters.map((_, i) => `ev-${seed}-${i}`);
      const now = clusterEvidence(clusters, ids);
      const before = evidenceByKeys(clusters, ids);
      expect(now.rowsOf).toEqual(before.rowsOf);
      expect(flat(now.eventsBySentence)).toEqual(before.eventsBySentence);
      expect(flat(now.eventsByFigure)).toEqual(before.eventsByFigure);
    }
  });
});

/** assignEventIds before, with its index of previous ids by "type|source|offset" strings, as it was. */
function idsByKeys(clusters: ClusterRows[], previous: PreviousEvents | null): string[] {
  const index = new Map<string, string[]>();
  if (previous) {
    const typeOf = new Map(previous.events.map((e) => [e.event_id, e.event_type]));
    for (const row of previous.evidence) {
      const type = typeOf.get(row.event_id);
      if (type === undefined || typeof row.source_id !== 'string' || typeof row.char_start !== 'number') continue;
      const key = `${type}|${row.source_id}|${row.char_start}`;
      const ids = index.get(key) ?? [];
      if (!ids.includes(row.event_id)) ids.push(row.event_id);
      index.set(key, ids);
    }
  }
  const agreement = (a: ClusterRows['identity'], b: Partial<NonNullable<ClusterRows['identity']>> | undefined): number => (!a || !b ? 0
    : Number(a.actor1_id === (b.actor1_id ?? null)) + Number(a.actor2_id === (b.actor2_id ?? null)) + Number(a.date === (b.date ?? null)));
  const hashId = (key: string): string => `ev-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
  const before = new Map((previous?.events ?? []).map((e) => [e.event_id, e]));
  const pairs: Array<{ cluster: number; id: string; shared: number; agree: number }> = [];
  clusters.forEach((c, cluster) => {
    const shared = new Map<string, number>();
    for (const row of c.rows) {
      for (const id of index.get(`${c.event_type}|${row.source_id}|${row.sentence.start}`) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, n] of shared) pairs.push({ cluster, id, shared: n, agree: agreement(c.identity, before.get(id)) });
  });
  pairs.sort((a, b) => b.shared - a.shared || b.agree - a.agree || compareText(a.id, b.id) || a.cluster - b.cluster);
  const ids: Array<string | null> = clusters.map(() => null);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (ids[p.cluster] !== null || taken.has(p.id)) continue;
    ids[p.cluster] = p.id;
    taken.add(p.id);
  }
  return ids.map((id, i) => {
    if (id !== null) return id;
    const key = clusters[i]!.firstKey;
    let fresh = hashId(key);
    for (let salt = 2; taken.has(fresh); salt++) fresh = hashId(`${key}#${salt}`);
    taken.add(fresh);
    return fresh;
  });
}

describe('event ids by source and offset', () => {
  it('carries over the ids the string-keyed index carried over', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
      const previousIds = Array.from({ length: 1 + Math.floor(next() * 15) }, (_, i) => `ev-p${i}`);
      const previous: PreviousEvents = {
        // An id given twice (a hand-edited release): its last record stands for it, type and identity.
        events: [...previousIds, ...previousIds.filter(() => next() < 0.1)].map((event_id) => ({ event_id, event_type: pick(TYPES), actor1_id: pick(['IRN', 'PAK', null]), actor2_id: pick(['IRN', null]), date: pick(['2024-01-16', '2024', null]) })),
        evidence: Array.from({ length: Math.floor(next() * 60) }, () => ({
          // Rows of events the release does not hold, and rows a hand edit broke, are skipped.
          event_id: next() < 0.05 ? 'ev-unknown' : pick(previousIds),
          source_id: next() < 0.03 ? (7 as unknown as string) : pick(SOURCES),
          char_start: next() < 0.03 ? ('100' as unknown as number) : Math.floor(next() * 6) * 100,
        })),
      };
      const clusters: ClusterRows[] = Array.from({ length: 1 + Math.floor(next() * 15) }, (_, i) => ({
        firstKey: `k${seed}-${i}`, event_type: pick(TYPES),
        rows: Array.from({ length: 1 + Math.floor(next() * 8) }, () => ({ source_id: pick(SOURCES), sentence: { start: Math.floor(next() * 6) * 100 } })),
        identity: { actor1_id: pick(['IRN', 'PAK', null]), actor2_id: pick(['IRN', null]), date: pick(['2024-01-16', '2024']) },
      }));
      expect(assignEventIds(clusters, previous)).toEqual(idsByKeys(clusters, previous));
    }
  });
});
