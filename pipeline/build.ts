// The build, in five minutes: read the sources of raw/, extract each, normalize across them,
// compare with the previous release, and write the new release in place of the old one.
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { cacheSettings, mergeCodeVersion, readMergeState, removeOtherVersions, rulesVersion, writeMergeState, type CacheSettings } from './cache/index.js';
import type { PreviousRelease } from './emit/changes.js';
import type { SourceFile } from './read/read-folder.js';
import { writeRelease } from './emit/index.js';
import { bundlePage } from './emit/site/bundle.js';
import { startSiteDataThread } from './emit/site/data-thread.js';
import { mentionWorkerBundle, startMentionTable } from './emit/mention-table-thread.js';
import { byteBaseline } from './emit/mention-table.js';
import { replaceFolder, recoverInterruptedRun } from './emit/atomic-folder.js';
import { readPreviousEvents, readPreviousRelease } from './emit/previous-release.js';
import { readPreviousIds, writePreviousIds } from './emit/previous-ids.js';
import { defaultWorkerCount, ExtractionCompactor, extractAll, extraction, startEarlyWorker, type EarlyWorker } from './extract-pool.js';
import type { FileResult } from './extract-file.js';
import { folderChangedSince, nowNs, SnapshotWriter, SourceSnapshot, stampOf } from './cache/source-snapshot.js';
import { repairFragments } from './cache/extract-cache.js';
import { FRAGMENTS } from './cache/source-entry.js';
import { readFragment, FragmentMismatch, type FragmentReader } from './emit/mention-block.js';
import { PreviousMentionRows, readMentionLayout, writeMentionLayout, type MentionPlace } from './emit/mention-layout.js';
import type { Problem } from './model.js';
import { normalize, renderedMentionTable, type NormalizeInput } from './normalize/index.js';
import { DEFAULT_LIMITS, listSources, type ReadLimits } from './read/read-folder.js';
import { defaultYoungGenerationForThreads } from './young-generation.js';

export interface BuildOptions {
  raw: string;
  out: string;
  /** The previous release to compare with; defaults to the output folder's current content. */
  previous?: string;
  limits?: ReadLimits;
  /** Extraction threads; 1 runs in the main thread. Defaults to one per core. */
  workers?: number;
  /** Time limit per source when extracting in worker threads, in seconds. */
  maxSourceSeconds?: number;
  /** Folder of the extraction cache; null or absent runs without one. */
  cache?: string | null;
  onProgress?: (done: number, total: number) => void;
}

export interface BuildSummary {
  version: string;
  changed: boolean;
  sources: number;
  sourcesFound: number;
  events: number;
  figures: number;
  actors: number;
  rejects: number;
  problems: number;
  /** Sources extracted in this run, and sources whose extraction was taken from the cache. */
  extracted: number;
  reused: number;
  /** Event mentions whose place in the merge was taken over from the last run with this cache. */
  replayed: number;
  /** Sources' mention rows (CSV and JSON counted apart) copied from the previous release's files. */
  mentionsFromPrevious: number;
}

/**
 * A full garbage collection, where node runs with --expose-gc (`npm run pipeline` does). V8 lets
 * the heap grow to a multiple of what was live at the last full collection before it collects
 * again, so a phase that drops most of what the phase before built (extraction candidates
 * becoming rows, the merge's working state) would otherwise add that garbage on top of what it
 * builds: at 10,000 sources normalize and emit peaked ~700 MB higher without it. Called only
 * between phases; without the flag it does nothing. Since it guards the peak, a collection is
 * skipped while the heap has grown less than COLLECT_AFTER_BYTES past what the last one left:
 * each walks the whole live heap, and the phases that write the small tables add little. On a
 * rerun of 10,000 sources, collecting at every call cost ~5 CPU-s of ~30 for a peak of ~500 MB;
 * this bound gives a peak of ~640 MB, below a full run's (at 128 MB it was ~680 MB).
 */
export function collectGarbage(minGrowthBytes = COLLECT_AFTER_BYTES): void {
  if (!globalThis.gc || process.memoryUsage().heapUsed - liveAfterCollection < minGrowthBytes) return;
  globalThis.gc();
  liveAfterCollection = process.memoryUsage().heapUsed;
}

