// A worker thread of the extraction pool: extracts the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import type { CacheSettings } from './cache/extract-cache.js';
import { extractFile } from './extract-file.js';
import type { SourceFile } from './read/read-folder.js';

parentPort!.on('message', async ({ index, file, cache }: { index: number; file: SourceFile; cache: CacheSettings | null }) => {
  parentPort!.postMessage({ index, result: await extractFile(file, cache) });
});
