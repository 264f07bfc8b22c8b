// The snapshot of the last run's cached results: one file per rules version holding, for every
// source that run took from or wrote to the cache, a stamp of its files (size, times, inode) and
// the result it took, so that a rerun finds an unchanged source without reading and hashing its
// bytes or opening its entry: at 10,000 sources, 10,000 stats and one read instead of 20,000
// reads and ~330 MB hashed (the sources and the entries).
//
// Only an optimisation, and never trusted blindly. The snapshot is checked against the hash in
// its last line: a damaged or truncated one is ignored whole and the run reads the cache as it
// would without it. A source whose stamp differs (edited, replaced, touched) is looked up the
// usual way: read, hashed, keyed. A stamp is taken before the source is read and recorded only
// when the files' last change is older than that by more than a file system's time granularity,
// so an edit made after it always gives another stamp (git's "racily clean" rule). A record's
// result is its cache entry's value, its mention rows named by file and hash: emit checks them as
// it copies them, and renders them again from the source when they fail.
//
// A rerun appends: the records it keeps stay where they are, its new records (and definitions)
// are written over the old trailer, followed by a new one whose hash continues the one checked
// when the snapshot was read, so that a rerun of 10,000 sources + 1 writes ~20 KB instead of
// ~170 MB. A source's later record shadows its earlier ones; records no run took any more (edited,
// removed) stay until they are a quarter of the file, when the next run writes it whole again. An
// append cut short, or made to a file replaced since it was read, leaves a file whose hash fails:
// the next run ignores it whole, as any damaged snapshot.
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, read as readAt, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { createHash, randomUUID, type Hash } from 'node:crypto';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { sha256Hex } from '../lib/hash.js';
import { readFullyAt, writeFullyAt } from '../lib/range-io.js';
import type { FileResult } from '../extract-file.js';
import type { SourceExtraction } from '../model.js';
import type { SourceFile } from '../read/read-folder.js';
import { CACHE_FORMAT } from './rules-version.js';
import { packCandidates, unpackCandidates } from './snapshot-candidates.js';
import { versionFolder, type CacheSettings } from './extract-cache.js';

/** Changes closer than this to a stamp could be followed by an edit that keeps their times (FAT keeps 2 s). */
const RACY_NS = 2_000_000_000n;

export const snapshotPath = (settings: CacheSettings): string => path.join(settings.dir, versionFolder(settings.rulesVersion), 'sources.snapshot');

/** What identifies a listed source besides its bytes: the parts of its cache key that are not hashes, and where it is. */
const idOf = (file: SourceFile): string => JSON.stringify([file.sourceId, file.file, file.path, file.format, file.sidecarPath]);

/** The moment stamps are taken against, in ns since the epoch (the clock file systems stamp files with). */
export const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

/**
 * Whether the raw folder itself changed (a file added, removed or renamed in it) since the
 * snapshot was last written: a guess, made before anything is listed, that this run has a source
 * to extract, for starting an extraction thread early (build.ts). Only a guess: a source edited
 * in place leaves the folder as it was, and a removed one gives nothing to extract. False
 * without a snapshot (a first run extracts everything and starts its threads anyway).
 */
export function folderChangedSince(settings: CacheSettings, rawDir: string): boolean {
  try {
    const written = statSync(snapshotPath(settings), { bigint: true }).mtimeNs;
    const folder = statSync(rawDir, { bigint: true });
    return folder.mtimeNs >= written || folder.ctimeNs >= written;
  } catch {
    return false;
  }
}

/**
 * The stamp of a source's files (the source, and its sidecar): for each, size, modification and
 * change times in ns, inode and device. Null when a file cannot be stat'ed or changed less than
 * RACY_NS before takenAt: such a source is read and hashed, as without a snapshot.
 */
export function stampOf(file: SourceFile, takenAt: bigint): string | null {
  const parts: string[] = [];
  for (const p of file.sidecarPath ? [file.path, file.sidecarPath] : [file.path]) {
    let s;
    try {
      s = statSync(p, { bigint: true });
    } catch {
      return null;
    }
    if (takenAt - s.mtimeNs < RACY_NS || takenAt - s.ctimeNs < RACY_NS) return null;
    parts.push(`${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}`);
  }
  return parts.join('|');
}

