// The unit of work of the extraction stage: one source file read and extracted, or its earlier
// result taken from the cache. Runs the same in the main thread and in worker threads.
import { cacheKey, readEntry, writeEntry, writeEntryText, type CacheSettings } from './cache/extract-cache.js';
import { extractSource } from './extract/index.js';
import type { Problem, SourceExtraction } from './model.js';
import type { SourceFile } from './read/read-folder.js';
import { readSource, readSourceBytes } from './read/read-source.js';

export interface FileResult {
  extraction: SourceExtraction | null;
  problems: Problem[];
  /** True when the result came from the cache (not part of the result itself, never cached). */
  reused?: boolean;
}

type CachedResult = Omit<FileResult, 'reused'>;

/** A cache entry is used only if it has the shape of a result for this very source. */
const isResultFor = (file: SourceFile) => (value: unknown): value is CachedResult => {
  const v = value as CachedResult | null;
  if (typeof v !== 'object' || v === null || !Array.isArray(v.problems)) return false;
  if (v.extraction === null) return true;
  const x = v.extraction as Partial<SourceExtraction> | undefined;
  return typeof x === 'object' && x !== null && x.source?.source_id === file.sourceId
    && ['dates', 'actors', 'actorDefinitions', 'amounts', 'figures', 'events', 'problems'].every((k) => Array.isArray(x[k as keyof SourceExtraction]));
};

/** The cached result of a source, or null when there is none to trust; never throws. */
export async function cachedResult(file: SourceFile, cache: CacheSettings): Promise<FileResult | null> {
  try {
    const input = await readSourceBytes(file);
    const hit = await readEntry(cache, cacheKey(cache, file, input.bytes, input.sidecar), isResultFor(file));
    return hit ? { ...hit, reused: true } : null;
  } catch {
    return null;
  }
}

export async function extractFile(file: SourceFile, cache: CacheSettings | null = null): Promise<FileResult> {
  const outcome = await extractOrReuse(file, cache, true);
  if (outcome.reused) return { ...outcome.reused, reused: true };
  return cache && outcome.key ? await writeEntry(cache, outcome.key, outcome.result) : outcome.result;
}

/**
 * The fresh result of a source as JSON text, its cache entry written: what a worker thread sends
 * back. Passing one string between threads costs a fraction of cloning the object graph, and the
 * text is the cache entry's already; the main thread parses it once, so its values are those a
 * cache hit gives. The cache is not searched: the pool sends only sources it found no entry for.
 */
export async function extractFileText(file: SourceFile, cache: CacheSettings | null = null): Promise<string> {
  const outcome = await extractOrReuse(file, cache, false);
  const text = JSON.stringify(outcome.reused ?? outcome.result); // never reused: not looked up
  if (cache && outcome.key) await writeEntryText(cache, outcome.key, text);
  return text;
}

type Outcome = { reused: CachedResult; key?: never; result?: never } | { reused?: never; key: string | null; result: CachedResult };

/** A source's cached result (when lookUp), or its fresh result with the cache key to store it under (none when it must not be cached). */
async function extractOrReuse(file: SourceFile, cache: CacheSettings | null, lookUp: boolean): Promise<Outcome> {
  try {
    const input = await readSourceBytes(file);
    const key = cache ? cacheKey(cache, file, input.bytes, input.sidecar) : null;
    if (cache && key && lookUp) {
      const hit = await readEntry(cache, key, isResultFor(file));
      if (hit) return { reused: hit };
    }
    const reading = await readSource(file, input);
    const result: CachedResult = reading.ok
      ? { extraction: extractSource(reading.document), problems: [] }
      : { extraction: null, problems: reading.problems };
    return { key, result };
  } catch (error) {
    // One bad source never stops the run: it is reported and the others are published. Not
    // cached: the cause (a file removed mid-run, a full disk) may be gone next time.
    return {
      key: null,
      result: {
        extraction: null,
        problems: [{ source_id: file.sourceId, file: file.file, stage: 'extract', severity: 'error', problem: `could not be processed: ${withoutPaths((error as Error).message, file)}`, action: 'skipped' }],
      },
    };
  }
}

/** An error message with the machine's paths replaced by file names, so report.json stays the same everywhere. */
function withoutPaths(message: string, file: SourceFile): string {
  let text = message.replaceAll(file.path, file.file);
  if (file.sidecarPath) text = text.replaceAll(file.sidecarPath, `${file.sourceId}.meta.json`);
  return text;
}
