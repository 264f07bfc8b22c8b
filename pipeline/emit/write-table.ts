// Big tables written in pieces: at 10,000 sources the mentions table is hundreds of megabytes of
// JSON, more than is wise (or, near 512 MB, possible) to build as one string. The bytes are the
// same as writing toJsonText(records) or toCsv(columns, records) at once.
import fs from 'node:fs/promises';
import { toCsv } from './csv.js';

/** Records per piece, and the size a piece is flushed at. */
const BATCH = 2_000;
const FLUSH_CHARS = 1 << 20;

async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    let buffer = '';
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= FLUSH_CHARS) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    if (buffer) await handle.write(buffer);
  } finally {
    await handle.close();
  }
}

/**
 * JSON.stringify(records, null, 2) + "\n", one record at a time: each record is stringified on
 * its own and indented one level more, as it would be inside the array.
 */
function* jsonPieces(records: readonly unknown[]): Generator<string> {
  if (records.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < records.length; i++) {
    // JSON.stringify never writes a raw line break inside a string, so every "\n" is layout.
    yield `  ${(JSON.stringify(records[i] ?? null, null, 2) ?? 'null').replaceAll('\n', '\n  ')}${i + 1 < records.length ? ',\n' : '\n'}`;
  }
  yield ']\n';
}

/** Writes toJsonText(records) to file without building it as one string. */
export function writeJsonTable(file: string, records: readonly unknown[]): Promise<void> {
  return writePieces(file, jsonPieces(records));
}

/** toCsv(columns, records), BATCH records at a time (each batch ends with its record delimiter). */
function* csvPieces(columns: string[], records: readonly object[]): Generator<string> {
  if (records.length === 0) {
    yield toCsv(columns, []);
    return;
  }
  for (let i = 0; i < records.length; i += BATCH) {
    const text = toCsv(columns, records.slice(i, i + BATCH));
    // every batch but the first drops the header row toCsv writes
    yield i === 0 ? text : text.slice(text.indexOf('\r\n') + 2);
  }
}

/** Writes toCsv(columns, records) to file without building it as one string. */
export function writeCsvTable(file: string, columns: string[], records: readonly object[]): Promise<void> {
  return writePieces(file, csvPieces(columns, records));
}
