// A merge that takes over the decisions of the last run's (events/merge-state.ts) must give what a
// merge of every mention from scratch gives, byte for byte, whatever was added, changed or removed:
// checked on generated sets of sources whose mentions share types, months, years and decades.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeEvents, type PriorMerge, type SourceEvents } from '../../pipeline/normalize/events/index.js';
import { actors, asText, CODE, corpus, random, sourceEvents, withDigest } from './merge-sources.js';
import { build, copyRaw, FIXTURES, readTree, tempDir, treeDifferences } from './helpers.js';

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