const COLLECT_AFTER_BYTES = 64 * 1024 * 1024;
/** What the heap held after the last collection collectGarbage ran, in this process. */
let liveAfterCollection = 0;

export async function buildDataset(options: BuildOptions): Promise<BuildSummary> {
  defaultYoungGenerationForThreads(); // the main thread keeps what node's command line gave it
  const cache = options.cache ? cacheSettings(options.cache) : null;
  // Started before the sources are listed, on other threads. The snapshot's file is read by
  // libuv's pool. A rerun whose raw folder changed since the last snapshot likely has a source
  // to extract: its worker thread starts now and loads the extraction code (~0.5 s) while this
  // thread lists the sources and takes the snapshot's records, not after; stopped unused where
  // none is new.
  const ahead: StartedAhead = {
    snapshot: cache ? SourceSnapshot.load(cache) : null,
    worker: cache && (options.workers ?? defaultWorkerCount()) > 1 && folderChangedSince(cache, options.raw) ? startEarlyWorker() : null,
  };
  try {
    return await buildFrom(options, cache, ahead);
  } finally {
    ahead.worker?.stop();
  }
}

/** What a run with a cache starts before it lists the sources. */
interface StartedAhead {
  snapshot: Promise<SourceSnapshot | null> | null;
  worker: EarlyWorker | null;
}

async function buildFrom(options: BuildOptions, cache: CacheSettings | null, ahead: StartedAhead): Promise<BuildSummary> {
  // The explorer's script is bundled by esbuild in a process of its own: started now, it is ready
  // by the time the site is written instead of adding its second or so to the end of the run.
  // A failure is reported where the site awaits it.
  bundlePage().catch(() => {});
  await recoverInterruptedRun(options.out);
  const previousDir = options.previous ?? options.out;
  const previous = await readPreviousRelease(previousDir);
  const { files, problems: listProblems } = await listSources(options.raw, options.limits ?? DEFAULT_LIMITS);

  // Without a cache the rendered mention rows still go to files, in a folder of this run's that
  // is removed when it ends: held in memory until emit they would be ~500 MB at 10,000 sources
  // (where no such folder can be made, they are held).
  const spool = cache ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'iran-pakistan-rows-')).catch(() => null);
  const store = cache ?? (spool ? { dir: spool, rulesVersion: rulesVersion() } : null);
  try {
    return await buildWith(options, files, listProblems, previous, previousDir, store, cache !== null, ahead);
  } finally {
    if (spool) await fs.rm(spool, { recursive: true, force: true });
  }
}

