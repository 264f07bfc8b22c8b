// The extraction cache: per source reading, one JSON entry and its rendered rows, keyed by the
// source's bytes, its sidecar's bytes, its name and the rules version. Only an optimisation: a
// missing, stale or corrupt entry is a miss, and the source is extracted again and its entry
// written again.
//
// An entry is split so that a rerun reads only what it needs: the entry holds what normalize
// works with across sources (the source record, event and figure candidates, actor definitions,
// problems); the rendered mention rows, most of a source's bytes, are fragments before it that emit
// copies into the tables without parsing them. Each entry carries the hash of its value and each
// fragment's hash is in its entry, so damaged bytes are never trusted.
//
// A source's fragments and entry are one record appended to the pack of the thread that wrote it
// (./packs.ts, CACHE_FORMAT 4): a run creates a few files, not two a source. Fragments are written
// before the entry that names them, and the entry before the index line that names it, so a reader
// (another worker, another run, a run killed mid-write) finds a whole record or none. Failures to
// write are ignored: a read-only or full disk slows the run down and changes nothing it publishes.
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../lib/hash.js';
import { writeFileWhole } from '../lib/write-whole.js';
import type { SourceFile } from '../read/read-folder.js';
import { appendRecord, findEntry, packFolder, readRange, rewriteRange, type PackRange } from './packs.js';
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
const versionDir = (settings: CacheSettings) => path.join(settings.dir, versionFolder(settings.rulesVersion));
/** The folder of the packs that hold the sources' records. */
const packsOf = (settings: CacheSettings) => packFolder(versionDir(settings));

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
    return findEntry(packsOf(settings), cacheKey(settings, file, bytes, sidecar)).length > 0;
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

/**
 * The value of an entry's text (its header fields, then the value), or undefined when the text is
 * not one to trust: not JSON, another key or format, or a value that is not what its hash says.
 */
function entryValue(bytes: Buffer, key: string): unknown {
  try {
    // The value's bytes are checked as they are in the file, before they are decoded: the writer
    // hashed the UTF-8 of a JSON text, so equal hashes mean the same bytes and the same text,
    // without encoding every entry's text again to hash it (tens of megabytes on a rerun).
    const at = bytes.indexOf(VALUE_FIELD_BYTES);
    if (at < 0 || bytes[bytes.length - 1] !== CLOSING_BRACE) return undefined;
    const header = JSON.parse(`${bytes.toString('utf8', 0, at)}}`) as { format?: unknown; key?: unknown; sha256?: unknown };
    const valueBytes = bytes.subarray(at + VALUE_FIELD_BYTES.length, bytes.length - 1);
    if (header.format !== CACHE_FORMAT || header.key !== key || header.sha256 !== sha256Hex(valueBytes)) return undefined;
    return JSON.parse(valueBytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** An entry's text: its header fields before the value, so that a reader finds the value's bytes to check. */
function entryText(key: string, valueText: string): Buffer {
  const out = new RecordBytes();
  out.entry(key, valueText);
  return out.bytes();
}

/** The first of ranges that holds an entry of key that accept takes, and that value. */
function firstTrusted<T>(ranges: readonly PackRange[], key: string, accept: (value: unknown) => value is T): { value: T; pack: string } | null {
  for (const range of ranges) {
    const bytes = readRange(range);
    const value = bytes ? entryValue(bytes, key) : undefined;
    if (value !== undefined && accept(value)) return { value, pack: range.pack };
  }
  return null;
}

/**
 * The cached value for key and the pack that holds it (its fragments are there too), or null when
 * there is none or none to trust (unreadable, damaged, or rejected by accept).
 */
export function readPackedEntry<T>(settings: CacheSettings, key: string, accept: (value: unknown) => value is T): { value: T; pack: string } | null {
  const folder = packsOf(settings);
  const ranges = findEntry(folder, key);
  // Where every known record fails, another thread or run may have written a good one since.
  return firstTrusted(ranges, key, accept) ?? (ranges.length ? firstTrusted(findEntry(folder, key, true), key, accept) : null);
}

/** The cached value for key, or null (see readPackedEntry). */
export async function readEntry<T>(settings: CacheSettings, key: string, accept: (value: unknown) => value is T): Promise<T | null> {
  return readPackedEntry(settings, key, accept)?.value ?? null;
}

/** Writes an entry without fragments; returns the value as a reader will see it (whether or not it could be written). */
export async function writeEntry<T>(settings: CacheSettings, key: string, value: T): Promise<T> {
  const valueText = JSON.stringify(value);
  const entry = entryText(key, valueText);
  appendRecord(packsOf(settings), key, () => ({ bytes: entry, entryBytes: entry.length }));
  // What a later run reads back, so a fresh result and a cached one are the same values.
  return JSON.parse(valueText) as T;
}

/** A source's record as written: its entry's value as JSON text, and the pack that holds it. */
export interface WrittenRecord {
  text: string;
  pack: string;
}

/**
 * Appends a source's record to this thread's pack: the fragments' texts, then the entry that
 * entryOf makes of their checks. Null when it could not be written.
 */
export function writeSourceEntry(settings: CacheSettings, key: string, texts: readonly string[], entryOf: (checks: FragmentCheck[]) => unknown): WrittenRecord | null {
  let text = '';
  const written = appendRecord(packsOf(settings), key, (start) => {
    const out = recordBytes.reset();
    const checks = texts.map((part) => out.fragment(part, start));
    text = JSON.stringify(entryOf(checks));
    const entryBytes = out.entry(key, text);
    return { bytes: out.bytes(), entryBytes };
  });
  recordBytes.release();
  return written && { text, pack: written.pack };
}

/**
 * The merge's state of the last run under these rules (normalize/events/merge-state.ts), kept as
 * an entry of its own (not a source's: another suffix) and checked as every entry is; the merge
 * itself decides whether it fits.
 */
const MERGE_STATE = { key: 'merge-state', file: 'merge-state.merge' };

export async function readMergeState(settings: CacheSettings): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(versionDir(settings), MERGE_STATE.file));
  } catch {
    return null;
  }
  const value = entryValue(bytes, MERGE_STATE.key);
  return typeof value === 'object' && value !== null ? value : null;
}

