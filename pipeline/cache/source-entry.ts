// A source's cache entry and the result it stands for. Kept apart from extract-file.ts, which
// loads the rules: the main thread turns the entries its workers wrote into results (their JSON
// text arrives in the message, see extract-file.ts) without loading the extraction code.
import type { FileResult } from '../extract-file.js';
import type { MentionBlock } from '../emit/mention-block.js';
import type { Problem, SourceExtraction } from '../model.js';
import type { Reject } from '../normalize/validate.js';
import type { SourceFile } from '../read/read-folder.js';
import type { CacheSettings, FragmentCheck, WrittenRecord } from './extract-cache.js';

/** A cache entry: the extraction without its mentions, and what checks the fragments that hold them (in its pack). */
export interface CachedResult {
  extraction: SourceExtraction | null;
  problems: Problem[];
  mentions: { count: number; rejects: Reject[]; csv: FragmentCheck; json: FragmentCheck } | null;
}

/** The entry a worker wrote for a source: its key, the value's JSON text, as a later run reads it, and its pack. */
export interface WrittenEntry extends WrittenRecord {
  key: string;
}

/** The fragments of a source's entry, in the order they are laid out before it. */
export const FRAGMENTS = ['csv', 'json'] as const;

/**
 * The result a cache entry of key stands for, read from pack. Its fragments are not looked at here:
 * emit checks each against its hash when it reads it, and renders the rows again from the source
 * where one is missing or damaged. The block carries the key, which stands for the whole
 * extraction (the merge takes over its earlier decisions for a key it saw before).
 */
export function fromEntry(file: SourceFile, pack: string, key: string, entry: CachedResult): FileResult {
  if (!entry.extraction || !entry.mentions) return { extraction: null, problems: entry.problems, mentions: null, reused: true };
  const { count, rejects, csv, json } = entry.mentions;
  const mentions: MentionBlock = {
    source_id: file.sourceId, count, rejects, origin: file, entryKey: key,
    csv: { file: pack, sha256: csv.sha256, bytes: csv.bytes, offset: csv.offset },
    json: { file: pack, sha256: json.sha256, bytes: json.bytes, offset: json.offset },
  };
  return { extraction: entry.extraction, problems: entry.problems, mentions, reused: true };
}

/**
 * The result of a source extracted in this run, from the entry written for it: its text parsed
 * here, as a later run parses it, so a fresh result and a cached one are the same values.
 */
export function fromWrittenEntry(file: SourceFile, _cache: CacheSettings, entry: WrittenEntry): FileResult {
  return { ...fromEntry(file, entry.pack, entry.key, JSON.parse(entry.text) as CachedResult), reused: false };
}
