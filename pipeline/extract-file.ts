// The unit of work of the extraction stage: one source file read and extracted, and its mention
// rows rendered (emit/mention-block.ts), or its earlier result taken from the cache. Runs the
// same in the main thread and in worker threads.
import { cacheKey, readPackedEntry, writeEntry, writeSourceEntry, type CacheSettings, type FragmentCheck } from './cache/extract-cache.js';
import { FRAGMENTS, fromEntry, fromWrittenEntry, type CachedResult, type WrittenEntry } from './cache/source-entry.js';
import { blockInMemory, renderMentions, type MentionBlock } from './emit/mention-block.js';
import { extractSource } from './extract/index.js';
import type { Problem, SourceExtraction } from './model.js';
import type { SourceFile } from './read/read-folder.js';
import { readSource, readSourceBytes } from './read/read-source.js';

export interface FileResult {
  /** What normalize works with across sources; its dates, actors and amounts are in `mentions`, rendered. */
  extraction: SourceExtraction | null;
  problems: Problem[];
  /** The source's rows of the mentions table (null when it has no extraction). */
  mentions: MentionBlock | null;
  /** True when the result came from the cache (not part of the result itself, never cached). */
  reused?: boolean;
}

const isCheck = (c: unknown): c is FragmentCheck =>
  typeof c === 'object' && c !== null && typeof (c as FragmentCheck).sha256 === 'string' && Number.isInteger((c as FragmentCheck).bytes)
  && Number.isInteger((c as FragmentCheck).offset);

/** A cache entry is used only if it has the shape of a result for this very source. */
const isResultFor = (file: SourceFile) => (value: unknown): value is CachedResult => {
  const v = value as CachedResult | null;
  if (typeof v !== 'object' || v === null || !Array.isArray(v.problems)) return false;
  if (v.extraction === null) return v.mentions === null;
  const x = v.extraction as Partial<SourceExtraction> | undefined;
  const m = v.mentions;
  return typeof x === 'object' && x !== null && x.source?.source_id === file.sourceId
    && ['dates', 'actors', 'actorDefinitions', 'amounts', 'figures', 'events', 'problems'].every((k) => Array.isArray(x[k as keyof SourceExtraction]))
    && typeof m === 'object' && m !== null && Number.isInteger(m.count) && Array.isArray(m.rejects) && isCheck(m.csv) && isCheck(m.json);
};

/** The cached result of a source, or null when there is none to trust; never throws. */
export async function cachedResult(file: SourceFile, cache: CacheSettings): Promise<FileResult | null> {
  try {
    const input = await readSourceBytes(file);
    const key = cacheKey(cache, file, input.bytes, input.sidecar);
    const hit = readPackedEntry(cache, key, isResultFor(file));
    return hit ? fromEntry(file, hit.pack, key, hit.value) : null;
  } catch {
    return null;
  }
}

/** A source's result; `lookUp` as processFile's. */
export async function extractFile(file: SourceFile, cache: CacheSettings | null = null, lookUp = true): Promise<FileResult> {
  const outcome = await processFile(file, cache, lookUp);
  return 'result' in outcome ? outcome.result : fromWrittenEntry(file, cache!, outcome.entry);
}

/**
 * What a worker sends back for a source: its result, or, for a source extracted and written to the
 * cache, the entry's key and JSON text, which the main thread parses (cache/source-entry.ts). The
 * worker had parsed that text back into values and the message then cloned them again.
 */
export type Outcome = { result: FileResult } | { entry: WrittenEntry };

/**
 * The unit of work. `lookUp`: false where the caller has looked the source up in the cache
 * already (the pool sends a worker only the sources it did not find).
 */
export async function processFile(file: SourceFile, cache: CacheSettings | null, lookUp = true): Promise<Outcome> {
  try {
    const input = await readSourceBytes(file);
    const key = cache ? cacheKey(cache, file, input.bytes, input.sidecar) : '';
    if (cache && lookUp) {
      const hit = readPackedEntry(cache, key, isResultFor(file));
      if (hit) return { result: fromEntry(file, hit.pack, key, hit.value) };
    }
    const reading = await readSource(file, input);
    if (!reading.ok) {
      const failed: CachedResult = { extraction: null, problems: reading.problems, mentions: null };
      return { result: { ...(cache ? await writeEntry(cache, key, failed) : failed), mentions: null } };
    }
    const full = extractSource(reading.document);
    const rendered = renderMentions(full);
    // The dates, actors and amounts are in the rendered rows now: nothing after this reads them.
    const extraction: SourceExtraction = { ...full, dates: [], actors: [], amounts: [] };
    const result: FileResult = { extraction, problems: [], mentions: blockInMemory(file.sourceId, rendered) };
    if (!cache) return { result };
    // The rows are left in the cache's pack, not held until emit (at 10,000 sources their text is ~500 MB).
    const written = writeSourceEntry(cache, key, FRAGMENTS.map((part) => rendered[part]), (checks): CachedResult => {
      const [csv, json] = checks as [FragmentCheck, FragmentCheck];
      return { extraction, problems: [], mentions: { count: rendered.count, rejects: rendered.rejects, csv, json } };
    });
    return written ? { entry: { key, ...written } } : { result };
  } catch (error) {
    // One bad source never stops the run: it is reported and the others are published. Not
    // cached: the cause (a file removed mid-run, a full disk) may be gone next time.
    return {
      result: {
        extraction: null,
        mentions: null,
        problems: [{ source_id: file.sourceId, file: file.file, stage: 'extract', severity: 'error', problem: `could not be processed: ${withoutPaths((error as Error).message, file)}`, action: 'skipped' }],
      },
    };
  }
}

/**
 * The mention rows of a source rendered again from the source itself: where a cached fragment
 * fails its check when emit reads it. The fragments are written back in place for the next run.
 */
export async function renderAgain(file: SourceFile): Promise<MentionBlock | null> {
  const input = await readSourceBytes(file);
  const reading = await readSource(file, input);
  return reading.ok ? blockInMemory(file.sourceId, renderMentions(extractSource(reading.document))) : null;
}

/** An error message with the machine's paths replaced by file names, so report.json stays the same everywhere. */
function withoutPaths(message: string, file: SourceFile): string {
  let text = message.replaceAll(file.path, file.file);
  if (file.sidecarPath) text = text.replaceAll(file.sidecarPath, `${file.sourceId}.meta.json`);
  return text;
}
