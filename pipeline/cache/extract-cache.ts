// The extraction cache: one JSON file per source reading, keyed by the source's bytes, its
// sidecar's bytes, its name and the rules version. Only an optimisation: a missing, stale or
// corrupt entry is a miss, and the source is extracted again and its entry rewritten.
//
// Entries are written to a temporary file and renamed into place, so a reader (another worker,
// another run, a run killed mid-write) sees a whole entry or none. Failures to write are
// ignored: a read-only or full disk slows the run down and changes nothing it publishes.
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { sha256Hex } from '../lib/hash.js';
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
const versionFolder = (rulesVersion: string) => rulesVersion.slice(0, 16);
const VERSION_FOLDER = /^[0-9a-f]{16}$/;
const entryPath = (settings: CacheSettings, key: string) =>
  path.join(settings.dir, versionFolder(settings.rulesVersion), key.slice(0, 2), `${key}.json`);

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

/**
 * The cached value for key, or null when there is none or it cannot be trusted (unreadable,
 * not JSON, another key, or rejected by accept).
 */
export async function readEntry<T>(settings: CacheSettings, key: string, accept: (value: unknown) => value is T): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(entryPath(settings, key), 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as { format?: unknown; key?: unknown; value?: unknown };
    if (entry?.format !== CACHE_FORMAT || entry.key !== key) return null;
    return accept(entry.value) ? entry.value : null;
  } catch {
    return null;
  }
}

/**
 * Writes the entry whole (temporary file, then rename), its value given as JSON text: a worker
 * thread has the text already, as it sends its results to the main thread as text.
 */
export async function writeEntryText(settings: CacheSettings, key: string, valueText: string): Promise<void> {
  // The bytes of JSON.stringify({ format: CACHE_FORMAT, key, value }).
  const text = `{"format":${JSON.stringify(CACHE_FORMAT)},"key":${JSON.stringify(key)},"value":${valueText}}`;
  const target = entryPath(settings, key);
  const temp = `${target}.${process.pid}-${threadId}-${randomUUID()}.tmp`;
  // Written synchronously: an extraction thread has nothing else to do meanwhile, and the promise
  // API's round trips cost it several times the CPU of the writes themselves. The folder is made
  // only when the write finds it missing (a recursive mkdir before every entry cost a worker about
  // a twentieth of its time).
  try {
    try {
      writeFileSync(temp, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(temp, text);
    }
    renameSync(temp, target);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing left to clean up
    }
  }
}

/** Writes the entry whole (temporary file, then rename); returns the value as a reader will see it. */
export async function writeEntry<T>(settings: CacheSettings, key: string, value: T): Promise<T> {
  const text = JSON.stringify(value);
  await writeEntryText(settings, key, text);
  // What a later run reads back, so a fresh result and a cached one are the same values.
  return JSON.parse(text) as T;
}
