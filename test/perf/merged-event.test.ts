// mergedEvent reads a cluster's mentions in one pass (counts of each field's values and dates, the
// tolls' bounds, the sources as they come in merge order) where toEvent made a list per field, a
// set of source ids and a sort: the same event record, compared as JSON text (keys' order included),
// on clusters of the gold-set texts' real mentions and on hostile ones.
import { describe, expect, it } from 'vitest';
import type { Actor, Event } from '../../pipeline/generated/dataset.js';
import { edtfBounds, edtfPrecision } from '../../pipeline/lib/edtf.js';
import { compareText } from '../../pipeline/lib/json.js';
import type { SourceDocument } from '../../pipeline/model.js';
import { extractSource } from '../../pipeline/extract/index.js';
import { collectActors } from '../../pipeline/normalize/actors.js';
import { actorKey } from '../../pipeline/normalize/events/compatible.js';
import { dateRange, spanOf } from '../../pipeline/normalize/events/date-range.js';
import { mergedEvent, type EventMention } from '../../pipeline/normalize/events/merged-event.js';
import { summarise } from '../../pipeline/normalize/events/summary.js';
import { goldTexts } from '../fixtures/gold-texts.js';
import { DEFINITIONS } from '../events/helpers.js';
import { seededRandom as random } from '../fixtures/seeded-random.js';

/** The routine it replaced (normalize/events/index.ts's pick and toEvent before), as the oracle. */
function pick<T>(values: Array<T | null>, prefer: (v: T) => number = () => 0): T | null {
  if (values.length === 1) return values[0]!;
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const [v, n] of counts) {
    const score = prefer(v) * 1000 + n;
    if (score > bestScore) { best = v; bestScore = score; }
  }
  return best;
}

/** The first of the cluster's distinct dates sorted (the date as the merge first chose it; test/perf/likeliest-date.test.ts). */
function sortedFirst(mentions: Array<{ date: string }>): string {
  const votes = new Map<string, number>();
  for (const m of mentions) votes.set(m.date, (votes.get(m.date) ?? 0) + 1);
  return [...votes.keys()].sort((a, b) => spanOf(a) - spanOf(b) || votes.get(b)! - votes.get(a)! || compareText(a, b))[0]!;
}

function toEvent(cluster: EventMention[], event_id: string, actors: Map<string, Actor>): Event {
  const first = cluster[0]!;
  const date = sortedFirst(cluster);
  const range = dateRange(date) ?? { bounds: edtfBounds(date), precision: edtfPrecision(date) };
  const [date_start, date_end] = range.bounds;
  const named = (id: string): number => (actors.get(id)?.type === 'state' ? 0 : 1);
  const actor1_id = pick(cluster.map((m) => m.actor1_id));
  const actor2_id = pick(cluster.map((m) => (actorKey(m.actor2_id, actors) === actorKey(actor1_id, actors) ? null : m.actor2_id)), named);
  const location = pick(cluster.map((m) => m.location));
  const country = cluster.find((m) => m.location === location)?.country ?? null;
  const tolls = cluster.map((m) => m.fatalities).filter((n): n is number => n !== null);
  const injuries = cluster.map((m) => m.injuries).filter((n): n is number => n !== null);
  const fatalities = tolls.length ? Math.min(...tolls) : null;
  const subtype = pick(cluster.map((m) => m.subtype), (s) => s.length / 100);
  const base = { event_type: first.event_type, subtype, actor1_id, actor2_id, location, fatalities, injuries: injuries.length ? Math.min(...injuries) : null };
  return {
    event_id, date, date_precision: range.precision, date_start, date_end, event_type: first.event_type,
    subtype, actor1_id, actor2_id, location, country,
    fatalities, fatalities_low: fatalities, fatalities_high: tolls.length ? Math.max(...tolls) : null, injuries: base.injuries,
    salience: cluster.some((m) => m.salience === 'core') ? 'core' : 'context',
    source_ids: [...new Set(cluster.map((m) => m.source_id))].sort(compareText) as Event['source_ids'],
    summary: summarise(base, actors),
  };
}

