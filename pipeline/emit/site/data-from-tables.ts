// The explorer's data files (chunks.ts) made from the bytes of the release's JSON tables. A data
// file holds each evidence row and figure as JSON.stringify(record), inside one escaped string
// literal (literal-bytes.ts); json/evidence.json and json/figures.json, written just before,
// hold JSON.stringify(records, null, 2) of the same records, whose text differs from the compact
// one only by the whitespace outside strings (indentation, line breaks, the space after each
// colon). So each record's literal is made in one pass over its bytes in the table file, that
// whitespace dropped as it goes: no record is stringified again and no text encoded again (at
// 10,000 sources ~196,000 records, ~75 M characters of mostly two-byte text, which layoutChunks
// stringified, joined into files and encoded before escaping). The files are cut where
// layoutChunks cuts them, by the compact text's length in UTF-16 units, counted from its bytes.
import { closeSync, openSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CHUNK_CHARS, chunkScriptParts, DETAILS_CLOSE, DETAILS_MIDDLE, DETAILS_OPEN, evidenceChunkName, figureChunkName } from './chunks.js';
import { ESCAPE_BYTES, escapedStringOf, LINE_SEPARATORS, SPECIAL } from './literal-bytes.js';
import { writeFullyAt } from '../../lib/range-io.js';
import { EMPTY_TABLE, RECORD_SEPARATOR, TABLE_CLOSE, TABLE_OPEN } from '../write-table.js';

/** What the data files are made of besides the tables' bytes: the events in order, and each evidence row's and figure's event. */
export interface EventIds {
  events: ReadonlyArray<{ event_id: string }>;
  evidence: ReadonlyArray<{ event_id: string | null }>;
  figures: ReadonlyArray<{ event_id: string | null }>;
}

/** Where the explorer's data files begin (as SiteData gives it). */
export interface DataLayout {
  evidenceChunkStarts: number[];
  figureChunks: number;
}

const SEPARATOR = Buffer.from(RECORD_SEPARATOR);
const OPEN = Buffer.from(TABLE_OPEN);
const CLOSE = Buffer.from(TABLE_CLOSE);
const EMPTY = Buffer.from(EMPTY_TABLE);
const bytesAt = (bytes: Buffer, at: number, part: Buffer): boolean =>
  at >= 0 && bytes.length - at >= part.length && bytes.compare(part, 0, part.length, at, at + part.length) === 0;

/** A table file's records: where each record's lines (between its "  {\n" and "\n  }") start and end in the file. */
export interface RecordRanges {
  starts: Uint32Array;
  ends: Uint32Array;
}

/**
 * The ranges of the `count` records of a table file as writeJsonTable lays it out (TABLE_OPEN,
 * the records' lines joined by RECORD_SEPARATOR, TABLE_CLOSE), or null when the file holds
 * anything else, or another number of records: then the records are not known to be the file's.
 */
export function recordRanges(bytes: Buffer, count: number): RecordRanges | null {
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  if (count === 0) return bytes.equals(EMPTY) ? { starts, ends } : null;
  const last = bytes.length - CLOSE.length;
  if (bytes.length > 0xffffffff || !bytesAt(bytes, 0, OPEN) || last < OPEN.length || !bytesAt(bytes, last, CLOSE)) return null;
  let from = OPEN.length;
  for (let k = 0; k < count; k++) {
    const at = bytes.indexOf(SEPARATOR, from);
    const end = at >= 0 && at + SEPARATOR.length <= last ? at : -1;
    // Every record but the last ends at a separator; the last at the close, with none after it.
    if ((k + 1 < count) !== (end >= 0)) return null;
    starts[k] = from;
    ends[k] = end >= 0 ? end : last;
    from = end + SEPARATOR.length;
  }
  return { starts, ends };
}

/** Bytes gathered into a buffer that grows. */
export class ByteList {
  buffer = Buffer.allocUnsafe(1 << 16);
  used = 0;

