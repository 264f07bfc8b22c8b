// A worker's fixed cost as the pool pays it: one worker thread started as the pool starts one (the
// esbuild bundle, no tsx, the pool's tier-up budget), loading the extraction code, then extracting
// sources in order without a cache. Prints the process's CPU ms (V8's helper threads included: the
// optimising compiler runs beside the worker) for the load and for each block of sources, and CPU ms
// a source in each block, so that the one-time costs (first sources) and the compiler's warm-up
// (the next hundreds) show apart. Compare two checkouts by running each one's copy alternately.
//   node --expose-gc --import tsx bench/worker-start.ts DIR [--blocks 10,90,400,500] [--runs 3]
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { bundleWorkerFlags } from '../pipeline/extract-pool.js';
import { bundledExtraction } from '../pipeline/extract-worker-bundle.js';
import { listSources } from '../pipeline/read/read-folder.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { blocks: { type: 'string' }, runs: { type: 'string' } } });
if (!positionals[0]) {
  console.error('usage: node --expose-gc --import tsx bench/worker-start.ts DIR [--blocks 10,90,400,500] [--runs 3]');
  process.exit(2);
}
const blocks = (values.blocks ?? '10,90,400,500').split(',').map(Number);
const { files } = await listSources(positionals[0]);
const bundle = await bundledExtraction();
if (!bundle) throw new Error('the extraction bundle could not be built');
// As extract-pool.ts does before it starts its workers (V8's flags are the process's).
setFlagsFromString(`--interrupt-budget=${1024 * 1024}`);

// The worker's code: the bundle imported, then the files extracted block by block, a message after each.
const job = `
import { parentPort, workerData } from 'node:worker_threads';
const { extractFile } = await import(workerData.bundle);
parentPort.postMessage('loaded');
for (const block of workerData.blocks) {
  for (const file of block) {
    const result = await extractFile(file, null, false);
    if (!result.extraction) throw new Error('not extracted: ' + file.path);
  }
  parentPort.postMessage('block');
}`;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function run(): Promise<number[]> {
  const sliced: Array<typeof files> = [];
  let at = 0;
  for (const size of blocks) sliced.push(files.slice(at, (at += size)));
  const laps: number[] = [];
  let last = cpuMs();
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(job)}`), {
    execArgv: bundleWorkerFlags(process.execArgv),
    workerData: { bundle: bundle!.href, blocks: sliced },
  });
  await new Promise<void>((resolve, reject) => {
    worker.on('message', () => {
      const now = cpuMs();
      laps.push(now - last);
      last = now;
      if (laps.length === blocks.length + 1) resolve();
    });
    worker.on('error', reject);
  });
  await worker.terminate();
  return laps;
}

for (let r = 0; r < Number(values.runs ?? 3); r++) {
  const [load, ...rest] = await run();
  const perSource = rest.map((ms, i) => (ms / blocks[i]!).toFixed(1));
  console.log(JSON.stringify({ loadCpuMs: Math.round(load!), blockCpuMs: rest.map(Math.round), blocks, cpuMsPerSource: perSource }));
}