// A record is one line: the JSON of [id, stamp], a tab, the JSON of the result, and where its
// candidates are packed (./snapshot-candidates.ts: the result's events and figures then empty
// lists), a tab and the JSON of the pack. JSON texts hold no raw tab or newline, so tabs end the
// parts and lines split on newlines. The actor
// definitions a result carries (the lexicon entries its source met, ~24 a source and a quarter of
// its bytes, nearly all shared) are lines of their own, ["#definition", key] and the definition,
// and a result lists their keys: read once, one object each, as extraction's compactor would
// share them. The last line is the trailer: format, rules version, the lines' encoding, and the
// size and hash of everything before it.
//
// Lines are ASCII: every character outside it is written as its JSON escape (\u2019), so that a
// line is decoded as Latin-1, a copy of its bytes, and JSON.parse reads a one-byte string. As
// UTF-8, one curly quote made a record's whole text two-byte: at 10,000 sources decoding the
// records took ~0.7 CPU-s of the ~1.9 that taking them cost. The escapes are JSON's own, so a
// line parses to the same values (an unpaired surrogate too: each UTF-16 unit is escaped).
const TAB = 0x09;
const NEWLINE = 0x0a;
const DEFINITION = '#definition';
/** The trailer's name for the lines' encoding: a snapshot without it (UTF-8 lines) is not read. */
const ENCODING = 'ascii';
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_UNITS = /[^\x00-\x7f]/g;

const escapeUnit = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A line of JSON texts as ASCII bytes: what is not ASCII as JSON escapes, one per UTF-16 unit. */
export function asciiLine(text: string): Buffer {
  return Buffer.from(NON_ASCII.test(text) ? text.replace(NON_ASCII_UNITS, escapeUnit) : text, 'latin1');
}

type Definition = SourceExtraction['actorDefinitions'][number];

interface Trailer {
  format: number;
  encoding: typeof ENCODING;
  rulesVersion: string;
  bytes: number;
  sha256: string;
}

/** Where a snapshot was read from, so that the next one can be appended to it. */
export interface SnapshotFile {
  /** Bytes before the trailer, where an append starts. */
  bodyBytes: number;
  /** The file's size, device and inode when read: an append is made only to that file. */
  size: number;
  dev: number;
  ino: number;
  /** The sha256 of the body, not yet finished: an append continues it (copy it first). */
  hash: Hash;
}

/** The last run's records, checked whole, each decoded only when its source is taken. */
export class SourceSnapshot {
  private constructor(
    private readonly records: Map<string, { stamp: string; line: Buffer }>,
    readonly definitions: Map<string, { definition: Definition; line: Buffer }>,
    readonly file: SnapshotFile,
  ) {}

  get size(): number {
    return this.records.size;
  }

  /** The snapshot of these rules in the cache, or null when there is none, or none to trust. */
  static read(settings: CacheSettings): SourceSnapshot | null {
    let bytes: Buffer;
    let stat;
    try {
      const fd = openSync(snapshotPath(settings), 'r');
      try {
        stat = fstatSync(fd);
        bytes = Buffer.allocUnsafe(stat.size);
        if (!readFullyAt(fd, bytes, 0)) return null;
      } finally {
        closeSync(fd);
      }
    } catch {
      return null;
    }
    return SourceSnapshot.check(settings, bytes, stat);
  }

  /**
   * As read, but the file's bytes are read by libuv's thread pool, in one request: at 10,000
   * sources its ~90 MB cost the thread that reads them ~70 ms of copying and page faults, which
   * the main thread then spends listing the sources instead (build.ts starts this first). The
   * check of its hash and the records' ids stay on the caller's thread.
   */
  static async load(settings: CacheSettings): Promise<SourceSnapshot | null> {
    let bytes: Buffer;
    let stat;
    try {
      const fd = openSync(snapshotPath(settings), 'r');
      try {
        stat = fstatSync(fd);
        bytes = Buffer.allocUnsafe(stat.size);
        if (!(await readWholeInPool(fd, bytes))) return null;
      } finally {
        closeSync(fd);
      }
    } catch {
      return null;
    }
    return SourceSnapshot.check(settings, bytes, stat);
  }

