// Runs one build (or extraction alone) in a process of its own and prints its time and peak
// memory as JSON, so that each measurement starts cold and RSS is the run's own.
//   node --expose-gc --max-semi-space-size=64 --import tsx bench/run-build.ts --raw DIR --out DIR [--extract-only] [--workers N] [--cache DIR]
// (node's options as package.json's `pipeline` script gives them: pipeline/young-generation.ts)
// Without --cache the run keeps no extraction cache (as `npm run pipeline -- --no-cache`).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildDataset } from '../pipeline/build.js';
import { cacheSettings } from '../pipeline/cache/index.js';
import { extractAll } from '../pipeline/extract-pool.js';
import { listSources } from '../pipeline/read/read-folder.js';

const { values } = parseArgs({ options: { raw: { type: 'string' }, out: { type: 'string' }, 'extract-only': { type: 'boolean' }, workers: { type: 'string' }, cache: { type: 'string' } } });
const workers = values.workers ? Number(values.workers) : undefined;
const started = performance.now();
const cpuSecondsNow = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; };
/** The main thread's CPU seconds (utime + stime of /proc/thread-self/stat, in ticks of 10 ms). */
const mainThreadCpuSeconds = () => { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
let tailFrom: { at: number; cpu: number; mainThreadCpu: number } | null = null;
let summary: { extracted: number; reused: number; replayed: number; mentionsFromPrevious: number } | null = null;
if (values['extract-only']) {
  const { files } = await listSources(values.raw!);
  let count = 0;
  await extractAll(files, { workers, cache: values.cache ? cacheSettings(values.cache) : null, onResult: () => void count++ });
} else {
  // The tail: from the last source's result to the end (normalize and the write, and what overlaps them).
  const onProgress = (done: number, total: number) => {
    if (done === total) tailFrom = { at: performance.now(), cpu: cpuSecondsNow(), mainThreadCpu: mainThreadCpuSeconds() };
  };
  summary = await buildDataset({ raw: values.raw!, out: values.out!, workers, cache: values.cache ?? null, onProgress });
}
const seconds = (performance.now() - started) / 1000;
// CPU time of the whole process, all threads: on a loaded machine the clock also counts others' work.
const cpu = process.cpuUsage();
const tail = tailFrom && { tailSeconds: (performance.now() - tailFrom.at) / 1000, tailCpuSeconds: cpuSecondsNow() - tailFrom.cpu, tailMainThreadCpuSeconds: mainThreadCpuSeconds() - tailFrom.mainThreadCpu };
console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...tail, maxRssMB: process.resourceUsage().maxRSS / 1024, extracted: summary?.extracted ?? null, reused: summary?.reused ?? null, replayed: summary?.replayed ?? null, mentionsFromPrevious: summary?.mentionsFromPrevious ?? null }));
