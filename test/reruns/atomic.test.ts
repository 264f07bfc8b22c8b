// A run killed at any moment (SIGKILL, no chance to clean up) leaves the previous release intact,
// and the next run succeeds.
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, copyRaw, readTree, runPipeline, seedFiles, SEED_RAW, spawnPipeline, tempDir, treeDifferences } from './helpers.js';

/** Copies of the seeds under new ids make a raw/ large enough to be killed mid-run. */
const COPIES = 4;

type Moment = { name: string; cache: 'cold' | 'warm'; when: (out: string, started: number, coldCache: string) => boolean };
const MOMENTS: Moment[] = [
  { name: 'while starting', cache: 'cold', when: (_, t) => performance.now() - t > 300 },
  // The first cache entry written tells that extraction is under way.
  { name: 'while extracting', cache: 'cold', when: (_, __, cold) => existsSync(cold) },
  // With the cache warm, runs reach the writing of the release quickly.
  { name: 'as the new release starts being written', cache: 'warm', when: (out) => existsSync(`${out}.partial`) },
  { name: 'halfway through writing', cache: 'warm', when: (out) => existsSync(`${out}.partial/npm`) },
  { name: 'while swapping', cache: 'warm', when: (out) => existsSync(`${out}.previous`) || existsSync(`${out}.partial/site/index.html`) },
];

describe('a run killed mid-run', () => {
  let tmp: string;
  let raw: string;
  let out: string;
  let previous: Map<string, Buffer>;
  let next: Map<string, Buffer>;
  let warmCache: string;

  beforeAll(async () => {
    tmp = await tempDir('atomic');
    out = path.join(tmp, 'dist');
    await build(await copyRaw(path.join(tmp, 'seeds')), out);
    previous = await readTree(out);
    raw = path.join(tmp, 'raw');
    await copyRaw(raw);
    for (let copy = 1; copy < COPIES; copy++) {
      for (const name of await seedFiles()) await fs.copyFile(path.join(SEED_RAW, name), path.join(raw, `copy${copy}-${name}`));
    }
    // What a complete run over the large raw/ gives, from the same previous release.
    const reference = path.join(tmp, 'reference');
    await fs.cp(out, reference, { recursive: true });
    warmCache = path.join(tmp, 'cache');
    await build(raw, reference, { cache: warmCache });
    next = await readTree(reference);
    expect(treeDifferences(previous, next).length).toBeGreaterThan(0);
  });

  it.each(MOMENTS.map((m) => [m.name, m] as const))('%s leaves the previous release intact', async (_, moment) => {
    const coldCache = path.join(tmp, `cold-cache-${MOMENTS.indexOf(moment)}`);
    const cache = moment.cache === 'warm' ? warmCache : coldCache;
    const child = spawnPipeline(['--raw', raw, '--out', out, '--workers', '1', '--cache', cache, '--quiet']);
    const started = performance.now();
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let finished = false;
    void exited.then(() => (finished = true));
    while (!finished && !moment.when(out, started, coldCache)) await new Promise((r) => setTimeout(r, 1));
    if (moment.name !== 'while swapping') expect(finished, 'the run ended before the moment came').toBe(false);
    child.kill('SIGKILL');
    await exited;

    if (existsSync(out)) {
      // Either the old release, or (killed after the swap) the whole new one; never a mix.
      const now = await readTree(out);
      const same = treeDifferences(previous, now).length === 0 || treeDifferences(next, now).length === 0;
      expect(same, `${out} is neither the previous release nor the next one`).toBe(true);
    } else {
      // Killed between the two renames of the swap: the old release waits whole beside it.
      expect(treeDifferences(previous, await readTree(`${out}.previous`))).toEqual([]);
    }
  });

  it('the next run succeeds and gives what an uninterrupted run gives', async () => {
    await runPipeline(['--raw', raw, '--out', out, '--workers', '1', '--cache', warmCache, '--quiet']);
    expect(treeDifferences(next, await readTree(out))).toEqual([]);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.previous`)).toBe(false);
  });
});
