// The main thread runs with the larger young generation `npm run pipeline` gives node on its command
// line (pipeline/young-generation.ts): fewer scavenges while it takes the records, normalizes and
// writes. Threads started by a build keep V8's default, as before the flag: the extraction workers
// gained no CPU from it and held ~100 MB more at the peak.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const script: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.pipeline;
/** The node options of the pipeline script (its words that start with --). */
const pipelineFlags = script.split(/\s+/).filter((word) => word.startsWith('--'));

// Holds ever more objects (the young generation grows while most of what it holds survives) and
// prints the largest new space V8 gave the thread, in MB (two semi-spaces).
const GROW = `const v8 = require('node:v8'); const kept = []; let most = 0;
for (let i = 0; i < 4e6; i++) { kept.push({ i, a: [i] }); if (i % 1e5 === 0) most = Math.max(most, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size); }
return most / 2 ** 20;`;

// Run in a node started with the pipeline's options: the main thread's new space, then (after
// build.ts's call) a worker's.
const PROBE = `
const { Worker } = require('node:worker_threads');
const grow = () => { ${GROW} };
(async () => {
  const { defaultYoungGenerationForThreads } = await import(${JSON.stringify(path.join(ROOT, 'pipeline', 'young-generation.ts'))});
  const main = grow();
  defaultYoungGenerationForThreads();
  const worker = await new Promise((resolve, reject) => {
    const w = new Worker(${JSON.stringify(`require('node:worker_threads').parentPort.postMessage((() => { ${GROW} })());`)}, { eval: true });
    w.once('message', resolve);
    w.once('error', reject);
  });
  console.log(JSON.stringify({ main, worker }));
})();`;

const newSpaces = (flags: string[]): { main: number; worker: number } =>
  JSON.parse(execFileSync(process.execPath, [...flags, '--import', 'tsx', '-e', PROBE], { cwd: ROOT, encoding: 'utf8' }));

describe('the main thread\'s young generation', () => {
  it('is the larger one the pipeline script asks for, and the threads a build starts keep the default', () => {
    const semiSpace = pipelineFlags.map((flag) => /^--max-semi-space-size=(\d+)$/.exec(flag)?.[1]).find(Boolean);
    expect(semiSpace).toBeDefined();
    const withFlags = newSpaces(pipelineFlags);
    const plain = newSpaces([]);
    // V8's default semi-space on a 64-bit machine is at most 16 MB: a new space of 32 MB.
    expect(plain.main).toBeLessThanOrEqual(32);
    expect(withFlags.main).toBe(2 * Number(semiSpace));
    expect(withFlags.worker).toBe(plain.worker);
  }, 60_000);
});
