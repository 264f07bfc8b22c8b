// The extraction cache: per source reading, one JSON entry and the files of its rendered rows,
// keyed by the source's bytes, its sidecar's bytes, its name and the rules version. Only an
// optimisation: a missing, stale or corrupt entry is a miss, and the source is extracted again
// and its entry rewritten.
//
// An entry is split so that a rerun reads only what it needs: the entry holds what normalize
// works with across sources (the source record, event and figure candidates, actor definitions,
// problems); the rendered mention rows, most of a source's bytes, sit in fragment files next to
// it that emit copies into the tables without parsing them. Each entry carries the hash of its
// value and each fragment's hash is in its entry, so a damaged file is never trusted.
//
// Files are written to a temporary file and renamed into place, so a reader (another worker,
// another run, a run killed mid-write) sees a whole file or none; fragments are written before
// the entry that names them. Failures to write are ignored: a read-only or full disk slows the
// run down and changes nothing it publishes.
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../lib/hash.js';
import { writeFileWhole } from '../lib/write-whole.js';
import type { SourceFile } from '../read/read-folder.js';
import { CACHE_FORMAT } from './rules-version.js';

/** Where the cache lives and which rules version its entries must carry; plain data, sent to workers. */
export interface CacheSettings {
  dir: string;
  rulesVersion: string;
}

/** The key of one source reading: everything extraction depends on besides the rules. */
export function cacheKey(settings: CacheSettings, file: SourceFile, bytes: Uint8Array, sidecar: Uint8Array | null): string {
  return sha256Hex(JSON.stringify([
    CACHE_FORMAT, settings.rulesVersion, file.sourceId, file.file, file.format,
    sha256Hex(bytes), sidecar === null ? null : sha256Hex(sidecar),
  ]));
}

/** One folder per rules version, so that entries of older rules can be removed as a whole. */
export const versionFolder = (rulesVersion: string): string => rulesVersion.slice(0, 16);
const VERSION_FOLDER = /^[0-9a-f]{16}$/;
const entryPath = (settings: CacheSettings, key: string, suffix = '.json') =>
  path.join(settings.dir, versionFolder(settings.rulesVersion), key.slice(0, 2), `${key}${suffix}`);

/**
 * False when the cache holds no entry for file's current bytes: a source that needs no look-up.
 * Its files are read and keyed as extract-file.ts reads them for a look-up (readSourceBytes: the
 * bytes of the source and of its sidecar, as they are), but without loading the rules, so that
 * a rerun that sends its few new sources to a worker never loads them into the main thread
 * (~0.5 CPU-s). True where a file cannot be read: the look-up decides.
 */
export function mayHoldEntryOf(settings: CacheSettings, file: SourceFile): boolean {
  try {
    const bytes = readFileSync(file.path);
    const sidecar = file.sidecarPath ? readFileSync(file.sidecarPath) : null;
    return existsSync(entryPath(settings, cacheKey(settings, file, bytes, sidecar)));
  } catch {
    return true;
  }
}

/**
 * False when the cache holds no entry of these rules at all (a first run, or the first after any
 * change to the rules): then no source needs to be read and hashed to be looked up.
 */
export function mayHoldEntries(settings: CacheSettings): boolean {
  return existsSync(path.join(settings.dir, versionFolder(settings.rulesVersion)));
}

/**
 * Removes the entries of other rules versions, which no run of these rules will read again.
 * Only folders named like a version are removed: a --cache pointed at the wrong folder loses nothing else.
 */
export async function removeOtherVersions(settings: CacheSettings): Promise<void> {
  const current = versionFolder(settings.rulesVersion);
  const names = await fs.readdir(settings.dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name !== current && VERSION_FOLDER.test(name)) await fs.rm(path.join(settings.dir, name), { recursive: true, force: true }).catch(() => {});
  }
}

/** Where the value starts in an entry's text: after its header fields, which hold no such text. */
const VALUE_FIELD = ',"value":';
const VALUE_FIELD_BYTES = Buffer.from(VALUE_FIELD);
const CLOSING_BRACE = 0x7d;
const CLOSING_BRACE_BYTES = Buffer.from([CLOSING_BRACE]);

/**
 * The cached value for key, or null when there is none or it cannot be trusted (unreadable,
 * not JSON, another key or format, a value that is not what its hash says, or rejected by accept).
 */