async function buildWith(options: BuildOptions, files: SourceFile[], listProblems: Problem[], previous: PreviousRelease | null, previousDir: string, store: CacheSettings | null, keep: boolean, ahead: StartedAhead): Promise<BuildSummary> {
  const extractions: NormalizeInput[] = [];
  const readProblems: Problem[] = [...listProblems];
  let reused = 0;
  await extractWithSnapshot(files, options, store, keep, ahead, (i, result) => {
    if (result.reused) reused++;
    // Where the rows are in the cache, the entry's key stands for the whole extraction: the merge
    // takes over its earlier decisions for the sources whose key it saw before.
    const digest = keep ? result.mentions?.entryKey ?? null : null;
    if (result.extraction) extractions.push({ ...result.extraction, mentionBlock: result.mentions, digest });
    readProblems.push(...result.problems);
    options.onProgress?.(i + 1, files.length);
  });
  ahead.worker?.stop(); // where no worker claimed it (the sources were extracted in this thread, or none was new)

  if (keep && store) await removeOtherVersions(store);
  void mentionWorkerBundle(); // esbuild, in its own process, while normalize runs
  collectGarbage(); // the workers' and the cache's copies of what extractions now hold
  // Event ids are carried over from the previous release, so citations of them stay valid: their
  // rows are taken from the cache where it holds them for a release byte for byte this one.
  let previousEvents = previous ? (keep && store && readPreviousIds(store.dir, previousDir)) || await readPreviousEvents(previousDir) : null;
  // The merge's state of the last run with this cache: a rerun fits afresh only the mentions a change can affect.
  const priorMerge = keep && store ? { codeVersion: mergeCodeVersion(), state: await readMergeState(store) } : null;
  // With a cache, the mention rows of unchanged sources are copied from the previous release's
  // files (each range checked against its hash), and where the new release puts them is recorded.
  const previousRows = new PreviousMentionRows(keep && store && previous ? readMentionLayout(store.dir) : null, previousDir, readOrRenderAgain);
  const mentionPlaces = keep && store ? new Map<string, MentionPlace>() : undefined;
  // The tables are compared with the previous release's while they are written (before the swap).
  let written;
  try {
    written = await replaceFolder(options.out, async (dir) => {
      // The mention rows depend on each source's extraction alone (and the previous release's
      // files they are copied from): a thread of its own writes the mentions table beside the
      // other tables (emit/mention-table-thread.ts; it is made before normalize, so that it writes
      // while this thread normalizes), reading and copying as previousRows.read does but for a damaged fragment,
      // which sends the table back here, where readOrRenderAgain renders it again.
      const rendered = renderedMentionTable(extractions);
      const started = rendered && startMentionTable(dir, rendered, byteBaseline(previous), mentionPlaces, previousRows);
      const siteDataThread = started && startSiteDataThread(); // loaded while normalize runs; given its job by writeRelease
      try {
        await Promise.all([started?.launched, siteDataThread?.launched]); // made before normalize holds this thread
        const normalized = normalize(extractions, previousEvents, { consume: true, betweenSteps: collectGarbage, priorMerge });
        extractions.length = 0; // the tables hold what is written; the candidates can go before the write
        if (priorMerge && store && normalized.mergeState) writeMergeState(store, normalized.mergeState);
        // Nothing after normalize reads these, and this function's frame would hold them through the
        // write (at 10,000 sources ~150,000 previous evidence rows and two merge states).
        previousEvents = null;
        if (priorMerge) priorMerge.state = null;
        normalized.mergeState = null;
        collectGarbage();
        const previousChangesJson = await fs.readFile(path.join(previousDir, 'changes.json'), 'utf8').catch(() => null);
        const release = await writeRelease(dir, normalized, previous, { sourcesFound: files.length, readProblems, previousChangesJson }, {
          betweenTables: collectGarbage, consume: true, readFragment: previousRows.read, mentionPlaces,
          mentionsThread: started, siteDataThread,
        });
        return { ...release, normalized };
      } catch (error) {
        await started?.written.catch(() => {}); // no write of the thread's into dir once this fails
        siteDataThread?.stop();
        throw error;
      }
    });
  } finally {
    previousRows.close();
  }
  const { version, unchanged, normalized } = written;
  if (store && mentionPlaces) writeMentionLayout(store.dir, options.out, mentionPlaces);
  if (keep && store) writePreviousIds(store.dir, options.out, normalized.tables.events, normalized.tables.evidence);

  const { tables } = normalized;
  return {
    version,
    changed: !unchanged,
    sources: tables.sources.length,
    sourcesFound: files.length,
    events: tables.events.length,
    figures: tables.figures.length,
    actors: tables.actors.length,
    rejects: normalized.rejects.length,
    problems: readProblems.length + normalized.problems.length,
    extracted: files.length - reused,
    reused,
    replayed: normalized.replayed,
    mentionsFromPrevious: previousRows.taken,
  };
}

/**
 * Extraction, each result handed to onResult in the order of files. With a cache kept between
 * runs, the sources whose files carry the stamp the last run's snapshot recorded are taken from
 * it (cache/source-snapshot.ts); the others go to extractAll, which looks them up in the cache by
 * their bytes or extracts them. Every result that is in the cache goes into the next snapshot.
 */
