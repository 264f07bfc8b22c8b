// The extraction cache: per source reading, one file holding its rendered rows and its entry,
// keyed by the source's bytes, its sidecar's bytes, its name and the rules version. Only an
// optimisation: a missing, stale or corrupt entry is a miss, and the source is extracted again
// and its entry rewritten.
//
// A source's file is split so that a rerun reads only what it needs: the entry holds what
// normalize works with across sources (the source record, event and figure candidates, actor
// definitions, problems); the rendered mention rows, most of a source's bytes, are the file's
// fragments, before the entry, which emit copies into the tables by byte range without parsing
// them. Each entry carries the hash of its value and each fragment's hash is in its entry, so a
// damaged file is never trusted. One file a source, not one for the rows and one for the entry:
// creating a file is most of the kernel's cost of writing a small one, and on a shared disk it
// swings widely (CACHE_FORMAT 4; see docs/performance-log.md).
//
// Files are written to a temporary file and renamed into place, so a reader (another worker,
// another run, a run killed mid-write) sees a whole file or none. Failures to write are ignored:
// a read-only or full disk slows the run down and changes nothing it publishes.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { sha256Hex } from '../lib/hash.js';
import { readFullyAt } from '../lib/read-at.js';
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
/** A source's file: its fragments, then its entry (see entryFileBytes). */
const SOURCE_FILE = '.entry';
const entryPath = (settings: CacheSettings, key: string, suffix = SOURCE_FILE) =>
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
 * Every entry file ends with where its entry starts: a byte offset, as fixed-width decimal digits
 * between newlines. The fragments before the entry are laid out before the entry's text can be
 * made (it holds their offsets and hashes), so the entry comes last and a reader finds it from
 * the end, reading only its bytes, not the rows'.
 */
const TRAILER = /^\n(\d{15})\n$/;
const TRAILER_BYTES = 17;
const trailerOf = (start: number): Buffer => Buffer.from(`\n${String(start).padStart(15, '0')}\n`, 'latin1');

