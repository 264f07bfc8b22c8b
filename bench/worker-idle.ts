// How much of their lives the pool's extraction workers spend idle: each worker thread's event
// loop utilization (node's worker.performance.eventLoopUtilization(): idle is the time its loop
// waited, for a message from the main thread or for its file reads and writes) taken just before
// the pool ends it, summed over the workers, with the run's time and CPU, and how long before the
// last worker the first one ended (the end of extraction where one core had no source left). Runs extraction alone
// (extractAll, as run-build.ts --extract-only) or the whole build (--build), into a fresh cache.
// Compare two checkouts by running each one's copy alternately.
//   node --expose-gc --max-semi-space-size=64 --import tsx bench/worker-idle.ts --raw DIR --cache FRESH [--out DIR --build] [--workers N]
import { parseArgs } from 'node:util';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';

const { values } = parseArgs({ options: { raw: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, build: { type: 'boolean' }, workers: { type: 'string' } } });
if (!values.raw || !values.cache || (values.build && !values.out)) {
  console.error('usage: bench/worker-idle.ts --raw DIR --cache FRESH [--out DIR --build] [--workers N]');
  process.exit(2);
}

// Every Worker the pool starts, with its loop's utilization when it is ended (after it ends, its
// figures are gone). The pool imports Worker from node:worker_threads; syncBuiltinESMExports makes
// that import see this subclass.
type Utilization = { idle: number; active: number; at: number };
const ended: Utilization[] = [];
const Original = workerThreads.Worker;
class Observed extends Original {
  override terminate(): Promise<number> {
    const { idle, active } = this.performance.eventLoopUtilization();
    ended.push({ idle, active, at: performance.now() });
    return super.terminate();
  }
}
(workerThreads as { Worker: typeof Original }).Worker = Observed;
syncBuiltinESMExports();

const { extractAll } = await import('../pipeline/extract-pool.js');
const { buildDataset } = await import('../pipeline/build.js');
const { cacheSettings } = await import('../pipeline/cache/index.js');
const { listSources } = await import('../pipeline/read/read-folder.js');

const workers = values.workers ? Number(values.workers) : undefined;
const started = performance.now();
if (values.build) {
  await buildDataset({ raw: values.raw, out: values.out!, workers, cache: values.cache });
} else {
  const { files } = await listSources(values.raw);
  await extractAll(files, { workers, cache: cacheSettings(values.cache), onResult: () => {} });
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
const idle = ended.reduce((sum, u) => sum + u.idle, 0) / 1000;
const active = ended.reduce((sum, u) => sum + u.active, 0) / 1000;
console.log(JSON.stringify({
  seconds: +seconds.toFixed(2),
  cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
  workers: ended.length,
  workerIdleSeconds: +idle.toFixed(2),
  workerActiveSeconds: +active.toFixed(2),
  workerIdleShare: +(idle / (idle + active)).toFixed(4),
  // From the first worker's end to the last's: the end of extraction where a core had no source left.
  workersEndSpreadSeconds: +((Math.max(...ended.map((u) => u.at)) - Math.min(...ended.map((u) => u.at))) / 1000).toFixed(3),
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
