// A worker thread started before the sources are known (extract-pool.ts startEarlyWorker), which
// build.ts starts on a rerun whose raw folder changed since the last snapshot
// (cache/source-snapshot.ts folderChangedSince): the pool takes it as its first worker, and the
// results are those of a thread started by the pool; stopped, the pool starts its own.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { cacheSettings } from '../../pipeline/cache/index.js';
import { folderChangedSince, snapshotPath, SnapshotWriter } from '../../pipeline/cache/source-snapshot.js';
import { extractAll, startEarlyWorker, type EarlyWorker } from '../../pipeline/extract-pool.js';
import { bundledWorker } from '../../pipeline/extract-worker-bundle.js';
import type { FileResult } from '../../pipeline/extract-file.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { build, copyRaw, FIXTURES, readTree, tempDir, treeDifferences } from '../reruns/helpers.js';

const RAW = path.join(import.meta.dirname, '..', '..', 'raw');

/** The results of the first three seed sources, sent to a worker beside this thread (onSent). */
async function results(early?: EarlyWorker): Promise<string> {
  const files = (await listSources(RAW)).files.slice(0, 3);
  const found: FileResult[] = [];
  await extractAll(files, { workers: 2, early, onSent: () => {}, onResult: (_, result) => void found.push(result) });
  return JSON.stringify(found);
}

describe('a worker started early', () => {
  it('is the pool\'s first worker, claimed once, and gives the results of a worker the pool starts', async () => {
    const started = startEarlyWorker();
    const withEarly = await results(started);
    // The pool took it: nothing is left to claim, and stop leaves the pool's thread to the pool.
    expect(await started.claim()).toBeNull();
    started.stop();
    expect(withEarly).toBe(await results());
  }, 60_000);

  it('is ended by stop at once, not when this thread next awaits (a rerun with nothing new takes its records without awaiting)', async () => {
    await bundledWorker();
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const early = startEarlyWorker();
      await new Promise((resolve) => setTimeout(resolve, 100)); // its thread made
      early.stop();
      expect(terminate).toHaveBeenCalledTimes(1);
      expect(await early.claim()).toBeNull();
    } finally {
      terminate.mockRestore();
    }
  }, 60_000);

  it('is not claimed once stopped: the pool starts its own and gives the same results', async () => {
    const stopped = startEarlyWorker();
    stopped.stop();
    expect(await stopped.claim()).toBeNull();
    expect(await results(stopped)).toBe(await results());
  }, 60_000);
});

describe('folderChangedSince', () => {
  const setUp = async () => {
    const tmp = await tempDir('early-worker');
    const raw = path.join(tmp, 'raw');
    await fs.mkdir(raw);
    await fs.writeFile(path.join(raw, 'a.txt'), 'Pakistan and Iran signed an agreement on 3 March 2024.');
    const settings = cacheSettings(path.join(tmp, 'cache'));
    return { raw, settings };
  };
  const writeSnapshot = (settings: ReturnType<typeof cacheSettings>) => {
    const writer = new SnapshotWriter(settings);
    writer.finish();
  };
  const past = new Date(Date.now() - 60_000);
  /** Setting the folder's times sets its change time to now: the snapshot is written a clock tick of the file system's later. */
  const setBack = async (folder: string) => {
    await fs.utimes(folder, past, past);
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('is false without a snapshot (a first run starts its threads anyway)', async () => {
    const { raw, settings } = await setUp();
    expect(folderChangedSince(settings, raw)).toBe(false);
  });

  it('is false where the folder last changed before the snapshot was written, true once a file is added or removed', async () => {
    const { raw, settings } = await setUp();
    await setBack(raw);
    writeSnapshot(settings);
    await fs.access(snapshotPath(settings));
    expect(folderChangedSince(settings, raw)).toBe(false);
    await fs.writeFile(path.join(raw, 'b.txt'), 'Iran and Pakistan met on 4 March 2024.');
    expect(folderChangedSince(settings, raw)).toBe(true);

    await setBack(raw);
    writeSnapshot(settings);
    expect(folderChangedSince(settings, raw)).toBe(false);
    await fs.rm(path.join(raw, 'b.txt'));
    expect(folderChangedSince(settings, raw)).toBe(true);
  });

  it('is false for a source edited in place (only a guess: that source is extracted as before)', async () => {
    const { raw, settings } = await setUp();
    await setBack(raw);
    writeSnapshot(settings);
    await fs.appendFile(path.join(raw, 'a.txt'), ' Later talks followed.');
    expect(folderChangedSince(settings, raw)).toBe(false);
  });
});

describe('a rerun with worker threads whose folder changed', () => {
  const pastRacyWindow = () => new Promise((resolve) => setTimeout(resolve, 2_100));

  it.each(['added', 'removed'] as const)('with a source %s: the same bytes as from scratch', async (change) => {
    const tmp = await tempDir(`early-worker-${change}`);
    const raw = await copyRaw(path.join(tmp, 'raw'));
    const cache = path.join(tmp, 'cache');
    const out = path.join(tmp, 'dist');
    await pastRacyWindow();
    const first = await build(raw, out, { cache, workers: 2 });
    const previous = path.join(tmp, 'previous');
    await fs.cp(out, previous, { recursive: true });
    if (change === 'added') await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, '000-border-market.txt'));
    else await fs.rm(path.join(raw, (await fs.readdir(raw)).find((name) => name.endsWith('.txt'))!));
    expect(folderChangedSince(cacheSettings(cache), raw)).toBe(true);
    const warm = await build(raw, out, { cache, workers: 2 });
    expect(warm).toMatchObject({ extracted: change === 'added' ? 1 : 0, reused: change === 'added' ? first.sources : first.sources - 1 });
    const scratch = path.join(tmp, 'scratch');
    await build(raw, scratch, { previous });
    expect(treeDifferences(await readTree(scratch), await readTree(out))).toEqual([]);
  }, 120_000);
});
