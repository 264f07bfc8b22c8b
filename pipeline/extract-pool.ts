// Extraction over worker threads, one per core. Results come back in the order of the files, so
// the output is identical to a single-threaded run.
//
// In worker threads, a source that takes longer than the time limit (a pathological input, a
// slow rule) or that crashes its worker is reported and skipped: the worker is replaced and the
// run goes on. A single-threaded run (--workers 1, or fewer than 16 sources where the caller has
// nothing else to do meanwhile) cannot interrupt a source and has no limit.
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { mayHoldEntries, mayHoldEntryOf, type CacheSettings } from './cache/extract-cache.js';
import { fromWrittenEntry } from './cache/source-entry.js';
import { feedWorkers } from './extract-feed.js';
import type { FileResult, Outcome } from './extract-file.js';
import { bundledExtraction, bundledWorker } from './extract-worker-bundle.js';
import type { SourceExtraction } from './model.js';
import type { SourceFile } from './read/read-folder.js';

/** Below this many sources, starting workers costs more than it saves. */
const MIN_SOURCES_FOR_WORKERS = 16;

/** Longest time one source may take in a worker thread, in seconds. */
export const DEFAULT_MAX_SOURCE_SECONDS = 300;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

export interface ExtractAllOptions {
  workers?: number;
  cache?: CacheSettings | null;
  /** False when the cache is this run's own folder, empty at the start: nothing to look up. */
  reuse?: boolean;
  /** Time limit per source in worker threads, in seconds. */
  maxSourceSeconds?: number;
  onResult?: (index: number, result: FileResult) => void;
  /**
   * Called once the sources to extract are sent to worker threads, so that the caller can work in
   * this thread meanwhile (results reach onResult when it next waits). Given, even a few sources
   * go to a worker (where more than one thread is allowed). Without workers, called at the end.
   */
  onSent?: () => void;
  /** A worker thread started before the sources were known (startEarlyWorker): the first worker, where one is needed. */
  early?: EarlyWorker | null;
}

const failed = (file: SourceFile, problem: string, action: string): FileResult => ({
  extraction: null,
  mentions: null,
  problems: [{ source_id: file.sourceId, file: file.file, stage: 'extract', severity: 'error', problem, action }],
});

/**
 * Shares what many extractions repeat, so that a build holding thousands of them until normalize
 * keeps one copy: equal strings (a result from a worker or the cache arrives as fresh copies of
 * "Pakistan", rule names, quotes of recurring sentences) and equal actor definitions (each source
 * carries the lexicon entries it met; normalize only reads them). Values are unchanged.
 */
export class ExtractionCompactor {
  private readonly strings = new Map<string, string>();
  private readonly definitions = new Map<string, SourceExtraction['actorDefinitions'][number]>();

  compact(extraction: SourceExtraction): SourceExtraction {
    const { actorDefinitions, ...rest } = extraction;
    const compacted = this.internStrings(rest) as Omit<SourceExtraction, 'actorDefinitions'>;
    const shared = actorDefinitions.map((def) => {
      const key = JSON.stringify(def);
      const known = this.definitions.get(key);
      if (known) return known;
      const interned = this.internStrings(def) as typeof def;
      this.definitions.set(key, interned);
      return interned;
    });
    return { ...compacted, actorDefinitions: shared };
  }

  private internStrings(value: unknown): unknown {
    if (typeof value === 'string') {
      const known = this.strings.get(value);
      if (known !== undefined) return known;
      this.strings.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.internStrings(value[i]);
      return value;
    }
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.internStrings(record[key]);
    }
    return value;
  }
}

/** Node options a worker running the bundle keeps: profilers and source maps, which observe it. */
const KEPT_FLAG = /^--(?:cpu-prof|heap-prof|enable-source-maps)/;
/** Of those, the ones that may take their value as the next argument ("--cpu-prof-dir DIR"). */
const VALUE_FLAG = /^--(?:cpu-prof|heap-prof)-(?:dir|name|interval)$/;

/**
 * The node options of a worker that runs the bundle. By default a worker inherits the main
 * thread's, which under tsx include its loader (`--import …/tsx/dist/loader.mjs`): each worker
 * then registered tsx again and sent every module it resolved through tsx's hooks, about a
 * CPU-second per worker, for a bundle that needs no loader. V8 options (--expose-gc,
 * --max-semi-space-size) are the process's and apply to workers without being passed (node
 * refuses them here).
 */
