// extract-feed.ts: how the pool feeds its workers, driven with stand-in workers on a fake clock.
// Each worker holds two sources (the one it works on and one queued); the time limit counts from
// when a worker starts a source, not from when it was sent; a replaced worker's queued sources are
// sent again, not lost; and every source is delivered once.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedWorkers, type FedWorker } from '../../pipeline/extract-feed.js';

const LIMIT_MS = 1000;

/**
 * A worker that takes its sources one at a time in the order sent, each for the time `cost` gives
 * (Infinity: it never finishes), then posts `{ done: index }`; `crashOn` makes it fail instead.
 */
class StandIn extends EventEmitter implements FedWorker {
  readonly received: number[] = [];
  terminated = false;
  private queue: number[] = [];
  private busy = false;
  constructor(private readonly cost: (index: number) => number, private readonly crashOn: Set<number>) {
    super();
  }
  postMessage(message: unknown): void {
    const { index } = message as { index: number };
    this.received.push(index);
    this.queue.push(index);
    if (!this.busy) this.next();
  }
  terminate(): void {
    this.terminated = true;
    this.queue = [];
  }
  private next(): void {
    const index = this.queue.shift();
    this.busy = index !== undefined;
    if (index === undefined) return;
    const ms = this.cost(index);
    if (ms === Infinity) return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crashOn.has(index)) {
        this.emit('error', new Error(`broke on ${index}`));
        return;
      }
      // As a worker thread: the result is posted, then the next source starts at once.
      this.emit('message', { done: index });
      this.next();
    }, ms);
  }
}

function run(count: number, workers: number, cost: (index: number) => number, crashOn: number[] = []) {
  const spawned: StandIn[] = [];
  const delivered: Array<[number, string]> = [];
  feedWorkers<string>({
    order: Array.from({ length: count }, (_, i) => i),
    workers,
    inFlight: 2,
    limitMs: LIMIT_MS,
    spawn: () => {
      const worker = new StandIn(cost, new Set(crashOn));
      spawned.push(worker);
      return worker;
    },
    message: (index) => ({ index }),
    result: (index, answer) => {
      expect(answer).toEqual({ done: index });
      return 'done';
    },
    timedOut: () => 'timed out',
    crashed: (_, error) => `crashed: ${error.message}`,
    deliver: (index, result) => delivered.push([index, result]),
  });
  return { spawned, delivered };
}

const byIndex = (delivered: Array<[number, string]>) => Object.fromEntries(delivered);

describe('feedWorkers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps two sources in each worker and delivers every source once', () => {
    const { spawned, delivered } = run(20, 2, (i) => 10 + (i % 3) * 7);
    // Each worker was sent two at once, before any result.
    expect(spawned.map((w) => w.received)).toEqual([[0, 1], [2, 3]]);
    vi.runAllTimers();
    expect(delivered.map(([i]) => i).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(delivered.every(([, r]) => r === 'done')).toBe(true);
    expect(spawned.length).toBe(2);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('counts a queued source\'s time from when its worker starts it, not from when it was sent', () => {
    // One worker; each source takes 0.7 of the limit: the second, sent at 0, ends at 1.4 limits.
    const { spawned, delivered } = run(4, 1, () => LIMIT_MS * 0.7);
    vi.runAllTimers();
    expect(byIndex(delivered)).toEqual({ 0: 'done', 1: 'done', 2: 'done', 3: 'done' });
    expect(spawned.length).toBe(1);
  });

  it('times out a source that its worker started and did not finish within the limit', () => {
    // Source 1 never finishes; it is queued behind source 0, which takes 0.9 of the limit.
    const { delivered } = run(3, 1, (i) => (i === 1 ? Infinity : LIMIT_MS * 0.9));
    vi.advanceTimersByTime(LIMIT_MS * 0.9 + LIMIT_MS - 1);
    expect(byIndex(delivered)).toEqual({ 0: 'done' });
    vi.advanceTimersByTime(1);
    expect(byIndex(delivered)).toEqual({ 0: 'done', 1: 'timed out' });
    vi.runAllTimers();
    expect(byIndex(delivered)).toEqual({ 0: 'done', 1: 'timed out', 2: 'done' });
  });

  it('sends a timed-out worker\'s queued source to its successor, not losing it', () => {
    // Source 0 never finishes; source 1 waits in the same worker behind it.
    const { spawned, delivered } = run(4, 1, (i) => (i === 0 ? Infinity : 10));
    vi.runAllTimers();
    expect(byIndex(delivered)).toEqual({ 0: 'timed out', 1: 'done', 2: 'done', 3: 'done' });
    expect(delivered.length).toBe(4);
    expect(spawned[0]!.received).toEqual([0, 1]);
    expect(spawned[1]!.received[0]).toBe(1);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it('sends a crashed worker\'s queued source again, and reports only the one it crashed on', () => {
    const { spawned, delivered } = run(6, 2, () => 10, [2]);
    vi.runAllTimers();
    expect(delivered.length).toBe(6);
    expect(byIndex(delivered)).toEqual({ 0: 'done', 1: 'done', 2: 'crashed: broke on 2', 3: 'done', 4: 'done', 5: 'done' });
    // The crashed worker held 2 and 3; 3 went to the worker that replaced it.
    const crashed = spawned.find((w) => w.received.includes(2))!;
    expect(crashed.received).toEqual([2, 3]);
    expect(spawned.filter((w) => w.received.includes(3)).length).toBe(2);
  });

  it('starts the limit of a replaced worker\'s queued source afresh in its successor', () => {
    // 0 hangs; 1, queued behind it, takes 0.9 of the limit in the new worker: it must not time out.
    const { delivered } = run(2, 1, (i) => (i === 0 ? Infinity : LIMIT_MS * 0.9));
    vi.runAllTimers();
    expect(byIndex(delivered)).toEqual({ 0: 'timed out', 1: 'done' });
  });
});

describe('the extraction worker', () => {
  it('answers the sources it holds one at a time, in the order it was sent them', async () => {
    const { Worker } = await import('node:worker_threads');
    const { bundledWorker } = await import('../../pipeline/extract-worker-bundle.js');
    const { bundleWorkerFlags } = await import('../../pipeline/extract-pool.js');
    const { listSources } = await import('../../pipeline/read/read-folder.js');
    const path = await import('node:path');
    const { statSync } = await import('node:fs');
    const files = (await listSources(path.join(import.meta.dirname, '..', '..', 'raw'))).files.slice(0, 4);
    const bundle = await bundledWorker();
    expect(bundle).not.toBeNull();
    const worker = new Worker(bundle!, { execArgv: bundleWorkerFlags(process.execArgv) });
    try {
      // The longest source first, all sent at once: the pool takes each answer as the one for the
      // first source the worker holds (extract-feed.ts), and checks the index it carries.
      const order = [...files.keys()].sort((a, b) => statSync(files[b]!.path).size - statSync(files[a]!.path).size);
      const answered: number[] = [];
      const done = new Promise<void>((resolve, reject) => {
        worker.on('message', ({ index, outcome }: { index: number; outcome: { result?: { extraction: unknown } } }) => {
          expect(outcome.result?.extraction).toBeTruthy();
          answered.push(index);
          if (answered.length === order.length) resolve();
        });
        worker.on('error', reject);
      });
      for (const index of order) worker.postMessage({ index, file: files[index]!, cache: null });
      await done;
      expect(answered).toEqual(order);
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