  /** The snapshot these bytes of its file hold, or null when they are not one to trust. */
  private static check(settings: CacheSettings, bytes: Buffer, stat: Stats): SourceSnapshot | null {
    try {
      const trailerStart = bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1;
      const trailer = JSON.parse(bytes.toString('latin1', trailerStart)) as Partial<Trailer>;
      const body = bytes.subarray(0, trailerStart);
      const hash = createHash('sha256').update(body);
      if (trailer.format !== CACHE_FORMAT || trailer.encoding !== ENCODING || trailer.rulesVersion !== settings.rulesVersion || trailer.bytes !== body.length || trailer.sha256 !== hash.copy().digest('hex')) return null;
      const records = new Map<string, { stamp: string; line: Buffer }>();
      const definitions = new Map<string, { definition: Definition; line: Buffer }>();
      for (let at = 0; at < body.length;) {
        // A line keeps its newline, so that the next snapshot can take it as it is.
        const end = body.indexOf(NEWLINE, at) + 1;
        const line = body.subarray(at, end);
        at = end;
        const tab = line.indexOf(TAB);
        const [id, stamp] = JSON.parse(line.toString('latin1', 0, tab)) as [string, string];
        if (id === DEFINITION) definitions.set(stamp, { definition: JSON.parse(line.toString('latin1', tab + 1)) as Definition, line });
        else records.set(id, { stamp, line }); // a later record of a source shadows its earlier ones (appends)
      }
      return new SourceSnapshot(records, definitions, { bodyBytes: body.length, size: bytes.length, dev: stat.dev, ino: stat.ino, hash });
    } catch {
      return null;
    }
  }

  /** Whether the snapshot holds a record of file with this stamp (not yet read: take reads it). */
  holds(file: SourceFile, stamp: string | null): boolean {
    return stamp !== null && this.records.get(idOf(file))?.stamp === stamp;
  }

  /** The strings of the packed candidates taken so far, each kept once (see unpackCandidates). */
  private readonly sharedStrings = new Map<string, string>();

  /**
   * The record of file when its stamp is the one recorded (a line to keep, and its result, its
   * definitions shared with every other result taken), else null. `candidatesShared`: the
   * strings of its events and figures are shared with the other records' already (they were
   * packed); of a record written as plain JSON, they are not.
   */
  take(file: SourceFile, stamp: string | null): { line: Buffer; result: FileResult; candidatesShared: boolean } | null {
    const known = stamp === null ? undefined : this.records.get(idOf(file));
    if (!known || known.stamp !== stamp) return null;
    const { line } = known;
    let result: FileResult;
    const start = line.indexOf(TAB) + 1;
    const packAt = line.indexOf(TAB, start);
    try {
      result = JSON.parse(line.toString('latin1', start, packAt < 0 ? line.length : packAt)) as FileResult;
      if (packAt >= 0) {
        const { events, figures } = unpackCandidates(JSON.parse(line.toString('latin1', packAt + 1)), this.sharedStrings);
        result.extraction!.events = events;
        result.extraction!.figures = figures;
      }
      if (result.extraction) {
        const keys = result.extraction.actorDefinitions as unknown as string[];
        result.extraction.actorDefinitions = keys.map((key) => this.definitions.get(key)!.definition);
      }
    } catch {
      return null; // not written by SnapshotWriter (the hash only says the file is what was written)
    }
    if (result.mentions) result.mentions.origin = file;
    return { line, result: { ...result, reused: true }, candidatesShared: packAt >= 0 };
  }
}