export function bundleWorkerFlags(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if (!KEPT_FLAG.test(flag)) continue;
    kept.push(flag);
    if (VALUE_FLAG.test(flag) && i + 1 < execArgv.length) kept.push(execArgv[++i]!);
  }
  return kept;
}

/** Cache lookups in flight at once: each is a few small reads, so latency, not CPU, bounds them. */
const CACHE_READS_IN_FLIGHT = 32;

/**
 * The extraction code, loaded into the main thread only when it extracts or looks up the cache
 * itself: where worker threads extract, the main thread never runs it. It is the bundle the
 * workers' is built with (the same code, loaded without tsx), or the TypeScript where no bundle
 * can be built.
 */
export async function extraction(): Promise<typeof import('./extract-file.js')> {
  const bundle = await bundledExtraction();
  return bundle ? import(bundle.href) : import('./extract-file.js');
}

/**
 * Below this many files, those without an entry file are found before the look-up, which loads
 * the extraction code: a rerun's few new sources then need none of it in the main thread. Above
 * it, reading and hashing each file twice (its check, then its look-up) would cost more.
 */
const FEW_TO_LOOK_UP = 256;

/** The cached results of the files that have one, by index. */
async function cacheHits(files: SourceFile[], cache: CacheSettings): Promise<Map<number, FileResult>> {
  const hits = new Map<number, FileResult>();
  const candidates = files.length < FEW_TO_LOOK_UP ? files.flatMap((file, i) => (mayHoldEntryOf(cache, file) ? [i] : [])) : files.map((_, i) => i);
  if (!candidates.length) return hits;
  const { cachedResult } = await extraction();
  const found: Array<FileResult | null> = new Array(candidates.length).fill(null);
  let next = 0;
  const lookUp = async () => {
    while (next < candidates.length) {
      const k = next++;
      found[k] = await cachedResult(files[candidates[k]!]!, cache);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CACHE_READS_IN_FLIGHT, candidates.length) }, lookUp));
  for (const [k, hit] of found.entries()) if (hit) hits.set(candidates[k]!, hit);
  return hits;
}

/** A worker thread started ahead of its sources; see startEarlyWorker. */
export interface EarlyWorker {
  /** The thread, once, for the pool's first worker; null where it failed, was stopped or claimed already. */
  claim(): Promise<Worker | null>;
  /** Ends the thread unless the pool claimed it. */
  stop(): void;
}

/**
 * Starts a worker thread of the bundle before the sources to extract are known, so that its
 * ~0.5 s of loading the extraction code runs beside the main thread's listing and reading of the
 * snapshot instead of after them (build.ts, on a rerun that likely has a new source). Until the
 * pool claims it, it keeps no process alive; where no bundle can be built, there is none.
 */
export function startEarlyWorker(): EarlyWorker {
  let state: 'waiting' | 'claimed' | 'failed' | 'stopped' = 'waiting';
  let thread: Worker | null = null;
  const started = bundledWorker().then((bundle) => {
    if (!bundle || state !== 'waiting') return null;
    const worker = new Worker(bundle, { execArgv: bundleWorkerFlags(process.execArgv) });
    worker.unref();
    // An error before the pool listens would otherwise end the process; after, the pool sees it too.
    worker.on('error', () => {
      if (state === 'waiting') state = 'failed';
    });
    thread = worker;
    return worker;
  }, () => null);
  return {
    async claim() {
      const worker = await started;
      if (!worker || state !== 'waiting') return null;
      state = 'claimed';
      worker.ref();
      return worker;
    },
    stop() {
      if (state === 'claimed') return;
      state = 'stopped';
      // Ended now, not once this thread next awaits: a rerun with nothing new goes on to take the
      // snapshot's records without awaiting, and the thread would load the whole bundle meanwhile.
      void thread?.terminate();
    },
  };
}

/**
 * How much a function runs before V8 considers optimising it, in bytes of bytecode executed
 * (V8's --interrupt-budget; its default in node 20 is 132 KB). Extraction runs thousands of small
 * rule functions whose feedback keeps changing while a worker warms up: with the default, V8
 * optimises many of them early and again after each deoptimisation, which cost each worker about
 * 3 CPU-s. Set for the process (V8's flags are process-wide) when the workers start.
 */
