// A worker thread of the extraction pool: extracts the files it is sent, one at a time. A source
// the pool sends was not found in the cache (the pool looked it up), so it is not looked up again.
import { parentPort } from 'node:worker_threads';
import type { CacheSettings } from './cache/extract-cache.js';
import { processFile } from './extract-file.js';
import type { SourceFile } from './read/read-folder.js';

parentPort!.on('message', async ({ index, file, cache }: { index: number; file: SourceFile; cache: CacheSettings | null }) => {
  parentPort!.postMessage({ index, outcome: await processFile(file, cache, false) });
});
