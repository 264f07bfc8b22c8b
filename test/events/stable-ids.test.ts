// Event ids survive a new source that reports the same happenings and sorts before every other
// source: ids are carried over from the previous release, not taken from the earliest mention.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignEventIds, type ClusterRows } from '../../pipeline/normalize/events/ids.js';
import { build, copyRaw, readJson, SEED_RAW, tempDir } from '../reruns/helpers.js';

type Row = Record<string, any>;

describe('event ids when an earlier-sorting source reports the same events', () => {
  let before: Row[] = [];
  let after: Row[] = [];
  let afterEvidence: Row[] = [];
  let fresh: Row[] = [];
  let figures: Row[] = [];

  beforeAll(async () => {
    const tmp = await tempDir('event-ids');
    const raw = await copyRaw(path.join(tmp, 'raw'));
    await build(raw, path.join(tmp, 'before'));
    // The same article under a name that sorts first: every event it states already exists.
    await fs.copyFile(path.join(SEED_RAW, '001_a80fd24fcaed2463.txt'), path.join(raw, '0000-early.txt'));
    await fs.copyFile(path.join(SEED_RAW, '001_a80fd24fcaed2463.meta.json'), path.join(raw, '0000-early.meta.json'));
    await build(raw, path.join(tmp, 'after'), { previous: path.join(tmp, 'before') });
    await build(raw, path.join(tmp, 'fresh'));
    before = await readJson(path.join(tmp, 'before', 'json', 'events.json'));
    after = await readJson(path.join(tmp, 'after', 'json', 'events.json'));
    afterEvidence = await readJson(path.join(tmp, 'after', 'json', 'evidence.json'));
    fresh = await readJson(path.join(tmp, 'fresh', 'json', 'events.json'));
    figures = await readJson(path.join(tmp, 'before', 'json', 'figures.json'));
  }, 120_000);

  it('the new source joins existing events', () => {
    expect(afterEvidence.filter((e) => e.source_id === '0000-early').length).toBeGreaterThan(5);
  });

  it('keeps every event id', () => {
    const ids = new Set(after.map((e) => e.event_id));
    expect(before.length).toBeGreaterThan(10);
    for (const e of before) expect(ids.has(e.event_id), `${e.event_id} ${e.event_type} ${e.summary}`).toBe(true);
  });

  it('links every casualty figure an event took its toll from, even from a later sentence', () => {
    const withToll = before.filter((e) => e.fatalities !== null);
    expect(withToll.length).toBeGreaterThan(2);
    for (const e of withToll) {
      const linked = figures.filter((f) => f.event_id === e.event_id && f.kind === 'fatalities').map((f) => f.value);
      expect(linked, `${e.summary}`).toContain(e.fatalities);
    }
  });

  it('without a previous release, ids would have moved (the test can fail)', () => {
    const ids = new Set(fresh.map((e) => e.event_id));
    expect(before.filter((e) => !ids.has(e.event_id)).length).toBeGreaterThan(0);
  });
});

const cluster = (firstKey: string, event_type: string, rows: Array<[string, number]>): ClusterRows =>
  ({ firstKey, event_type, rows: rows.map(([source_id, start]) => ({ source_id, sentence: { start } })) });

describe('assignEventIds', () => {
  const previous = {
    events: [{ event_id: 'ev-a', event_type: 'ASSAULT' }, { event_id: 'ev-b', event_type: 'ASSAULT' }, { event_id: 'ev-c', event_type: 'ACCUSE' }],
    evidence: [
      { event_id: 'ev-a', source_id: 's1', char_start: 0 }, { event_id: 'ev-b', source_id: 's1', char_start: 100 },
      { event_id: 'ev-b', source_id: 's2', char_start: 5 }, { event_id: 'ev-c', source_id: 's1', char_start: 0 },
    ],
  };

  it('keeps the id of the previous event sharing most evidence, by event type', () => {
    const ids = assignEventIds([cluster('k1', 'ASSAULT', [['s1', 0], ['s1', 100], ['s2', 5]]), cluster('k2', 'ACCUSE', [['s1', 0]])], previous);
    expect(ids).toEqual(['ev-b', 'ev-c']);
  });

  it('gives each previous id to one event; the other gets a new hash id', () => {
    const ids = assignEventIds([cluster('k1', 'ASSAULT', [['s1', 0]]), cluster('k2', 'ASSAULT', [['s1', 0], ['s0', 9]])], previous);
    expect(ids[0]).toBe('ev-a');
    expect(ids[1]).toMatch(/^ev-[0-9a-f]{12}$/);
  });

  it('between events of one type told in the same sentences, gives each back the id of the event it was', () => {
    // ev-a sorts first, but was the event from Iran; a rebuild with its own release as the previous must keep both ids.
    const before = {
      events: [
        { event_id: 'ev-a', event_type: 'ASSAULT', actor1_id: 'iran', actor2_id: 'pakistan', date: '2024-01-16' },
        { event_id: 'ev-b', event_type: 'ASSAULT', actor1_id: 'pakistan', actor2_id: null, date: '2024-01-16' },
      ],
      evidence: [{ event_id: 'ev-a', source_id: 's1', char_start: 0 }, { event_id: 'ev-b', source_id: 's1', char_start: 0 }],
    };
    const told = (actor1_id: string, actor2_id: string | null): ClusterRows =>
      ({ ...cluster(`k-${actor1_id}`, 'ASSAULT', [['s1', 0]]), identity: { actor1_id, actor2_id, date: '2024-01-16' } });
    expect(assignEventIds([told('pakistan', null), told('iran', 'pakistan')], before)).toEqual(['ev-b', 'ev-a']);
    expect(assignEventIds([told('iran', 'pakistan'), told('pakistan', null)], before)).toEqual(['ev-a', 'ev-b']);
  });

  it('is deterministic and hashes the first key without a previous release', () => {
    const clusters = [cluster('k1', 'ASSAULT', [['s1', 0]]), cluster('k2', 'AGREE', [['s3', 0]])];
    const once = assignEventIds(clusters, null);
    expect(assignEventIds(clusters, null)).toEqual(once);
    expect(new Set(once).size).toBe(2);
    expect(assignEventIds(clusters, previous)[1]).toBe(once[1]);
  });
});
