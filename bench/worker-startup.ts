// Start-up cost of one extraction worker thread: from `new Worker` to the result of its first,
// smallest job (tsx registration, module loading and lexicon building included), against the
// same job in the main thread, where everything is loaded already.
//   tsx bench/worker-startup.ts [--runs 3]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { extractFile } from '../pipeline/extract-file.js';
import { listSources } from '../pipeline/read/read-folder.js';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const project = path.resolve(import.meta.dirname, '..');
const { files } = await listSources(path.join(project, 'raw'));
const file = files[0]!;

async function workerFirstResult(): Promise<number> {
  const started = performance.now();
  const worker = new Worker(new URL('../pipeline/extract-worker.mjs', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage({ index: 0, file, cache: null });
  });
  const ms = performance.now() - started;
  await worker.terminate();
  return ms;
}

await extractFile(file); // warm the main thread
const t = performance.now();
await extractFile(file);
const warmMs = performance.now() - t;
const runs = Number(values.runs ?? 3);
const starts: number[] = [];
for (let i = 0; i < runs; i++) starts.push(await workerFirstResult());
console.log(JSON.stringify({ warmJobMs: Math.round(warmMs), workerFirstResultMs: starts.map(Math.round), startupMs: Math.round(Math.min(...starts) - warmMs) }));