const pickOf = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** Mentions in merge order: by source_id as compareText orders it (a stable sort keeps each source's order). */
const inMergeOrder = (ms: EventMention[]): EventMention[] => [...ms].sort((a, b) => compareText(a.source_id, b.source_id));

const same = (cluster: EventMention[], actors: Map<string, Actor>) =>
  expect(JSON.stringify(mergedEvent(cluster, 'ev-x', actors)), JSON.stringify(cluster)).toBe(JSON.stringify(toEvent(cluster, 'ev-x', actors)));

const doc = (text: string, i: number): SourceDocument => ({
  sourceId: `g${i}`, file: `g${i}.txt`, format: 'text', sha256: 'x', problems: [], text, content: text,
  title: null, publisher: null, author: null, url: null, language: 'en', published: i % 2 ? { value: '2024-09-14', basis: 'sidecar' } : null, dateline: null,
});

describe('mergedEvent', () => {
  it('makes the event toEvent made, on 5,000 random clusters of the gold-set texts\' mentions', () => {
    const extractions = goldTexts().map((text, i) => extractSource(doc(text, i)));
    const actors = collectActors(extractions);
    const mentions: EventMention[] = extractions.flatMap((x, i) => x.events.filter((c) => c.date).map((c) => ({ ...c, source_id: `g${i}`, date: c.date! })));
    expect(mentions.length).toBeGreaterThan(300);
    const byType = new Map<string, EventMention[]>();
    for (const m of mentions) byType.set(m.event_type, [...(byType.get(m.event_type) ?? []), m]);
    const types = [...byType.values()];
    const next = random(5);
    for (let n = 0; n < 5_000; n++) {
      // Mostly of one type, as the merge's clusters are; a few mixed (the first mention's type is taken).
      const pool = next() < 0.9 ? pickOf(next, types) : mentions;
      const size = 1 + Math.floor(next() * (next() < 0.2 ? 40 : 6));
      same(inMergeOrder(Array.from({ length: size }, () => pickOf(next, pool))), actors);
    }
    for (const ofType of types) same(inMergeOrder(ofType), actors);
  });

  it('makes the same event on hostile clusters: ties, agents of the initiator\'s state, empty ids, astral source ids', () => {
    const actors = new Map<string, Actor>(DEFINITIONS.map((d) => [d.actor_id, d as Actor]));
    // '' is no actor (actorKey gives null for it), 'ghost' is one the table lacks, irgc is Iran's (its key is Iran's).
    const ids = [null, null, 'iran', 'pakistan', 'irgc', 'jaish-al-adl', 'bla', 'raisi', 'ghost', ''];
    const subtypes = [null, 'missile strike', 'drone strike', 'strike', 'missile and drone strike', ''];
    const places = [[null, null], ['Panjgur', 'PAK'], ['Panjgur', 'IRN'], ['Saravan', 'IRN'], ['', null]] as const;
    const tolls = [null, null, 0, 1, 2, 9, 9];
    const sources = ['a', 'b', 'B', 'é', '\u{1F600}', '\uFF5E', 'a:1', 'zz'];
    const dates = ['2024-01-16', '2024-01-17', '2024-01', '2024', '2024-01-16/2024-01-18'];
    const next = random(11);
    for (let n = 0; n < 20_000; n++) {
      const size = 1 + Math.floor(next() * 8);
      const cluster = Array.from({ length: size }, (): EventMention => {
        const [location, country] = pickOf(next, places);
        return {
          source_id: pickOf(next, sources), date: pickOf(next, dates), event_type: 'ASSAULT', subtype: pickOf(next, subtypes),
          actor1_id: pickOf(next, ids), actor2_id: pickOf(next, ids), location, country,
          fatalities: pickOf(next, tolls), injuries: pickOf(next, tolls), salience: next() < 0.7 ? 'context' : 'core',
        };
      });
      same(inMergeOrder(cluster), actors);
    }
  });
});