/** Fills `bytes` from the start of the file, each read a request to libuv's pool; false when the file ends first. */
async function readWholeInPool(fd: number, bytes: Buffer): Promise<boolean> {
  for (let done = 0, n; done < bytes.length; done += n) {
    n = await new Promise<number>((resolve, reject) => readAt(fd, bytes, done, bytes.length - done, done, (error, read) => (error ? reject(error) : resolve(read))));
    if (n === 0) return false;
  }
  return true;
}

/**
 * Writes the next snapshot. Given the last one, it appends to it (see the top of this file):
 * the lines kept are only counted, the new ones held until finish. Without one, or when the
 * append would leave more than a quarter of the file to records no run takes, or hold more than
 * APPEND_HELD_BYTES, or the file was replaced since it was read, it writes the whole snapshot a
 * batch of lines at a time to a temporary file, renamed into place when finished. That file is
 * opened at the first batch: before it, the rules' folder may not exist, and making it would tell
 * extraction that the cache holds entries of these rules to look up.
 */
export class SnapshotWriter {
  private readonly target: string;
  private readonly temp: string;
  private fd: number | null = null;
  private failed = false;
  private hash = createHash('sha256');
  private bytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** While appending: the last snapshot's file, the lines kept from it, and the new lines. */
  private appendTo: SnapshotFile | null;
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private added: Buffer[] = [];
  private addedBytes = 0;

  /** The key of each definition written, by content; and of the objects met, since results share them. */
  private readonly keysByText = new Map<string, string>();
  private readonly keysByObject = new Map<Definition, string>();

  /** `last`: the snapshot whose records may be kept, and appended to; its definitions are carried over. */
  constructor(private readonly settings: CacheSettings, last: SourceSnapshot | null = null) {
    this.target = snapshotPath(settings);
    this.temp = `${this.target}.${process.pid}-${threadId}-${randomUUID()}.tmp`;
    this.appendTo = last?.file ?? null;
    for (const [key, { definition, line }] of last?.definitions ?? []) {
      this.keysByText.set(JSON.stringify(definition), key);
      this.add(line);
    }
  }

  /** Adds the record of a result of this run, stamped; its mention rows' origin is the listing's, not kept. */
  addResult(file: SourceFile, stamp: string, result: FileResult): void {
    const { reused: _, ...kept } = result;
    const mentions = kept.mentions ? { ...kept.mentions, origin: undefined } : null;
    const packed = kept.extraction && packCandidates(kept.extraction.events, kept.extraction.figures);
    // Packed, the candidates' keys keep their places in the extraction's JSON, as empty lists.
    const candidates = packed ? { figures: [], events: [] } : null;
    const extraction = kept.extraction ? { ...kept.extraction, ...candidates, actorDefinitions: kept.extraction.actorDefinitions.map((d) => this.keyOf(d)) } : null;
    const pack = packed ? `\t${JSON.stringify(packed)}` : '';
    this.addNew(asciiLine(`${JSON.stringify([idOf(file), stamp])}\t${JSON.stringify({ ...kept, extraction, mentions })}${pack}\n`));
  }

  /** The key of a definition, its line added the first time its content is met. */
  private keyOf(definition: Definition): string {
    const known = this.keysByObject.get(definition);
    if (known) return known;
    const text = JSON.stringify(definition);
    let key = this.keysByText.get(text);
    if (!key) {
      key = sha256Hex(text).slice(0, 32);
      this.keysByText.set(text, key);
      this.addNew(asciiLine(`${JSON.stringify([DEFINITION, key])}\t${text}\n`));
    }
    this.keysByObject.set(definition, key);
    return key;
  }

  /** Adds a line as it is: a record (or definition) kept from the last snapshot. */
  add(line: Buffer): void {
    if (this.failed) return;
    if (!this.appendTo) return this.write(line);
    this.kept.push(line);
    this.keptBytes += line.length;
  }

  /** Adds a line the last snapshot does not hold. */
  private addNew(line: Buffer): void {
    if (this.failed) return;
    if (!this.appendTo) return this.write(line);
    this.added.push(line);
    this.addedBytes += line.length;
    if (this.addedBytes > APPEND_HELD_BYTES) this.writeWhole();
  }