export async function readEntry<T>(settings: CacheSettings, key: string, accept: (value: unknown) => value is T, suffix = '.json'): Promise<T | null> {
  let bytes: Buffer;
  try {
    // Read synchronously: a rerun reads thousands of small entries, for which fs.promises.readFile
    // cost several times the CPU (and, on a busy machine, the time) of readFileSync.
    bytes = readFileSync(entryPath(settings, key, suffix));
  } catch {
    return null;
  }
  try {
    // The value's bytes are checked as they are in the file, before they are decoded: the writer
    // hashed the UTF-8 of a JSON text, so equal hashes mean the same bytes and the same text,
    // without encoding every entry's text again to hash it (tens of megabytes on a rerun).
    const at = bytes.indexOf(VALUE_FIELD_BYTES);
    if (at < 0 || bytes[bytes.length - 1] !== CLOSING_BRACE) return null;
    const header = JSON.parse(`${bytes.toString('utf8', 0, at)}}`) as { format?: unknown; key?: unknown; sha256?: unknown };
    const valueBytes = bytes.subarray(at + VALUE_FIELD_BYTES.length, bytes.length - 1);
    if (header.format !== CACHE_FORMAT || header.key !== key || header.sha256 !== sha256Hex(valueBytes)) return null;
    const value: unknown = JSON.parse(valueBytes.toString('utf8'));
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

/** Writes the entry whole; returns the value as a reader will see it. */
export async function writeEntry<T>(settings: CacheSettings, key: string, value: T): Promise<T> {
  const valueText = writeEntryText(settings, key, value);
  // What a later run reads back, so a fresh result and a cached one are the same values.
  return JSON.parse(valueText) as T;
}

/** Writes the entry whole; returns the value's JSON text (whether or not it could be written). */
export function writeEntryText(settings: CacheSettings, key: string, value: unknown, suffix = '.json'): string {
  const valueText = JSON.stringify(value);
  // Encoded once: the bytes hashed are the bytes written.
  const valueBytes = Buffer.from(valueText, 'utf8');
  // A JSON document whose header fields come before the value, so a reader finds the value's text to check.
  const header = `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256Hex(valueBytes) }).slice(0, -1)}${VALUE_FIELD}`;
  writeFileWhole(entryPath(settings, key, suffix), Buffer.concat([Buffer.from(header, 'utf8'), valueBytes, CLOSING_BRACE_BYTES]));
  return valueText;
}

/**
 * The merge's state of the last run under these rules (normalize/events/merge-state.ts), kept as
 * an entry of its own (not a source's: another suffix) and checked as every entry is; the merge
 * itself decides whether it fits.
 */
const MERGE_STATE = { key: 'merge-state', suffix: '.merge' };

export async function readMergeState(settings: CacheSettings): Promise<unknown> {
  return readEntry(settings, MERGE_STATE.key, (v): v is unknown => typeof v === 'object' && v !== null, MERGE_STATE.suffix);
}

export function writeMergeState(settings: CacheSettings, state: unknown): void {
  writeEntryText(settings, MERGE_STATE.key, state, MERGE_STATE.suffix);
}

/**
 * What an entry records of one of its fragments: where its bytes are in the entry's fragment file
 * and their hash. A source's fragments share one file, one after another: creating a file is most
 * of the kernel's cost of writing a small one (CACHE_FORMAT 3; see docs/performance-log.md).
 */
export interface FragmentCheck {
  sha256: string;
  bytes: number;
  offset: number;
}

/** The file of an entry's fragments. */
export const fragmentPath = (settings: CacheSettings, key: string): string => entryPath(settings, key, '.mentions');

const FRAGMENT_FILE = /^([0-9a-f]{64})\./;

/**
 * The key of the entry a fragment file belongs to, or null for rows not in a cache file. The key
 * stands for everything the source's extraction depends on: equal keys, equal extractions.
 */
export function entryKeyOfFragment(file: string): string | null {
  return FRAGMENT_FILE.exec(path.basename(file))?.[1] ?? null;
}

/** The bytes of an entry's fragments, one after another, and the check of each. */
function laidOut(texts: readonly string[]): { bytes: Buffer; checks: FragmentCheck[] } {
  // Encoded once: the bytes hashed are the bytes written.
  const parts = texts.map((text) => Buffer.from(text, 'utf8'));
  let offset = 0;
  const checks = parts.map((part) => {
    const check = { sha256: sha256Hex(part), bytes: part.length, offset };
    offset += part.length;
    return check;
  });
  return { bytes: Buffer.concat(parts, offset), checks };
}

/** Writes the fragments of the entry key whole, in one file; returns their checks, or null when it could not be written. */
export async function writeFragments(settings: CacheSettings, key: string, texts: readonly string[]): Promise<FragmentCheck[] | null> {
  const { bytes, checks } = laidOut(texts);
  return writeFileWhole(fragmentPath(settings, key), bytes) ? checks : null;
}

/** Rewrites a fragment file found damaged, in place (whole, as always), from all its fragments' texts. */
export async function repairFragments(file: string, texts: readonly string[]): Promise<void> {
  writeFileWhole(file, laidOut(texts).bytes);
}
