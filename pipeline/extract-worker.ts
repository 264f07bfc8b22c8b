// A worker thread of the extraction pool: extracts the files it is sent, one at a time, in the
// order they came. The pool sends a source or two ahead (extract-feed.ts), so that the next one
// is here when a result is posted; they wait in `queue`, and never run interleaved (each
// source's time limit counts from when it starts). A source the pool sends was not found in the
// cache (the pool looked it up), so it is not looked up again.
import { parentPort } from 'node:worker_threads';
import type { CacheSettings } from './cache/extract-cache.js';
import { processFile } from './extract-file.js';
import type { SourceFile } from './read/read-folder.js';

type Job = { index: number; file: SourceFile; cache: CacheSettings | null };

const queue: Job[] = [];
let working = false;

async function work(): Promise<void> {
  working = true;
  for (let job = queue.shift(); job; job = queue.shift()) {
    parentPort!.postMessage({ index: job.index, outcome: await processFile(job.file, job.cache, false) });
  }
  working = false;
}

parentPort!.on('message', (job: Job) => {
  queue.push(job);
  if (!working) void work();
});
