// A source's cache entry and the result it stands for. Kept apart from extract-file.ts, which
// loads the rules: the main thread turns the entries its workers wrote into results (their JSON
// text arrives in the message, see extract-file.ts) without loading the extraction code.
import type { FileResult } from '../extract-file.js';
import type { MentionBlock } from '../emit/mention-block.js';
import type { Problem, SourceExtraction } from '../model.js';
import type { Reject } from '../normalize/validate.js';
import type { SourceFile } from '../read/read-folder.js';
import { fragmentPath, type CacheSettings, type FragmentCheck } from './extract-cache.js';

/** A cache entry: the extraction without its mentions, and what checks the fragment files that hold them. */
export interface CachedResult {
  extraction: SourceExtraction | null;
  problems: Problem[];
  mentions: { count: number; rejects: Reject[]; csv: FragmentCheck; json: FragmentCheck } | null;
}

/** The entry a worker wrote for a source: its key and the value's JSON text, as a later run reads it. */
export interface WrittenEntry {
  key: string;
  text: string;
}

/** The fragments of a source's entry, in the order they are laid out in its fragment file. */
export const FRAGMENTS = ['csv', 'json'] as const;

/**
 * The result a cache entry stands for. Its fragment files are not looked at here (at 10,000
 * sources even a stat of each cost a second): emit checks each against its hash when it reads it,
 * and renders the rows again from the source where one is missing or damaged.
 */
export function fromEntry(file: SourceFile, cache: CacheSettings, key: string, entry: CachedResult): FileResult {
  if (!entry.extraction || !entry.mentions) return { extraction: null, problems: entry.problems, mentions: null, reused: true };
  const { count, rejects, csv, json } = entry.mentions;
  const mentions: MentionBlock = {
    source_id: file.sourceId, count, rejects, origin: file,
    csv: { file: fragmentPath(cache, key), ...csv },
    json: { file: fragmentPath(cache, key), ...json },
  };
  return { extraction: entry.extraction, problems: entry.problems, mentions, reused: true };
}

/**
 * The result of a source extracted in this run, from the entry written for it: its text parsed
 * here, as a later run parses it, so a fresh result and a cached one are the same values.
 */
export function fromWrittenEntry(file: SourceFile, cache: CacheSettings, entry: WrittenEntry): FileResult {
  return { ...fromEntry(file, cache, entry.key, JSON.parse(entry.text) as CachedResult), reused: false };
}
