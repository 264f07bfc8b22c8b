// A merge that takes over the decisions of the last run's (events/merge-state.ts) must give what a
// merge of every mention from scratch gives, byte for byte, whatever was added, changed or removed:
// checked on generated sets of sources whose mentions share types, months, years and decades.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../pipeline/generated/dataset.js';
import type { EventCandidate, Quoted } from '../../pipeline/model.js';
import type { BySourceOffset } from '../../pipeline/normalize/events/by-source-offset.js';
import { mergeEvents, type MergedEvents, type PriorMerge, type SourceEvents } from '../../pipeline/normalize/events/index.js';
import { DEFINITIONS } from '../events/helpers.js';
import { build, copyRaw, FIXTURES, readTree, tempDir, treeDifferences } from './helpers.js';

const actors = new Map<string, Actor>(DEFINITIONS.map((d) => [d.actor_id, d]));

/** A fixed pseudo-random sequence (mulberry32), so every run of the test sees the same sources. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: EventCandidate['event_type'][] = ['CONSULT', 'ASSAULT', 'ACCUSE', 'AGREE', 'COOPERATE'];
const ACTORS = ['iran', 'pakistan', 'irgc', 'jaish-al-adl', 'bla', 'raisi', 'sharif', 'araghchi', 'dar', null];
/** Days a day apart, months, years and one decade: groups that link through months and through wide dates. */
const DATES = ['2024-01-16', '2024-01-17', '2024-01-18', '2024-02-03', '2024-03-30', '2024-03-31', '2024-04-01', '2024-01', '2024-03',
  '2023-12-31', '2024-06-10', '2025-08-09', '2025-08', '2025', '2023-05-05', null];

/** `count` mentions of one source, drawn from `next`; the decade only where `wide`. */
function sourceEvents(source_id: string, next: () => number, count: number, wide = false): SourceEvents {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const events: Quoted<EventCandidate>[] = [];
  for (let i = 0; i < count; i++) {
    const start = 200 * i + Math.floor(next() * 100);
    const event_type = wide && i === 0 ? 'COOPERATE' : pick(TYPES);
    events.push({
      sentence: { start, end: start + 80 }, trigger: { start: start + 4, end: start + 9 }, rule: 'test', event_type, subtype: null,
      actor1_id: pick(ACTORS), actor2_id: pick(ACTORS), mutual: next() < 0.1, date: wide && i === 0 ? '202X' : pick(DATES),
      location: null, country: next() < 0.3 ? pick(['IRN', 'PAK']) : null, fatalities: next() < 0.2 ? Math.floor(next() * 9) : null,
      injuries: null, salience: next() < 0.5 ? 'core' : 'context', quote: `${source_id} sentence ${i}`,
    });
  }
  return { source_id, events };
}

/** A set of sources with digests that change whenever their events do. */
function corpus(seed: number, count: number): SourceEvents[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => withDigest(sourceEvents(`s-${String(i * 10).padStart(5, '0')}`, next, 2 + Math.floor(next() * 8))));
}

const withDigest = (s: SourceEvents): SourceEvents => ({ ...s, digest: `d:${JSON.stringify(s.events).length}:${s.events.map((e) => `${e.date}${e.event_type}${e.actor1_id}${e.actor2_id}${e.sentence.start}`).join()}` });

const CODE = 'test-code-version';

/** The entries of a map by source and offset, as [source, [[offset, value], …]]. */
const entries = <T>(index: BySourceOffset<T>) => [...index].map(([source, offsets]) => [source, [...offsets]]);

/** All that a merge returns, as text: equal texts, equal tables and equal state for the next run. */
function asText(m: MergedEvents): string {
  return JSON.stringify({ events: m.events, evidence: m.evidence, undated: m.undated, bySentence: entries(m.eventsBySentence), byFigure: entries(m.eventsByFigure), state: m.state });
}

/** Merges `now` taking over from the merge of `before`, and from scratch; returns both and how many mentions were taken over. */
function rerun(before: SourceEvents[], now: SourceEvents[], prior?: PriorMerge) {
  const first = mergeEvents(before, actors, null, { codeVersion: CODE, state: null });
  const previous = { events: first.events, evidence: first.evidence };
  const incremental = mergeEvents(now, actors, previous, prior ?? { codeVersion: CODE, state: JSON.parse(JSON.stringify(first.state)) });
  const scratch = mergeEvents(now, actors, previous, { codeVersion: CODE, state: null });
  return { incremental: asText(incremental), scratch: asText(scratch), replayed: incremental.replayed, merged: scratch.events.length };
}