  /** Writes the trailer and puts the snapshot in place of the last one (or appends to it). */
  finish(): void {
    if (this.failed) return;
    const last = this.appendTo;
    if (last) {
      const fileBytes = last.bodyBytes + this.addedBytes;
      const shadowed = fileBytes - this.keptBytes - this.addedBytes;
      if (shadowed * 4 > fileBytes || !this.append(last)) this.writeWhole();
      else return;
    }
    const trailer: Trailer = { format: CACHE_FORMAT, encoding: ENCODING, rulesVersion: this.settings.rulesVersion, bytes: this.bytes, sha256: this.hash.digest('hex') };
    this.pending.push(Buffer.from(`${JSON.stringify(trailer)}\n`));
    this.flush();
    if (this.failed) return;
    try {
      closeSync(this.fd!);
      this.fd = null;
      renameSync(this.temp, this.target);
    } catch {
      this.abandon();
    }
  }

  /**
   * Writes the new lines and a new trailer over the last snapshot's trailer, in the file it was
   * read from; false, with nothing written, where that file is no longer there as read. A write
   * that fails removes the file (the next run writes a whole one).
   */
  private append(last: SnapshotFile): boolean {
    let fd: number;
    try {
      fd = openSync(this.target, 'r+');
    } catch {
      return false;
    }
    try {
      const now = fstatSync(fd);
      if (now.size !== last.size || now.ino !== last.ino || now.dev !== last.dev) return false;
      if (!this.addedBytes) return true; // nothing new: the file says it all already
      const hash = last.hash.copy();
      let at = last.bodyBytes;
      const put = (bytes: Buffer) => {
        writeFullyAt(fd, bytes, at);
        at += bytes.length;
      };
      for (let i = 0; i < this.added.length;) {
        // In batches of about WRITE_BATCH_BYTES, as a whole snapshot is written.
        const batch: Buffer[] = [];
        for (let n = 0; i < this.added.length && n < WRITE_BATCH_BYTES; i++) n += batch[batch.push(this.added[i]!) - 1]!.length;
        const bytes = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
        hash.update(bytes);
        put(bytes);
      }
      const trailer: Trailer = { format: CACHE_FORMAT, encoding: ENCODING, rulesVersion: this.settings.rulesVersion, bytes: at, sha256: hash.digest('hex') };
      put(Buffer.from(`${JSON.stringify(trailer)}\n`));
      ftruncateSync(fd, at);
      this.added = [];
      this.kept = [];
      return true;
    } catch {
      this.abandon();
      try {
        rmSync(this.target, { force: true });
      } catch {
        // left as it is, its hash fails: the next run reads none
      }
      return true;
    } finally {
      closeSync(fd);
    }
  }

  /** From appending to writing the whole snapshot: the lines kept and added so far go first. */
  private writeWhole(): void {
    const lines = [...this.kept, ...this.added];
    this.appendTo = null;
    this.kept = [];
    this.added = [];
    this.keptBytes = this.addedBytes = 0;
    for (const line of lines) this.write(line);
  }

  /** Gives up the snapshot (a failed write, a run that stops): the last one stays, or none. */
  abandon(): void {
    this.failed = true;
    this.pending = [];
    this.kept = [];
    this.added = [];
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temp, { force: true });
  }

  /** Adds a line to the whole snapshot being written. */
  private write(line: Buffer): void {
    if (this.failed) return;
    this.hash.update(line);
    this.bytes += line.length;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= WRITE_BATCH_BYTES) this.flush();
  }

  private flush(): void {
    try {
      if (this.fd === null) {
        mkdirSync(path.dirname(this.temp), { recursive: true });
        this.fd = openSync(this.temp, 'w');
      }
      writeSync(this.fd, this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending));
      this.pending = [];
      this.pendingBytes = 0;
    } catch {
      this.abandon(); // a read-only or full cache: the run goes on without a snapshot
    }
  }
}

/** New lines held for an append at most; past it, the whole snapshot is written (a run that changed most sources). */
const APPEND_HELD_BYTES = 64 << 20;
const WRITE_BATCH_BYTES = 1 << 20;