/** Written whole, in a file of its own: one a run, read by the next. */
export function writeMergeState(settings: CacheSettings, state: unknown): void {
  writeFileWhole(path.join(versionDir(settings), MERGE_STATE.file), entryText(MERGE_STATE.key, JSON.stringify(state)));
}

/** What an entry records of one of its fragments: where its bytes are in the entry's pack, and their hash. */
export interface FragmentCheck {
  sha256: string;
  bytes: number;
  offset: number;
}

/**
 * A record's bytes as they are laid out in a pack: fragments, then an entry (its header, its value,
 * a closing brace), each text encoded straight into one buffer and hashed there. The bytes hashed
 * are the bytes written; a source's record is built without a buffer per part and a copy of each
 * into the whole (~70 KB a source, twice). A thread reuses one (recordBytes): records are built
 * and written synchronously, one at a time.
 */
class RecordBytes {
  private buffer = Buffer.allocUnsafe(0);
  private length = 0;

  reset(): this {
    this.length = 0;
    return this;
  }

  /** Drops a buffer grown far beyond a usual record (a source with huge rows), once it is written. */
  release(): void {
    if (this.buffer.length > KEPT_RECORD_BUFFER) this.buffer = Buffer.allocUnsafe(0);
  }

  /** The record so far: a view of the buffer, valid until the next record is built. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** Appends a fragment, text's UTF-8; returns its check, its offset in the pack given the record's start there. */
  fragment(text: string, start: number): FragmentCheck {
    const at = this.length;
    this.append(text);
    return { sha256: sha256Hex(this.buffer.subarray(at, this.length)), bytes: this.length - at, offset: start + at };
  }

  /** Appends an entry of key whose value is valueText; returns its length in bytes. */
  entry(key: string, valueText: string): number {
    const at = this.length;
    // The header's length does not depend on the hash it holds (64 hex digits): the value is written
    // after room for it, hashed, and the header written in that room.
    const header = (sha256: string) => `${JSON.stringify({ format: CACHE_FORMAT, key, sha256 }).slice(0, -1)}${VALUE_FIELD}`;
    this.append(header(HASH_ROOM));
    const valueAt = this.length;
    this.append(valueText);
    this.buffer.write(header(sha256Hex(this.buffer.subarray(valueAt, this.length))), at, 'utf8');
    this.append('}');
    return this.length - at;
  }

  private append(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a pair of surrogates is 4 bytes for 2 units).
    const room = this.length + 3 * text.length;
    if (room > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, 2 * this.buffer.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }
}

/** Any 64 hex digits: a hash's room in an entry's header. */
const HASH_ROOM = '0'.repeat(64);
/** A buffer grown beyond this (a source with huge rows) is dropped once its record is written. */
const KEPT_RECORD_BUFFER = 4 * 1024 * 1024;
/** This thread's record buffer (writeSourceEntry). */
const recordBytes = new RecordBytes();

/**
 * Writes fragments found damaged back in place, from their texts rendered again: each where its
 * check says, and only the bytes the check names (rows that now render otherwise are left as they
 * are, rendered again each time), so that the entry that names them holds again.
 */
export async function repairFragments(fragments: ReadonlyArray<{ text: string } | (FragmentCheck & { file: string })>, texts: readonly string[]): Promise<void> {
  fragments.forEach((fragment, i) => {
    if ('text' in fragment) return; // held in memory, not cached
    const bytes = Buffer.from(texts[i]!, 'utf8');
    if (bytes.length === fragment.bytes && sha256Hex(bytes) === fragment.sha256) rewriteRange(fragment.file, fragment.offset, bytes);
  });
}
