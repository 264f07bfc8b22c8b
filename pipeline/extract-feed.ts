// How the pool feeds its worker threads: which source goes to which worker and when, the time
// limit of each source, and what happens to a worker's sources when it is replaced. No threads
// here (extract-pool.ts starts them), so that tests can drive it with workers of their own.
//
// Each worker holds up to `inFlight` sources: the one it works on and the next ones, queued in
// the worker (extract-worker.ts takes them one at a time). With one source at a time, a worker
// that posted a result waited for the main thread to be scheduled, receive it and send the next:
// on a machine whose cores all run workers, that wait was ~7 % of a worker's time.

/** What the pool needs of a worker thread (node's Worker, or a test's stand-in). */
export interface FedWorker {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeAllListeners(): unknown;
  terminate(): unknown;
}

export interface FeedOptions<R> {
  /** The sources' indices, in the order they are sent (each once). */
  order: readonly number[];
  /** How many workers to start. */
  workers: number;
  /** Sources sent to a worker before its first result: the one it works on and those queued behind it. */
  inFlight: number;
  /** The time limit of one source, from when its worker starts it. */
  limitMs: number;
  spawn: () => FedWorker;
  /** The message that sends a source to a worker. */
  message: (index: number) => unknown;
  /** A worker's answer made into the source's result. */
  result: (index: number, answer: unknown) => R;
  /** The result of a source that took longer than the limit. */
  timedOut: (index: number) => R;
  /** The result of a source whose worker failed while working on it. */
  crashed: (index: number, error: Error) => R;
  /** Each source's result, once, in the order they come. */
  deliver: (index: number, result: R) => void;
}

/**
 * Sends every source in `order` to the workers and hands each result to `deliver`. A worker works
 * on its sources in the order it was sent them, so its first unanswered source is the one it
 * works on: that source's timer starts when it was sent to an idle worker, or when the result
 * before it arrived (the worker started it on posting that result), never when it was queued.
 * A worker that takes longer than the limit, or that fails, is ended: the source it worked on is
 * reported, the ones queued behind it are sent again (first, to any worker), and a new worker
 * takes its place. Workers end themselves once nothing is left to send them.
 */
export function feedWorkers<R>(options: FeedOptions<R>): void {
  const { order, inFlight, limitMs } = options;
  let next = 0;
  /** Sources taken back from a replaced worker, sent before the rest. */
  const returned: number[] = [];
  const take = (): number | undefined => returned.shift() ?? (next < order.length ? order[next++] : undefined);

  const start = () => {
    const worker = options.spawn();
    /** The sources this worker holds, in the order it works on them. */
    const held: number[] = [];
    let timer: NodeJS.Timeout | null = null;
    let ended = false;
    const time = () => {
      if (timer) clearTimeout(timer);
      timer = held.length ? setTimeout(() => replace(options.timedOut(held[0]!)), limitMs) : null;
    };
    const end = () => {
      ended = true;
      if (timer) clearTimeout(timer);
    };
    const topUp = () => {
      if (ended) return;
      const wasIdle = held.length === 0;
      while (held.length < inFlight) {
        const index = take();
        if (index === undefined) break;
        held.push(index);
        worker.postMessage(options.message(index));
      }
      if (held.length === 0) {
        // Nothing left to send: this worker is done (a replaced worker's sources go to its successor).
        end();
        void worker.terminate();
        return;
      }
      if (wasIdle) time();
    };
    const replace = (result: R) => {
      end();
      worker.removeAllListeners();
      void worker.terminate();
      const index = held.shift()!;
      returned.push(...held);
      options.deliver(index, result);
      start();
    };
    worker.on('message', (answer) => {
      const index = held.shift()!;
      // The worker started its next source as it posted this result: its time counts from now.
      time();
      // Its queue is filled again before this thread spends time on the result.
      topUp();
      options.deliver(index, options.result(index, answer));
    });
    worker.on('error', (error) => {
      if (held.length) replace(options.crashed(held[0]!, error));
    });
    topUp();
  };
  for (let i = 0; i < options.workers; i++) start();
}
