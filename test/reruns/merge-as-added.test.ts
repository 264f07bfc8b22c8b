// A build gives the merge its sources as extraction hands them on, and the merge fits each
// source's mentions then, while the workers extract the next (events/index.ts, EventMerge). The
// result must be what a merge of all sources at once gives, byte for byte: where an actor is
// defined only by a later source, where sources come out of order or twice, and with a prior
// merge's decisions to take over.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../pipeline/generated/dataset.js';
import { EventMerge, mergeEvents, type SourceEvents } from '../../pipeline/normalize/events/index.js';
import { actors, asText, CODE, corpus, random, sourceEvents } from './merge-sources.js';

/** The definitions of the actors a source's mentions name, as its extraction lists them. */
const definitionsOf = (s: SourceEvents, table = actors): Actor[] =>
  [...new Set(s.events.flatMap((e) => [e.actor1_id, e.actor2_id]).filter((id): id is string => id !== null))].map((id) => table.get(id)!);

/** The merge given the sources one by one (each with `definitions(s)`), finished with `table`. */
function asAdded(sources: SourceEvents[], definitions: (s: SourceEvents, i: number) => Actor[], table = actors, prior: Parameters<EventMerge['finish']>[2] = null) {
  const merge = new EventMerge(true);
  sources.forEach((s, i) => merge.add(s, definitions(s, i)));
  expect(merge.holds(sources)).toBe(true);
  return { merged: merge.finish(table, null, prior), merge };
}

describe('the merge fitted as sources are added equals the merge of all at once', () => {
  const base = corpus(3, 400);

  it('sources in order, each defining the actors it names: the fitting as added is kept', () => {
    const { merged, merge } = asAdded(base, (s) => definitionsOf(s));
    expect(merge.fittedAtFinish).toBe(false);
    expect(merged.events.length).toBeGreaterThan(50);
    expect(asText(merged)).toBe(asText(mergeEvents(base, actors)));
  });

  it('an actor first defined by a later source than one that names it: fitted again at the end, the same result', () => {
    const late = 'bla';
    const namedAt = base.findIndex((s) => s.events.some((e) => e.date && (e.actor1_id === late || e.actor2_id === late)));
    expect(namedAt).toBeGreaterThanOrEqual(0);
    const { merged, merge } = asAdded(base, (s, i) => definitionsOf(s).filter((d) => d.actor_id !== late || i > namedAt + 5));
    expect(merge.fittedAtFinish).toBe(true);
    expect(asText(merged)).toBe(asText(mergeEvents(base, actors)));
  });

  it('an actor whose definition differs from the table\'s (type or country): fitted again', () => {
    const moved = new Map(actors);
    moved.set('bla', { ...actors.get('bla')!, country: 'IRN' });
    const { merged, merge } = asAdded(base, (s) => definitionsOf(s), moved);
    expect(merge.fittedAtFinish).toBe(true);
    expect(asText(merged)).toBe(asText(mergeEvents(base, moved)));
  });

  it('an actor no source defines: the fitting as added is kept, as the table does not know it either', () => {
    const unknown = base.map((s, i) => (i % 50 === 7 ? { ...s, events: s.events.map((e) => ({ ...e, actor2_id: 'unheard-of' })) } : s));
    const { merged, merge } = asAdded(unknown, (s) => definitionsOf(s).filter(Boolean));
    expect(merge.fittedAtFinish).toBe(false);
    expect(asText(merged)).toBe(asText(mergeEvents(unknown, actors)));
  });

  it('a source given twice in a row: one run of mentions, as the merge of all at once', () => {
    const twice = [...base.slice(0, 100), { ...base[99]!, events: sourceEvents(base[99]!.source_id, random(9), 4).events }, ...base.slice(100)];
    const { merged } = asAdded(twice, (s) => definitionsOf(s));
    expect(asText(merged)).toBe(asText(mergeEvents(twice, actors)));
  });

  it('sources out of order: it does not hold them in merge order, so that a merge of all at once is made', () => {
    const merge = new EventMerge(true);
    const shuffled = [...base.slice(200), ...base.slice(0, 200)];
    for (const s of shuffled) merge.add(s, definitionsOf(s));
    expect(merge.holds(base)).toBe(false);
    expect(merge.holds(shuffled)).toBe(true); // in the order given, which is not merge order: normalize asks for base's
  });

  it('with a prior merge\'s decisions to take over: they are taken, the same result as from scratch', () => {
    const first = mergeEvents(base.slice(0, 300), actors, null, { codeVersion: CODE, state: null });
    const prior = { codeVersion: CODE, state: JSON.parse(JSON.stringify(first.state)) };
    const { merged, merge } = asAdded(base, (s) => definitionsOf(s), actors, prior);
    expect(merge.fittedAtFinish).toBe(true);
    expect(merged.replayed).toBeGreaterThan(0);
    expect(asText(merged)).toBe(asText(mergeEvents(base, actors, null, { codeVersion: CODE, state: null })));
  });
});