describe('a merge that takes over the last run\'s decisions equals one from scratch', () => {
  const base = corpus(1, 300);
  const extra = (id: string, seed: number, wide = false) => withDigest(sourceEvents(id, random(seed), 8, wide));

  it('after adding a source that sorts last: every earlier mention is taken over', () => {
    const { incremental, scratch, replayed, merged } = rerun(base, [...base, extra('zz-new', 7)]);
    expect(merged).toBeGreaterThan(50);
    expect(incremental).toBe(scratch);
    expect(replayed).toBe(base.reduce((n, s) => n + s.events.filter((e) => e.date).length, 0));
  });

  it.each([
    ['first', '0-new'],
    ['in the middle', 's-01505'],
  ])('after adding a source that sorts %s', (_where, id) => {
    const { incremental, scratch, replayed } = rerun(base, [...base, extra(id, 11)]);
    expect(incremental).toBe(scratch);
    expect(replayed).toBeGreaterThan(0); // groups the new source's mentions do not reach
  });

  it('after adding several sources, changing two and removing three', () => {
    const now = base.filter((_, i) => ![3, 150, 299].includes(i)).map((s, i) => (i === 40 || i === 200 ? withDigest(sourceEvents(s.source_id, random(100 + i), 5)) : s));
    const { incremental, scratch } = rerun(base, [...now, extra('s-00001', 21), extra('s-01234', 22), extra('zz-last', 23)]);
    expect(incremental).toBe(scratch);
  });

  it('after removing the one source whose year-wide date linked groups of many months', () => {
    const next = random(5);
    const linker = withDigest({ source_id: 's-00005', events: [{ ...sourceEvents('s-00005', next, 1).events[0]!, event_type: 'CONSULT', date: '2024' }] });
    const before = [...base, linker];
    const { incremental, scratch } = rerun(before, base);
    expect(incremental).toBe(scratch);
    const back = rerun(base, before);
    expect(back.incremental).toBe(back.scratch);
  });

  it('when a decade-wide mention joins or leaves a type (held to every happening of its type)', () => {
    const added = rerun(base, [...base, extra('s-02000', 31, true)]);
    expect(added.incremental).toBe(added.scratch);
    const removed = rerun([...base, extra('s-02000', 31, true)], base);
    expect(removed.incremental).toBe(removed.scratch);
  });

  it('after an actor\'s country changes: mentions naming it are fitted afresh, as a change in their group', () => {
    const first = mergeEvents(base, actors, null, { codeVersion: CODE, state: null });
    const moved = new Map(actors);
    moved.set('bla', { ...actors.get('bla')!, country: 'IRN' }); // now an agent of Iran's
    const again = mergeEvents(base, moved, null, { codeVersion: CODE, state: first.state });
    const scratch = mergeEvents(base, moved, null, { codeVersion: CODE, state: null });
    expect(asText(again)).toBe(asText(scratch));
    expect(asText(scratch)).not.toBe(asText(first));
    expect(again.replayed).toBeGreaterThan(0);
    expect(again.replayed).toBeLessThan(first.state!.types.length);
  });

  it('under another code version, or from a damaged state: nothing is taken over', () => {
    const first = mergeEvents(base, actors, null, { codeVersion: CODE, state: null });
    const now = [...base, extra('zz-new', 7)];
    const scratch = asText(mergeEvents(now, actors, null, { codeVersion: CODE, state: null }));
    const other = mergeEvents(now, actors, null, { codeVersion: 'another', state: first.state });
    expect(other.replayed).toBe(0);
    expect(asText(other).replace(/"version":"another"/, `"version":"${CODE}"`)).toBe(scratch);
    const damaged = JSON.parse(JSON.stringify(first.state));
    damaged.clusters[10] = damaged.clusters.length + 5; // a cluster number never created
    const fromDamaged = mergeEvents(now, actors, null, { codeVersion: CODE, state: damaged });
    expect(fromDamaged.replayed).toBe(0);
    expect(asText(fromDamaged)).toBe(scratch);
  });

  it('never takes over a source whose digest is unknown', () => {
    const before = base.map((s) => ({ ...s, digest: null }));
    const { incremental, scratch, replayed } = rerun(before, before);
    expect(incremental).toBe(scratch);
    expect(replayed).toBe(0);
  });

  it.each([2, 3, 4])('on generated sets (seed %i) with random additions, changes and removals', (seed) => {
    const next = random(seed * 97);
    const before = corpus(seed, 200);
    const now = before.filter(() => next() > 0.03).map((s) => (next() < 0.03 ? withDigest(sourceEvents(s.source_id, next, 6)) : s));
    for (let i = 0; i < 4; i++) now.push(extra(`s-${String(Math.floor(next() * 2000)).padStart(5, '0')}x`, seed * 10 + i, next() < 0.25));
    const { incremental, scratch } = rerun(before, now);
    expect(incremental).toBe(scratch);
  });
});

describe('the merge state in a build\'s cache', () => {
  it('is taken over on a rerun, and a damaged one is ignored: the same bytes either way', async () => {
    const tmp = await tempDir('merge-state');
    const raw = await copyRaw(path.join(tmp, 'raw'));
    const cache = path.join(tmp, 'cache');
    const previous = path.join(tmp, 'previous');
    await build(raw, previous, { cache });
    await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, 'zz-border-market.txt'));
    const scratch = path.join(tmp, 'scratch');
    await build(raw, scratch, { previous });

    const warm = path.join(tmp, 'warm');
    await fs.cp(previous, warm, { recursive: true });
    const summary = await build(raw, warm, { cache });
    expect(summary.replayed).toBeGreaterThan(0);
    expect(treeDifferences(await readTree(scratch), await readTree(warm))).toEqual([]);

    const [state] = (await fs.readdir(cache, { recursive: true })).filter((n) => n.endsWith('.merge'));
    const file = path.join(cache, state!);
    const bytes = await fs.readFile(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 1, bytes.length - 20); // one bit of its value: it no longer matches its hash
    await fs.writeFile(file, bytes);
    const damaged = path.join(tmp, 'damaged');
    await fs.cp(previous, damaged, { recursive: true });
    expect((await build(raw, damaged, { cache })).replayed).toBe(0);
    expect(treeDifferences(await readTree(scratch), await readTree(damaged))).toEqual([]);
  });
});