async function extractWithSnapshot(files: SourceFile[], options: BuildOptions, store: CacheSettings | null, keep: boolean, ahead: StartedAhead, onResult: (i: number, result: FileResult) => void): Promise<void> {
  const early = ahead.worker;
  if (!keep || !store) {
    await extractAll(files, { workers: options.workers, cache: store, reuse: keep, maxSourceSeconds: options.maxSourceSeconds, onResult, early });
    return;
  }
  const snapshot = await (ahead.snapshot ?? SourceSnapshot.load(store));
  ahead.snapshot = null; // held no longer than extraction: its records' bytes (~90 MB at 10,000 sources) and strings
  const takenAt = nowNs(); // before any source is read, so that an edit made after it changes its stamp
  const stamps = files.map((file) => stampOf(file, takenAt));
  const writer = new SnapshotWriter(store, snapshot);
  // Results wait here for their turn, in the order of files: a record of the snapshot with its
  // line (kept as it is), or a result of extractAll, recorded where its rows are in the cache
  // (a failure, a timeout or a write that failed is looked at again next time).
  const ready = new Map<number, { result: FileResult; line: Buffer | null }>();
  let next = 0;
  const handOnReady = () => {
    for (let r; (r = ready.get(next)); next++) {
      ready.delete(next);
      const stamp = stamps[next]!;
      if (r.line) writer.add(r.line);
      else if (stamp !== null && r.result.extraction !== null && r.result.mentions !== null && 'file' in r.result.mentions.csv) writer.addResult(files[next]!, stamp, r.result);
      onResult(next, r.result);
    }
  };
  const extract = (indices: number[], onSent?: () => void) => extractAll(indices.map((i) => files[i]!), {
    workers: options.workers, cache: store, reuse: true, maxSourceSeconds: options.maxSourceSeconds, onSent, early,
    onResult: (j, result) => {
      ready.set(indices[j]!, { result, line: null });
      handOnReady();
    },
  });
  const inSnapshot = files.map((file, i) => snapshot?.holds(file, stamps[i]!) ?? false);
  const misses = files.flatMap((_, i) => (inSnapshot[i] ? [] : [i]));
  if (!misses.length) early?.stop(); // nothing to extract: its thread is ended before it loads more
  try {
    // The sources the snapshot does not hold are sent first: where it holds others, even a few go
    // to a worker, and a new source costs this thread nothing while it takes their records (a
    // rerun of 10,000 sources + 1: ~0.7 s of its path). Without records to take, extractAll
    // decides as in a run without a snapshot. Not called without a source to extract: it would
    // load the extraction code for nothing.
    let sent!: () => void;
    const sending = new Promise<void>((resolve) => { sent = resolve; });
    const extracting = misses.length ? extract(misses, misses.length < files.length ? sent : undefined) : null;
    if (extracting) await Promise.race([sending, extracting]);
    const compactor = new ExtractionCompactor();
    const unreadable: number[] = [];
    for (const [i, file] of files.entries()) {
      if (!inSnapshot[i]) continue;
      const record = snapshot!.take(file, stamps[i]!);
      if (!record) {
        unreadable.push(i);
        continue;
      }
      const extraction = record.result.extraction;
      // Strings shared as extraction shares them; the definitions are shared by the snapshot
      // already, and so are a packed record's candidates, nearly all of a record's strings.
      if (extraction && !record.candidatesShared) record.result.extraction = { ...compactor.compact({ ...extraction, actorDefinitions: [] }), actorDefinitions: extraction.actorDefinitions };
      ready.set(i, record);
    }
    handOnReady();
    await extracting;
    // A record the snapshot holds but that does not read as a result: its source is looked up as the others were.
    if (unreadable.length) await extract(unreadable);
    writer.finish();
  } catch (error) {
    writer.abandon();
    throw error;
  }
}

/**
 * Reads a block of cached mention rows; one whose file fails its check (damaged, truncated,
 * replaced since the run looked it up) is rendered again from its source and its file rewritten,
 * so that a damaged cache costs time and never changes the output.
 */
const readOrRenderAgain: FragmentReader = async (block, part) => {
  try {
    return await readFragment(block, part);
  } catch (error) {
    const fragment = block[part];
    if (!(error instanceof FragmentMismatch) || !block.origin || 'text' in fragment) throw error;
    // Loaded only here: where workers extract, the main thread needs the extraction code for nothing else.
    const { renderAgain } = await extraction();
    const again = await renderAgain(block.origin);
    // Extraction is deterministic: the same source gives the same rows, or the cache entry itself was wrong.
    if (!again || again.count !== block.count) throw new Error(`the cached mention rows of ${block.source_id} are damaged and its source now reads differently; rerun with --no-cache`);
    // Each of the source's cached fragments is written back where its check says.
    await repairFragments(FRAGMENTS.map((p) => block[p]), FRAGMENTS.map((p) => (again[p] as { text: string }).text));
    return Buffer.from((again[part] as { text: string }).text, 'utf8');
  }
};
