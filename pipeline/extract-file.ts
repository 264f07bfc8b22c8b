// The unit of work of the extraction stage: one source file read and extracted, and its mention
// rows rendered (emit/mention-block.ts), or its earlier result taken from the cache. Runs the
// same in the main thread and in worker threads.
import { cacheKey, fragmentPath, readEntry, writeEntry, writeFragment, type CacheSettings, type FragmentCheck } from './cache/extract-cache.js';
import { blockInMemory, renderMentions, type MentionBlock } from './emit/mention-block.js';
import { extractSource } from './extract/index.js';
import type { Problem, SourceExtraction } from './model.js';
import type { Reject } from './normalize/validate.js';
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

/** A cache entry: the extraction without its mentions, and what checks the fragment files that hold them. */
interface CachedResult {
  extraction: SourceExtraction | null;
  problems: Problem[];
  mentions: { count: number; rejects: Reject[]; csv: FragmentCheck; json: FragmentCheck } | null;
}

const FRAGMENTS = { csv: 'mentions.csv', json: 'mentions.txt' } as const;

const isCheck = (c: unknown): c is FragmentCheck =>
  typeof c === 'object' && c !== null && typeof (c as FragmentCheck).sha256 === 'string' && Number.isInteger((c as FragmentCheck).bytes);

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

/**
 * The result a cache entry stands for. Its fragment files are not looked at here (at 10,000
 * sources even a stat of each cost a second): emit checks each against its hash when it reads it,
 * and renders the rows again from the source where one is missing or damaged.
 */
function fromEntry(file: SourceFile, cache: CacheSettings, key: string, entry: CachedResult): FileResult {
  if (!entry.extraction || !entry.mentions) return { extraction: null, problems: entry.problems, mentions: null, reused: true };
  const { count, rejects, csv, json } = entry.mentions;
  const mentions: MentionBlock = {
    source_id: file.sourceId, count, rejects, origin: file,
    csv: { file: fragmentPath(cache, key, FRAGMENTS.csv), ...csv },
    json: { file: fragmentPath(cache, key, FRAGMENTS.json), ...json },
  };
  return { extraction: entry.extraction, problems: entry.problems, mentions, reused: true };
}

/** The cached result of a source, or null when there is none to trust; never throws. */
export async function cachedResult(file: SourceFile, cache: CacheSettings): Promise<FileResult | null> {
  try {
    const input = await readSourceBytes(file);
    const key = cacheKey(cache, file, input.bytes, input.sidecar);
    const hit = await readEntry(cache, key, isResultFor(file));
    return hit ? fromEntry(file, cache, key, hit) : null;
  } catch {
    return null;
  }
}

export async function extractFile(file: SourceFile, cache: CacheSettings | null = null): Promise<FileResult> {
  try {
    const input = await readSourceBytes(file);
    const key = cache ? cacheKey(cache, file, input.bytes, input.sidecar) : '';
    if (cache) {
      const hit = await readEntry(cache, key, isResultFor(file));
      if (hit) return fromEntry(file, cache, key, hit);
    }
    const reading = await readSource(file, input);
    if (!reading.ok) {
      const failed: CachedResult = { extraction: null, problems: reading.problems, mentions: null };
      return { ...(cache ? await writeEntry(cache, key, failed) : failed), mentions: null };
    }
    const full = extractSource(reading.document);
    const rendered = renderMentions(full);
    // The dates, actors and amounts are in the rendered rows now: nothing after this reads them.
    const extraction: SourceExtraction = { ...full, dates: [], actors: [], amounts: [] };
    const result: FileResult = { extraction, problems: [], mentions: blockInMemory(file.sourceId, rendered) };
    if (!cache) return result;
    const csv = await writeFragment(cache, key, FRAGMENTS.csv, rendered.csv);
    const json = csv && await writeFragment(cache, key, FRAGMENTS.json, rendered.json);
    if (!csv || !json) return result;
    const entry = await writeEntry<CachedResult>(cache, key, { extraction, problems: [], mentions: { count: rendered.count, rejects: rendered.rejects, csv, json } });
    // As a later run reads it back; the rows are left in their files, not held until emit
    // (at 10,000 sources their text is ~500 MB).
    return { ...fromEntry(file, cache, key, entry), reused: false };
  } catch (error) {
    // One bad source never stops the run: it is reported and the others are published. Not
    // cached: the cause (a file removed mid-run, a full disk) may be gone next time.
    return {
      extraction: null,
      mentions: null,
      problems: [{ source_id: file.sourceId, file: file.file, stage: 'extract', severity: 'error', problem: `could not be processed: ${withoutPaths((error as Error).message, file)}`, action: 'skipped' }],
    };
  }
}

/**
 * The mention rows of a source rendered again from the source itself: where a cached fragment
 * fails its check when emit reads it. The fragment file is rewritten for the next run.
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
