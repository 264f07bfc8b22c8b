// A worker thread of the extraction pool: extracts the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file.js';
import type { SourceFile } from './read/read-folder.js';

parentPort!.on('message', async ({ index, file }: { index: number; file: SourceFile }) => {
  parentPort!.postMessage({ index, result: await extractFile(file) });
});
