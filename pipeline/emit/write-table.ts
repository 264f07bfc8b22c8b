// Big tables written in pieces: at 10,000 sources the mentions table is hundreds of megabytes of
// JSON, more than is wise (or, near 512 MB, possible) to build as one string. The bytes are the
// same as writing toJsonText(records) or toCsv(columns, records) at once.
import fs from 'node:fs/promises';
import { csvHeader, csvRows } from './csv.js';

/**
 * Records per piece, and the bytes a file is written in. Both are kept small on purpose: V8 puts
 * every string over ~128 KB straight into the old generation, and at archive scale hundreds of
 * megabytes of such short-lived strings made most of emit's time garbage collection. Pieces are
 * encoded straight into one reused buffer instead of being joined into a bigger string.
 */
const BATCH = 200;
const BUFFER_BYTES = 1 << 20;

/** Writes pieces to a file through one buffer of BUFFER_BYTES. */
export class PieceWriter {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private constructor(private readonly handle: fs.FileHandle) {}

  static async open(file: string): Promise<PieceWriter> {
    return new PieceWriter(await fs.open(file, 'w'));
  }

  /** Writes text, or bytes as they are. */
  async write(piece: string | Buffer): Promise<void> {
    if (typeof piece === 'string') return this.writeText(piece);
    if (this.used + piece.length > BUFFER_BYTES) await this.flush();
    if (piece.length > BUFFER_BYTES) await this.writeAll(piece);
    else this.used += piece.copy(this.buffer, this.used);
  }

  /**
   * Text is encoded straight into the buffer where it surely fits (UTF-8 takes at most three
   * bytes for a UTF-16 unit), without counting its bytes first: Buffer.byteLength is a pass of
   * its own over the text (at 10,000 sources ~0.4 CPU-s over the tables' ~90 MB of JSON).
   */
  private async writeText(piece: string): Promise<void> {
    if (piece.length * 3 > BUFFER_BYTES - this.used) {
      await this.flush();
      if (piece.length * 3 > BUFFER_BYTES) {
        await this.writeAll(Buffer.from(piece));
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used);
  }

  private async writeAll(bytes: Buffer): Promise<void> {
    for (let done = 0; done < bytes.length;) done += (await this.handle.write(bytes, done, bytes.length - done)).bytesWritten;
  }

  private async flush(): Promise<void> {
    for (let done = 0; done < this.used;) done += (await this.handle.write(this.buffer, done, this.used - done)).bytesWritten;
    this.used = 0;
  }

  /** Writes what is left and closes the file; after a failure, only closes it. */
  async close(failed = false): Promise<void> {
    try {
      if (!failed) await this.flush();
    } finally {
      this.used = 0;
      await this.handle.close();
    }
  }
}

/** Writes a file through one PieceWriter: `fill` writes its pieces in order. */
export async function writeWhole(file: string, fill: (write: (piece: string | Buffer) => Promise<void>) => Promise<void>): Promise<void> {
  const writer = await PieceWriter.open(file);
  let failed = true;
  try {
    await fill((piece) => writer.write(piece));
    failed = false;
  } finally {
    await writer.close(failed);
  }
}

function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  return writeWhole(file, async (write) => {
    for (const piece of pieces) await write(piece);
  });
}

/** A piece of a table's JSON text, and the text of each of its records. */
export interface JsonPiece {
  /**
   * The piece's text, in parts written one after the other: joined, they would be one more copy
   * of the batch's text (and a string of the large-object space) for every piece.
   */
  parts: string[];
  /** Index of the piece's first record in the table. */
  start: number;
  /**
   * Each record's lines between its "{" and "}" as the file holds them (the same text for the
   * same record wherever it stands): what the previous release is compared by (table-diff.ts).
   */
  bodies: string[];
}

/** What separates two records in a table's JSON text (see recordBodies). */
export const RECORD_SEPARATOR = '\n  },\n  {\n';
/** How a table's JSON file opens before its first record and closes after its last, and an empty table. */
export const TABLE_OPEN = '[\n  {\n';
export const TABLE_CLOSE = '\n  }\n]\n';
export const EMPTY_TABLE = '[]\n';
const RECORD_OPEN = '  {\n';
const RECORD_CLOSE = '\n  }';

/**
 * The records of `inner` (records as JSON.stringify(array, null, 2) lays them out inside the
 * array, without the brackets), each without its opening "  {\n" and closing "\n  }". A record is
 * a non-empty object: its own lines are indented four spaces or more and JSON never writes a raw
 * line break inside a string, so the separator cannot occur inside a record.
 */
export function recordBodies(inner: string): string[] | null {
  if (!inner.startsWith(RECORD_OPEN) || !inner.endsWith(RECORD_CLOSE)) return null;
  return inner.slice(RECORD_OPEN.length, -RECORD_CLOSE.length).split(RECORD_SEPARATOR);
}

/**
 * toJsonText(records) in pieces of BATCH records: JSON.stringify lays out each batch as it would
 * inside the whole array, and only the brackets between batches are taken off.
 */
export function* jsonPieces(records: readonly unknown[]): Generator<JsonPiece> {
  if (records.length === 0) {
    yield { parts: [EMPTY_TABLE], start: 0, bodies: [] };
    return;
  }
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const inner = JSON.stringify(batch, null, 2).slice(2, -2); // "[\n" … "\n]"
    const last = start + BATCH >= records.length;
    let bodies = recordBodies(inner);
    // Not plain non-empty objects (never so in a table, but then each record is laid out alone).
    if (bodies?.length !== batch.length) bodies = batch.map((r) => (JSON.stringify(r ?? null, null, 2) ?? 'null').replaceAll('\n', '\n  '));
    yield { parts: [start === 0 ? '[\n' : ',\n', inner, last ? '\n]\n' : ''], start, bodies };
  }
}

/** Writes toJsonText(records) to file without building it as one string. */
export async function writeJsonTable(file: string, records: readonly unknown[], onPiece?: (piece: JsonPiece) => void): Promise<void> {
  const writer = await PieceWriter.open(file);
  let failed = true;
  try {
    for (const piece of jsonPieces(records)) {
      onPiece?.(piece);
      for (const part of piece.parts) await writer.write(part);
    }
    failed = false;
  } finally {
    await writer.close(failed);
  }
}

/** Records stringified together into one piece of CSV. */
const CSV_BATCH = 200;

/** toCsv(columns, records), a batch of rows at a time. */
function* csvPieces(columns: string[], records: readonly object[]): Generator<string> {
  yield csvHeader(columns);
  for (let start = 0; start < records.length; start += CSV_BATCH) yield csvRows(columns, records.slice(start, start + CSV_BATCH));
}

/** Writes toCsv(columns, records) to file without building it as one string. */
export function writeCsvTable(file: string, columns: string[], records: readonly object[]): Promise<void> {
  return writePieces(file, csvPieces(columns, records));
}