const TIER_UP_BUDGET = 1024 * 1024;

/**
 * Sources a worker holds at once: the one it works on and one queued behind it, so that it starts
 * the next the moment it posts a result instead of waiting for this thread to send it
 * (extract-feed.ts).
 */
const SOURCES_IN_FLIGHT = 2;

export async function extractAll(files: SourceFile[], options: ExtractAllOptions = {}): Promise<void> {
  // Cache hits are taken here, so that a rerun starts threads only for new or changed sources.
  const cache = options.cache ?? null;
  const compactor = new ExtractionCompactor();
  const onResult = (index: number, result: FileResult) =>
    options.onResult?.(index, result.extraction ? { ...result, extraction: compactor.compact(result.extraction) } : result);
  const lookUp = cache !== null && options.reuse !== false && mayHoldEntries(cache);
  const hits = lookUp ? await cacheHits(files, cache) : new Map<number, FileResult>();
  const misses = files.length - hits.size;
  const allowed = options.workers ?? defaultWorkerCount();
  const workers = Math.min(allowed, misses);
  // A worker for a few sources pays for its start only where this thread has other work meanwhile.
  if (allowed <= 1 || misses === 0 || (misses < MIN_SOURCES_FOR_WORKERS && !options.onSent)) {
    const { extractFile } = await extraction();
    // A source not among the hits was looked up already, or the cache holds none to find.
    for (const [i, file] of files.entries()) onResult(i, hits.get(i) ?? await extractFile(file, cache, false));
    options.onSent?.();
    return;
  }
  const limitMs = (options.maxSourceSeconds ?? DEFAULT_MAX_SOURCE_SECONDS) * 1000;
  // The bundle starts a thread in well under half the time tsx needs; tsx remains the fallback.
  // It is built only now, so a rerun that finds nearly everything in the cache does not pay for it.
  // The budget is for workers that warm up on many sources; V8's flags are the process's, so a few
  // sources leave the main thread's as they were.
  if (misses >= MIN_SOURCES_FOR_WORKERS) setFlagsFromString(`--interrupt-budget=${TIER_UP_BUDGET}`);
  const bundle = await bundledWorker();
  const workerUrl = bundle ?? new URL('./extract-worker.mjs', import.meta.url);
  const workerOptions = bundle ? { execArgv: bundleWorkerFlags(process.execArgv) } : {};
  let early = await options.early?.claim() ?? null;
  await new Promise<void>((resolve) => {
    let emitted = 0;
    const pending = new Map<number, FileResult>(hits);
    const deliver = (index: number, result: FileResult) => {
      pending.set(index, result);
      while (pending.has(emitted)) {
        onResult(emitted, pending.get(emitted)!);
        pending.delete(emitted++);
      }
      if (emitted === files.length) resolve();
    };
    feedWorkers<FileResult>({
      order: files.flatMap((_, i) => (hits.has(i) ? [] : [i])),
      workers,
      inFlight: SOURCES_IN_FLIGHT,
      limitMs,
      spawn: () => {
        const worker = early ?? new Worker(workerUrl, workerOptions);
        early = null;
        return worker;
      },
      message: (index) => ({ index, file: files[index]!, cache }),
      // The entry a worker wrote arrives as its JSON text, parsed here once (not parsed back and cloned in the worker).
      result: (index, answer) => {
        const { index: answered, outcome } = answer as { index: number; outcome: Outcome };
        // A worker answers in the order it was sent its sources (extract-worker.ts): anything else is a bug.
        if (answered !== index) throw new Error(`a worker answered for source ${answered} where ${index} was due`);
        return 'result' in outcome ? outcome.result : fromWrittenEntry(files[index]!, cache!, outcome.entry);
      },
      timedOut: (index) => failed(files[index]!, `extraction took longer than the limit of ${limitMs / 1000} s`, 'skipped; raise --max-source-seconds to wait longer'),
      crashed: (index, error) => failed(files[index]!, `could not be processed: the extraction thread failed (${error.message})`, 'skipped'),
      deliver,
    });
    options.onSent?.();
  });
}
