// A rerun takes each unchanged source's extraction and mention rows from the cache, but what
// depends on other sources (the event merge, event ids, figures' event links, the actors table)
// is recomputed over all of them: a source added, changed or removed can change events that
// other sources reported. Each rerun must write exactly what a build without any cache writes.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, copyRaw, FIXTURES, readJson, readTree, tempDir, treeDifferences } from './helpers.js';

/** The article added: written for this test, it reports Pakistan's strikes of 18 January 2024 that the seeds report too. */
const ADDED = 'zz-retaliation';

interface EventChange { id: string; fields: Array<{ field: string; from: unknown; to: unknown }> }

describe('a rerun recomputes the events other sources share', () => {
  let tmp: string;
  let raw: string;
  let cache: string;
  let out: string;
  let step = 0;

  /** Reruns into out with the cache, builds from scratch (no cache, the same previous release) beside it. */
  async function rerun() {
    step++;
    const previous = path.join(tmp, `previous-${step}`);
    await fs.cp(out, previous, { recursive: true });
    const warm = await build(raw, out, { cache });
    const scratch = path.join(tmp, `scratch-${step}`);
    await build(raw, scratch, { previous, cache: null });
    const changes = await readJson<{ tables: { events: { added: string[]; removed: string[]; changed: EventChange[] } } }>(path.join(out, 'changes.json'));
    return { warm, differences: treeDifferences(await readTree(scratch), await readTree(out)), events: changes.tables.events };
  }

  const sourceIdsChange = (events: { changed: EventChange[] }) =>
    events.changed.flatMap((c) => c.fields.filter((f) => f.field === 'source_ids').map((f) => ({ id: c.id, from: f.from as string[], to: f.to as string[] })));

  let joined: string;

  beforeAll(async () => {
    tmp = await tempDir('merged');
    raw = await copyRaw(path.join(tmp, 'raw'));
    cache = path.join(tmp, 'cache');
    out = path.join(tmp, 'dist');
    await build(raw, out, { cache });
  });

  it('adding a source that reports a known happening joins its event, as a build from scratch does', async () => {
    await fs.copyFile(path.join(FIXTURES, 'retaliation.txt'), path.join(raw, `${ADDED}.txt`));
    const { warm, differences, events } = await rerun();
    expect(warm).toMatchObject({ extracted: 1, reused: warm.sources - 1 });
    expect(differences).toEqual([]);
    // An event the cached sources stated now has the new source among its sources.
    const grown = sourceIdsChange(events).filter((c) => !c.from.includes(ADDED) && c.to.includes(ADDED));
    expect(grown.length).toBeGreaterThan(0);
    expect(grown[0]!.from.length).toBeGreaterThan(0);
    joined = grown[0]!.id;
  });

  it('changing it so it no longer reports the happening takes it out of that event again', async () => {
    await fs.writeFile(path.join(raw, `${ADDED}.txt`), 'Pakistan and Iran talk trade\n\nTEHRAN, 3 March 2024 - The commerce ministers of Iran and Pakistan met in Tehran on 2 March 2024 to discuss barter trade.\n');
    const { warm, differences, events } = await rerun();
    expect(warm).toMatchObject({ extracted: 1, reused: warm.sources - 1 });
    expect(differences).toEqual([]);
    const shrunk = sourceIdsChange(events).find((c) => c.id === joined);
    expect(shrunk?.from).toContain(ADDED);
    expect(shrunk?.to).not.toContain(ADDED);
  });

  it('removing it gives what a build without it gives', async () => {
    await fs.rm(path.join(raw, `${ADDED}.txt`));
    const { warm, differences, events } = await rerun();
    expect(warm).toMatchObject({ extracted: 0 });
    expect(differences).toEqual([]);
    expect(events.removed.length + events.changed.length).toBeGreaterThan(0);
  });
});
