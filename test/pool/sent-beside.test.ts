// extractAll's onSent: where the caller has other work for the main thread, even a few sources go
// to a worker, and onSent tells it when they are on their way (build.ts takes the snapshot's
// records meanwhile). Results still come in the order of the files, the same as the main thread's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../pipeline/extract-pool.js';
import type { FileResult } from '../../pipeline/extract-file.js';
import { listSources } from '../../pipeline/read/read-folder.js';

const RAW = path.join(import.meta.dirname, '..', '..', 'raw');

/** What happened, in order: 'sent', and the index of each result; and the results. */
async function run(workers: number, count: number) {
  const files = (await listSources(RAW)).files.slice(0, count);
  const events: Array<'sent' | number> = [];
  const results: FileResult[] = [];
  await extractAll(files, { workers, onSent: () => events.push('sent'), onResult: (i, result) => { events.push(i); results.push(result); } });
  return { events, results: JSON.stringify(results) };
}

describe('extractAll with onSent', () => {
  it('sends a few sources to a worker and says so before their results arrive, in order, as the main thread would give them', async () => {
    const inMain = await run(1, 3);
    // One thread allowed: the main thread extracts them, and onSent comes at the end.
    expect(inMain.events).toEqual([0, 1, 2, 'sent']);
    const beside = await run(2, 3);
    expect(beside.events).toEqual(['sent', 0, 1, 2]);
    expect(beside.results).toBe(inMain.results);
  }, 60_000);
});
