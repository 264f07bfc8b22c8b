// The cache's records in pack files. Each thread that writes appends its sources' records (a
// source's rendered rows, then the entry that checks them) to a pack of its own, one per thread
// and process, and for each entry a line to an index beside the pack: its key and where it is. A
// run creates a handful of files, not two a source: creating a file cost the kernel 0.7–1.7 ms a
// source when two workers wrote at once, appending ~0.03–0.05 ms (docs/performance-log.md,
// thirteenth and fourteenth sessions).
//
// Nothing in a pack is trusted but what its hashes say (extract-cache.ts checks an entry, emit a
// fragment): a damaged, truncated or replaced range is a miss, or rows rendered again. An append
// cut short leaves a record no index line names, or a last line without its newline, which is
// never read: lines are taken up to the last newline of an index. Packs are never shrunk (a
// version folder's records go with it, as its stale entries did before); a damaged fragment is
// repaired in place, with the very bytes its check names.
import { closeSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { readFullyAt, writeFullyAt } from '../lib/range-io.js';

/** Where a record's bytes are: a pack file and a byte range of it. */
export interface PackRange {
  pack: string;
  offset: number;
  bytes: number;
}

const PACK = '.pack';
const INDEX = '.index';
const NEWLINE = 0x0a;

/** The folder of a cache version's packs and their indexes. */
export const packFolder = (versionDir: string): string => path.join(versionDir, 'packs');

/**
 * This thread's pack in one folder, made at its first record. The files are opened for each record
 * and closed after it, not held: a worker thread is terminated when its work is done, and what it
 * holds open would stay open in the process (opening an existing file costs a few microseconds; it
 * was creating files that cost the kernel).
 */
class PackWriter {
  private name: string | null = null;
  private packEnd = 0;
  private indexEnd = 0;

  constructor(private readonly folder: string) {}

  /** Starts a pack (and its index): the first, or another where this thread's was removed since or failed. */
  private start(): string {
    const name = path.join(this.folder, `${process.pid}-${threadId}-${randomUUID()}`);
    try {
      closeSync(openSync(`${name}${PACK}`, 'wx'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(this.folder, { recursive: true });
      closeSync(openSync(`${name}${PACK}`, 'wx'));
    }
    closeSync(openSync(`${name}${INDEX}`, 'wx'));
    this.packEnd = this.indexEnd = 0;
    return (this.name = name);
  }

  /**
   * Appends a record: layout(start) gives its bytes for where it starts (its fragments' checks
   * name their offsets in the pack) and how many of them, at the end, are the entry of key.
   * Returns where the entry is, or null when it could not be written (the next record starts
   * another pack).
   */
  append(key: string, layout: (start: number) => { bytes: Buffer; entryBytes: number }): PackRange | null {
    let packFd = -1;
    let indexFd = -1;
    try {
      let name = this.name ?? this.start();
      try {
        packFd = openSync(`${name}${PACK}`, 'r+');
      } catch (error) {
        // Removed since (a cache cleared while the process lives): the records go to a new pack.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        name = this.start();
        packFd = openSync(`${name}${PACK}`, 'r+');
      }
      indexFd = openSync(`${name}${INDEX}`, 'r+');
      const start = this.packEnd;
      const { bytes, entryBytes } = layout(start);
      writeFullyAt(packFd, bytes, start);
      this.packEnd += bytes.length;
      const entry: PackRange = { pack: `${name}${PACK}`, offset: start + bytes.length - entryBytes, bytes: entryBytes };
      // After the record: a line names only bytes written whole.
      const line = Buffer.from(`${key}\t${entry.offset}\t${entry.bytes}\n`, 'utf8');
      writeFullyAt(indexFd, line, this.indexEnd);
      this.indexEnd += line.length;
      return entry;
    } catch {
      this.name = null;
      return null;
    } finally {
      if (packFd >= 0) closeSync(packFd);
      if (indexFd >= 0) closeSync(indexFd);
    }
  }
}

/** This thread's writers, by pack folder (a thread may write to several caches, as tests do). */
const writers = new Map<string, PackWriter>();

/** Appends a record to this thread's pack in folder (see PackWriter.append). */
export function appendRecord(folder: string, key: string, layout: (start: number) => { bytes: Buffer; entryBytes: number }): PackRange | null {
  let writer = writers.get(folder);
  if (!writer) writers.set(folder, (writer = new PackWriter(folder)));
  const entry = writer.append(key, layout);
  if (entry) indexes.get(folder)?.add(key, entry);
  return entry;
}

/** A key and its range in an index line: the key (no tab or newline), the offset and the length. */
const INDEX_LINE = /^([^\t]+)\t(\d+)\t(\d+)$/;

/**
 * The entries of a folder's packs by key, as this thread last read their indexes: loaded once,
 * then only what the indexes gained is read, when a key is not found (other threads and runs
 * append while this one reads).
 */
class PackIndex {
  /** Bytes of each index read so far: up to its last newline. */
  private readonly consumed = new Map<string, number>();
  private readonly ranges = new Map<string, PackRange[]>();

  constructor(private readonly folder: string) {}

  /**
   * The ranges recorded for key, the latest first (an earlier one may have been damaged and written
   * again). `again`: the indexes are read for what they gained even where key is known (its known
   * ranges failed their checks).
   */
  find(key: string, again = false): readonly PackRange[] {
    const known = this.ranges.get(key);
    if (known && !again) return known;
    this.refresh();
    return this.ranges.get(key) ?? [];
  }

  add(key: string, range: PackRange): void {
    const known = this.ranges.get(key);
    if (known) known.unshift(range);
    else this.ranges.set(key, [range]);
  }

  /** Reads what the indexes gained since the last refresh, and the indexes made since. */
  private refresh(): void {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith(INDEX)) continue;
      const file = path.join(this.folder, name);
      const from = this.consumed.get(file) ?? 0;
      try {
        const size = statSync(file).size;
        if (size <= from) continue;
        const fd = openSync(file, 'r');
        const bytes = Buffer.allocUnsafe(size - from);
        try {
          if (!readFullyAt(fd, bytes, from)) continue;
        } finally {
          closeSync(fd);
        }
        const end = bytes.lastIndexOf(NEWLINE) + 1;
        this.consumed.set(file, from + end);
        const pack = `${file.slice(0, -INDEX.length)}${PACK}`;
        for (const line of bytes.toString('utf8', 0, end).split('\n')) {
          const m = INDEX_LINE.exec(line);
          // A line that is not one (damaged) is skipped: its entry is a miss.
          if (m) this.add(m[1]!, { pack, offset: Number(m[2]), bytes: Number(m[3]) });
        }
      } catch {
        // an index removed or unreadable since it was listed: its entries are misses
      }
    }
  }
}

const indexes = new Map<string, PackIndex>();

/** The ranges where folder's packs may hold the entry of key (each to be checked when read); `again` as PackIndex.find's. */
export function findEntry(folder: string, key: string, again = false): readonly PackRange[] {
  let index = indexes.get(folder);
  if (!index) indexes.set(folder, (index = new PackIndex(folder)));
  return index.find(key, again);
}

/** The bytes of a range, or null when its pack is gone or ends before it. */
export function readRange(range: PackRange): Buffer | null {
  let fd: number;
  try {
    fd = openSync(range.pack, 'r');
  } catch {
    return null;
  }
  try {
    const bytes = Buffer.allocUnsafe(range.bytes);
    return readFullyAt(fd, bytes, range.offset) ? bytes : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes bytes back at a range of an existing pack (never creates one): where a fragment was found
 * damaged, with the bytes its check names, so that the entry that names it holds again.
 */
export function rewriteRange(pack: string, offset: number, bytes: Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(pack, 'r+');
  } catch {
    return;
  }
  try {
    writeFullyAt(fd, bytes, offset);
  } catch {
    // left damaged: it is rendered again next time
  } finally {
    closeSync(fd);
  }
}