/** The bytes of the entry document in file (header fields and value), or null where there is none to read. */
function entryDocument(file: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const end = fstatSync(fd).size - TRAILER_BYTES;
    if (end < 0) return null;
    const trailer = Buffer.allocUnsafe(TRAILER_BYTES);
    if (!readFullyAt(fd, trailer, end)) return null;
    const at = TRAILER.exec(trailer.toString('latin1'));
    const start = at ? Number(at[1]) : -1;
    if (start < 0 || start > end) return null;
    const document = Buffer.allocUnsafe(end - start);
    return readFullyAt(fd, document, start) ? document : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of the value of an entry document, or null when it cannot be trusted (not such a
 * document, another key or format, a value that is not what its hash says). The value's bytes are
 * checked as they are in the file, before they are decoded: the writer hashed the UTF-8 of a JSON
 * text, so equal hashes mean the same bytes and the same text, without encoding every entry's
 * text again to hash it (tens of megabytes on a rerun).
 */
function checkedValue(document: Buffer, key: string): Buffer | null {
  try {
    const at = document.indexOf(VALUE_FIELD_BYTES);
    if (at < 0 || document[document.length - 1] !== CLOSING_BRACE) return null;
    const header = JSON.parse(`${document.toString('utf8', 0, at)}}`) as { format?: unknown; key?: unknown; sha256?: unknown };
    const valueBytes = document.subarray(at + VALUE_FIELD_BYTES.length, document.length - 1);
    return header.format === CACHE_FORMAT && header.key === key && header.sha256 === sha256Hex(valueBytes) ? valueBytes : null;
  } catch {
    return null;
  }
}

/**
 * The cached value for key, or null when there is none or it cannot be trusted (unreadable,
 * not JSON, another key or format, a value that is not what its hash says, or rejected by accept).
 * Read synchronously: a rerun reads thousands of small entries, for which promise calls cost
 * several times the CPU (and, on a busy machine, the time) of synchronous ones.
 */
export async function readEntry<T>(settings: CacheSettings, key: string, accept: (value: unknown) => value is T, suffix = SOURCE_FILE): Promise<T | null> {
  const document = entryDocument(entryPath(settings, key, suffix));
  const valueBytes = document && checkedValue(document, key);
  if (!valueBytes) return null;
  try {
    const value: unknown = JSON.parse(valueBytes.toString('utf8'));
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Writes text to target whole (a temporary file, then rename); false when it could not.
 * Synchronous, as reads are, and the folder is made only when the write finds it missing: a
 * worker writes a file per source, and a recursive mkdir before each with promise calls cost
 * several times the CPU of the writes themselves.
 */
function writeWhole(target: string, text: Uint8Array): boolean {
  const temp = `${target}.${process.pid}-${threadId}-${randomUUID()}.tmp`;
  try {
    try {
      writeFileSync(temp, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(temp, text);
    }
    renameSync(temp, target);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}

/** Writes the entry whole; returns the value as a reader will see it. */
export async function writeEntry<T>(settings: CacheSettings, key: string, value: T): Promise<T> {
  const valueText = writeEntryText(settings, key, value);
  // What a later run reads back, so a fresh result and a cached one are the same values.
  return JSON.parse(valueText) as T;
}

/** Writes the entry whole, with no fragments; returns the value's JSON text (whether or not it could be written). */
export function writeEntryText(settings: CacheSettings, key: string, value: unknown, suffix = SOURCE_FILE): string {
  const valueText = JSON.stringify(value);
  writeWhole(entryPath(settings, key, suffix), entryFileBytes([], key, valueText));
  return valueText;
}

/**
 * An entry file's bytes: its fragments one after another, the entry document (a JSON document
 * whose header fields come before the value, so a reader finds the value's text to check), and
 * the trailer that says where the document starts.
 */
function entryFileBytes(fragments: readonly Buffer[], key: string, valueText: string): Buffer {
  // Encoded once: the bytes hashed are the bytes written.
  const valueBytes = Buffer.from(valueText, 'utf8');
  const header = Buffer.from(`${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256Hex(valueBytes) }).slice(0, -1)}${VALUE_FIELD}`, 'utf8');
  const start = fragments.reduce((sum, part) => sum + part.length, 0);
  return Buffer.concat([...fragments, header, valueBytes, CLOSING_BRACE_BYTES, trailerOf(start)]);
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
 * What an entry records of one of its fragments: where its bytes are in the entry's file and
 * their hash. A source's fragments come one after another at the start of its file.
 */
export interface FragmentCheck {
  sha256: string;
  bytes: number;
  offset: number;
}

/** The file of an entry's fragments: the entry's own. */
export const fragmentPath = (settings: CacheSettings, key: string): string => entryPath(settings, key);

const FRAGMENT_FILE = /^([0-9a-f]{64})\./;

/**
 * The key of the entry a fragment file belongs to, or null for rows not in a cache file. The key
 * stands for everything the source's extraction depends on: equal keys, equal extractions.
 */
export function entryKeyOfFragment(file: string): string | null {
  return FRAGMENT_FILE.exec(path.basename(file))?.[1] ?? null;
}

/** The bytes of an entry's fragments, one after another, and the check of each. */
function laidOut(texts: readonly string[]): { parts: Buffer[]; checks: FragmentCheck[] } {
  // Encoded once: the bytes hashed are the bytes written.
  const parts = texts.map((text) => Buffer.from(text, 'utf8'));
  let offset = 0;
  const checks = parts.map((part) => {
    const check = { sha256: sha256Hex(part), bytes: part.length, offset };
    offset += part.length;
    return check;
  });
  return { parts, checks };
}

/**
 * Writes a source's file whole: the fragments' texts, then the entry that entryOf makes of their
 * checks. Returns the entry's value as JSON text, or null when the file could not be written.
 */
export function writeSourceEntry(settings: CacheSettings, key: string, texts: readonly string[], entryOf: (checks: FragmentCheck[]) => unknown): string | null {
  const { parts, checks } = laidOut(texts);
  const valueText = JSON.stringify(entryOf(checks));
  return writeWhole(entryPath(settings, key), entryFileBytes(parts, key, valueText)) ? valueText : null;
}

/**
 * Rewrites a source's file found with damaged fragments, whole (as always), from all its
 * fragments' texts. Its entry is kept where it still checks (the texts are the ones it was
 * written with, so its offsets and hashes stand); otherwise the file is left without one, a miss
 * for the next look-up, and only the fragments a run already holds checks of are restored.
 */
export async function repairFragments(file: string, texts: readonly string[]): Promise<void> {
  const { parts } = laidOut(texts);
  const key = entryKeyOfFragment(file);
  const document = key === null ? null : entryDocument(file);
  const kept = document && key !== null && checkedValue(document, key) ? [document, trailerOf(parts.reduce((sum, part) => sum + part.length, 0))] : [];
  writeWhole(file, Buffer.concat([...parts, ...kept]));
}
