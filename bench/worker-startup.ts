// Start-up cost of one extraction worker thread: from `new Worker` to the result of its first,
// smallest job (tsx registration, module loading and lexicon building included), against the
// same job in the main thread, where everything is loaded already. Measures both ways the pool
// can start a worker: through tsx (extract-worker.mjs) and as the esbuild bundle it uses
// (extract-worker-bundle.ts), and checks that both give the main thread's result.
//   tsx bench/worker-startup.ts [--runs 3]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { isDeepStrictEqual } from 'node:util';
import { extractFile, type Outcome } from '../pipeline/extract-file.js';
import { bundledWorker } from '../pipeline/extract-worker-bundle.js';
import { listSources } from '../pipeline/read/read-folder.js';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const project = path.resolve(import.meta.dirname, '..');
const { files } = await listSources(path.join(project, 'raw'));
const file = files[0]!;

let sameResult = true;
async function workerFirstResult(entry: URL): Promise<number> {
  const started = performance.now();
  const worker = new Worker(entry);
  await new Promise<void>((resolve, reject) => {
    // Without a cache a worker sends its result itself (with one, the text of the entry it wrote).
    worker.once('message', ({ outcome }: { outcome: Outcome }) => {
      sameResult &&= 'result' in outcome && isDeepStrictEqual(outcome.result, expected);
      resolve();
    });
    worker.once('error', reject);
    worker.postMessage({ index: 0, file, cache: null });
  });
  const ms = performance.now() - started;
  await worker.terminate();
  return ms;
}

const expected = await extractFile(file); // also warms the main thread
const t = performance.now();
await extractFile(file);
const warmMs = performance.now() - t;
const runs = Number(values.runs ?? 3);
const bundleStarted = performance.now();
const bundle = await bundledWorker();
const bundleMs = performance.now() - bundleStarted;
if (!bundle) throw new Error('the worker bundle could not be built');
const measure = async (entry: URL) => {
  const starts: number[] = [];
  for (let i = 0; i < runs; i++) starts.push(await workerFirstResult(entry));
  return { firstResultMs: starts.map(Math.round), startupMs: Math.round(Math.min(...starts) - warmMs) };
};
const viaTsx = await measure(new URL('../pipeline/extract-worker.mjs', import.meta.url));
const bundled = await measure(bundle);
console.log(JSON.stringify({ warmJobMs: Math.round(warmMs), tsx: viaTsx, bundle: { buildMs: Math.round(bundleMs), ...bundled }, sameResult }));