  /** Room for n more bytes. */
  reserve(n: number): void {
    if (this.used + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.used + n, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }

  push(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Another list's bytes after these, with a comma between where both hold some. */
  pushItems(other: ByteList): void {
    if (other.used === 0) return;
    this.reserve(other.used + 1);
    if (this.used > 0) this.buffer[this.used++] = 0x2c;
    other.buffer.copy(this.buffer, this.used, 0, other.used);
    this.used += other.used;
  }

  get bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Appends to `out` the escaped literal of JSON.stringify(record), given the record's lines in
 * `src` from `from` to `to` (as JSON.stringify(records, null, 2) writes it inside the array,
 * without its opening "  {\n" and closing "\n  }"), and returns that compact text's length in
 * UTF-16 units. Outside strings a space or line break is layout, dropped; the rest of the text
 * is escaped byte by byte as LiteralEncoder escapes it. Inside a string a backslash escapes the
 * next byte (ASCII), which therefore neither ends the string nor starts another escape. Texts
 * JSON.stringify writes hold no lone surrogate (it writes them as \udxxx), so every byte is a
 * character's UTF-8 as LiteralEncoder finds it.
 */
export function appendCompactLiteral(src: Buffer, from: number, to: number, out: ByteList): number {
  // Each byte takes at most six once escaped; then the braces.
  out.reserve((to - from) * 6 + 4);
  const buffer = out.buffer;
  let o = out.used;
  buffer[o++] = 0x7b;
  let units = 2;
  let inString = false;
  for (let i = from; i < to; i++) {
    const byte = src[i]!;
    if (!inString) {
      if (byte === 0x20 || byte === 0x0a) continue;
      if (byte === QUOTE) {
        inString = true;
        buffer[o++] = BACKSLASH;
        buffer[o++] = QUOTE;
      } else {
        buffer[o++] = byte; // structure, numbers, true, false, null: never escaped
      }
      units++;
      continue;
    }
    if (SPECIAL[byte] === 0) {
      buffer[o++] = byte;
      // A UTF-16 unit for each character's first byte, two for a four-byte character's.
      if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
      continue;
    }
    units++;
    if (byte === QUOTE) {
      inString = false;
      buffer[o++] = BACKSLASH;
      buffer[o++] = QUOTE;
    } else if (byte === BACKSLASH) {
      const next = src[++i]!;
      units++;
      buffer[o++] = BACKSLASH;
      buffer[o++] = BACKSLASH;
      if (next === QUOTE || next === BACKSLASH) buffer[o++] = BACKSLASH;
      buffer[o++] = next;
    } else if (byte === 0xe2 && src[i + 1] === 0x80 && (src[i + 2] === 0xa8 || src[i + 2] === 0xa9)) {
      o += LINE_SEPARATORS[src[i + 2]! - 0xa8]!.copy(buffer, o);
      i += 2;
    } else if (byte === 0xe2 || byte === 0xef) {
      buffer[o++] = byte;
    } else {
      const escape = ESCAPE_BYTES[byte]!;
      for (let k = 0; k < escape.length; k++) buffer[o++] = escape[k]!;
    }
  }
  buffer[o++] = 0x7d;
  out.used = o;
  return units;
}

const literalOf = (text: string) => Buffer.from(escapedStringOf(text));
const ESCAPED_OPEN = literalOf(DETAILS_OPEN);
const ESCAPED_MIDDLE = literalOf(DETAILS_MIDDLE);
const ESCAPED_CLOSE = literalOf(DETAILS_CLOSE);
const ESCAPED_LIST_OPEN = literalOf('[');
const ESCAPED_LIST_CLOSE = literalOf(']');

/** The indices of a table's records by their event (none for a record without one). */
function indicesByEvent(items: ReadonlyArray<{ event_id: string | null }>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.event_id;
    if (id === null) continue;
    const list = groups.get(id);
    if (list) list.push(i);
    else groups.set(id, [i]);
  }
  return groups;
}

/** A table file's bytes and its records' ranges. */
interface TableBytes extends RecordRanges {
  bytes: Buffer;
}

/** Appends the given records' literals, joined by commas, to out; returns their JSON list's length (without brackets). */
function appendItems(table: TableBytes, indices: readonly number[], out: ByteList): number {
  let units = Math.max(0, indices.length - 1);
  for (let j = 0; j < indices.length; j++) {
    if (j > 0) {
      out.reserve(1);
      out.buffer[out.used++] = 0x2c;
    }
    const r = indices[j]!;
    units += appendCompactLiteral(table.bytes, table.starts[r]!, table.ends[r]!, out);
  }
  return units;
}

/**
 * Writes a data file whole, its parts in order, by calls of this thread's own: in the data thread
 * an awaited write goes through the process's file system pool, which the main thread's table
 * writes fill at the same time, and the thread waited for it (~20-35 % of its time in a rerun).
 */
function writeDataFile(dir: string, slot: string, pieces: Buffer[]): void {
  const { head, tail } = chunkScriptParts(slot);
  const fd = openSync(path.join(dir, 'data', `${slot}.js`), 'w');
  try {
    let at = 0;
    for (const part of [Buffer.from(head), ...pieces, Buffer.from(tail)]) {
      writeFullyAt(fd, part, at);
      at += part.length;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the data files writeSiteData writes (the same bytes), made from the table files in
 * `jsonDir` that hold `input`'s evidence and figures; null, with nothing written, where those
 * files do not hold them as writeJsonTable lays them out.
 */
export async function writeSiteDataFromTables(dir: string, input: EventIds, jsonDir: string, limit = CHUNK_CHARS): Promise<DataLayout | null> {
  const read = (table: string, count: number): TableBytes | null => {
    // Read by this thread's own call, as the files are written (see writeDataFile).
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(path.join(jsonDir, `${table}.json`));
    } catch {}
    const ranges = bytes && recordRanges(bytes, count);
    return ranges && { bytes: bytes!, ...ranges };
  };
  const evidence = read('evidence', input.evidence.length);
  const figures = evidence && read('figures', input.figures.length);
  if (!evidence || !figures) return null;
  await fs.mkdir(path.join(dir, 'data'));

  // The evidence files: each event's details cut into files as layoutChunks' cut does, the
  // event's items escaped first, since its length decides which file it goes to.
  const evidenceOf = indicesByEvent(input.evidence);
  const figuresOf = indicesByEvent(input.figures);
  const evidenceChunkStarts: number[] = [];
  const fileEvidence = new ByteList();
  const fileFigures = new ByteList();
  const eventEvidence = new ByteList();
  const eventFigures = new ByteList();
  const writeEvidenceFile = () => writeDataFile(dir, evidenceChunkName(evidenceChunkStarts.length - 1), [ESCAPED_OPEN, fileEvidence.bytes, ESCAPED_MIDDLE, fileFigures.bytes, ESCAPED_CLOSE]);
  let used = Infinity;
  for (let i = 0; i < input.events.length; i++) {
    const id = input.events[i]!.event_id;
    eventEvidence.used = 0;
    eventFigures.used = 0;
    const n = DETAILS_OPEN.length + appendItems(evidence, evidenceOf.get(id) ?? [], eventEvidence) + DETAILS_MIDDLE.length
      + appendItems(figures, figuresOf.get(id) ?? [], eventFigures) + DETAILS_CLOSE.length;
    if (used + n > limit) {
      if (evidenceChunkStarts.length > 0) writeEvidenceFile();
      evidenceChunkStarts.push(i);
      fileEvidence.used = 0;
      fileFigures.used = 0;
      used = 0;
    }
    used += n;
    fileEvidence.pushItems(eventEvidence);
    fileFigures.pushItems(eventFigures);
  }
  if (evidenceChunkStarts.length > 0) writeEvidenceFile();

  // The figure files: every figure in table order, cut by its own length.
  let figureChunks = 0;
  const figure = new ByteList();
  const writeFigureFile = () => writeDataFile(dir, figureChunkName(figureChunks - 1), [ESCAPED_LIST_OPEN, fileFigures.bytes, ESCAPED_LIST_CLOSE]);
  used = Infinity;
  for (let r = 0; r < input.figures.length; r++) {
    figure.used = 0;
    const n = appendCompactLiteral(figures.bytes, figures.starts[r]!, figures.ends[r]!, figure);
    if (used + n > limit) {
      if (figureChunks > 0) writeFigureFile();
      figureChunks++;
      fileFigures.used = 0;
      used = 0;
    }
    used += n;
    fileFigures.pushItems(figure);
  }
  if (figureChunks > 0) writeFigureFile();
  return { evidenceChunkStarts, figureChunks };
}
