import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { bundleWorkerFlags } from '../../pipeline/extract-pool.js';

describe('the node options of a bundled extraction worker', () => {
  test.each([
    // tsx's loader, as `tsx` (the npm scripts) and `node --import tsx` (the benchmarks) pass it
    [['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs'], []],
    [['--import', 'tsx', '--import=tsx'], []],
    // V8 options are the process's: node refuses them in a worker's execArgv
    [['--expose-gc', '--max-semi-space-size=32', '--max-old-space-size=2048'], []],
    // profilers observe the worker, with their values in either form
    [['--cpu-prof', '--cpu-prof-dir', '/tmp/prof', '--cpu-prof-interval=100'], ['--cpu-prof', '--cpu-prof-dir', '/tmp/prof', '--cpu-prof-interval=100']],
    [['--expose-gc', '--heap-prof', '--import', 'tsx', '--enable-source-maps'], ['--heap-prof', '--enable-source-maps']],
  ])('%j → %j', (execArgv, kept) => {
    expect(bundleWorkerFlags(execArgv)).toEqual(kept);
  });

  test('node accepts what is kept of a run under tsx with every kind of option', async () => {
    const execArgv = bundleWorkerFlags(['--expose-gc', '--import', 'tsx', '--max-semi-space-size=16', '--enable-source-maps']);
    const worker = new Worker('require("node:worker_threads").parentPort.postMessage(process.execArgv)', { eval: true, execArgv });
    const seen = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(seen).toEqual(['--enable-source-maps']);
  });
});
