// Extraction over worker threads, one per core. Results come back in the order of the files, so
// the output is identical to a single-threaded run.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CacheSettings } from './cache/extract-cache.js';
import { extractFile, type FileResult } from './extract-file.js';
import type { SourceFile } from './read/read-folder.js';

/** Below this many sources, starting workers costs more than it saves. */
const MIN_SOURCES_FOR_WORKERS = 16;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

export async function extractAll(
  files: SourceFile[],
  options: { workers?: number; cache?: CacheSettings | null; onResult?: (index: number, result: FileResult) => void } = {},
): Promise<void> {
  const workers = options.workers ?? defaultWorkerCount();
  if (workers <= 1 || files.length < MIN_SOURCES_FOR_WORKERS) {
    for (const [i, file] of files.entries()) options.onResult?.(i, await extractFile(file, options.cache ?? null));
    return;
  }
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = 0;
    const pending = new Map<number, FileResult>();
    let emitted = 0;
    const deliver = () => {
      while (pending.has(emitted)) {
        options.onResult?.(emitted, pending.get(emitted)!);
        pending.delete(emitted++);
      }
    };
    const pool = Array.from({ length: Math.min(workers, files.length) }, () => new Worker(new URL('./extract-worker.mjs', import.meta.url)));
    const feed = (worker: Worker) => {
      if (next >= files.length) {
        void worker.terminate();
        if (--running === 0) resolve();
        return;
      }
      const index = next++;
      worker.postMessage({ index, file: files[index], cache: options.cache ?? null });
    };
    for (const worker of pool) {
      running++;
      worker.on('message', ({ index, result }: { index: number; result: FileResult }) => {
        pending.set(index, result);
        deliver();
        feed(worker);
      });
      worker.on('error', (error) => {
        for (const w of pool) void w.terminate();
        reject(error);
      });
      feed(worker);
    }
  });
}
