// The mentions table in blocks, one per source. A source's mention rows depend on its own
// extraction only, so they are validated and rendered (CSV rows, JSON record texts) once, where
// the source is extracted, and cached beside its extraction; emit then writes the table by
// streaming the blocks in source order, without building, validating or stringifying a row.
// At 10,000 sources the mentions are most of the dataset's rows and bytes (1.6 M rows, ~500 MB).
//
// Blocks joined in source_id order are the table a single pass writes: each source's rows are
// sorted on their own (mention-rows.ts), CSV rows are independent of each other, and JSON
// records are laid out the same wherever they stand (write-table.ts).
import { closeSync, openSync } from 'node:fs';
import type { SourceExtraction } from '../model.js';
import { mentionRows } from '../normalize/mention-rows.js';
import { validateRecords, type Reject } from '../normalize/validate.js';
import { sha256Hex } from '../lib/hash.js';
import { readFullyAt } from '../lib/range-io.js';
import type { SourceFile } from '../read/read-folder.js';
import type { Mention } from '../generated/dataset.js';
import { csvText, escapeFormula } from './csv.js';
import { RECORD_SEPARATOR } from './write-table.js';

/** One source's mention rows, rendered: what the mentions table holds of that source. */
export interface RenderedMentions {
  /** Rows published (valid ones); rejects are reported instead. */
  count: number;
  rejects: Reject[];
  /** The rows as CSV, each with its CRLF (no header). */
  csv: string;
  /** The records' JSON texts (see recordBodies) joined by RECORD_SEPARATOR; '' when none. */
  json: string;
}

/** A rendered text held in memory, or a cache file checked against its hash when read. */
export type Fragment = { text: string } | { file: string; sha256: string; bytes: number; offset: number };

export interface MentionBlock {
  source_id: string;
  count: number;
  rejects: Reject[];
  csv: Fragment;
  json: Fragment;
  /** The file the source was read from, to render the block again when a cached fragment fails its check. */
  origin?: SourceFile;
  /**
   * The key of the cache entry the rows are recorded with, where they are cached: it stands for
   * the source's whole extraction (equal keys, equal extractions; see normalize's digest).
   */
  entryKey?: string;
}

export function renderMentions(x: Pick<SourceExtraction, 'source' | 'dates' | 'actors' | 'amounts'>): RenderedMentions {
  const rows = mentionRows(x);
  const { valid, rejects } = rows.every(surelyValid) ? { valid: rows, rejects: [] } : validateRecords('mentions', rows);
  return { count: valid.length, rejects, ...renderRows(valid) };
}

/** The patterns of the mention id and the source id in schemas/mentions.schema.json. */
const MENTION_ID = /^[A-Za-z0-9._:-]+$/;
const SOURCE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * True only for a row the mentions schema accepts (as mentionRows builds it: its eight fields,
 * no others): checked in a few tests instead of ajv's generic walk, at under half its cost. A
 * source's rows are all valid nearly always; when one is not, ajv validates them all and gives
 * the rejects their messages, so a false here costs time, never a different table.
 * test/perf/mention-render.test.ts holds the schema it was written for and checks it against ajv.
 */
export function surelyValid(row: Mention): boolean {
  return typeof row.mention_id === 'string' && MENTION_ID.test(row.mention_id)
    && typeof row.source_id === 'string' && SOURCE_ID.test(row.source_id)
    && (row.kind === 'date' || row.kind === 'actor' || row.kind === 'amount')
    && typeof row.text === 'string' && row.text.length > 0
    && Number.isInteger(row.char_start) && row.char_start >= 0 && Number.isInteger(row.char_end) && row.char_end >= 0
    && typeof row.value === 'string' && typeof row.rule === 'string' && row.rule.length > 0;
}

/**
 * A text that both layouts write as it is (CSV: bar the formula escape; JSON: between quotes):
 * no comma, quote, backslash, control character (CR and LF among them) or surrogate (JSON.stringify
 * escapes a lone one). Most texts are; the others go through the generic writers' functions.
 */
const SPECIAL = /[",\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Valid mention rows as CSV rows and JSON record texts, in one pass, by a template: the bytes
 * csvRows and jsonPieces write (test/perf/mention-render.test.ts compares them on hostile rows),
 * without their generic walk of each record's keys and values, and with one test of a text for
 * both layouts. It holds because a row that passed the schema has exactly its eight fields
 * (additionalProperties: false), with their types, in the order mentionRows builds them, which is
 * the schema's column order: the mention id matches [A-Za-z0-9._:-]+ (nothing to quote or escape
 * but a leading "-"), the kind is one of three words, the offsets are integers (written alike in
 * CSV and JSON), and the source's id, the same on every row, is written once.
 */
export function renderRows(rows: readonly Mention[]): { csv: string; json: string } {
  if (rows.length === 0) return { csv: '', json: '' };
  const sourceId = rows[0]!.source_id;
  const sourceIdCsv = csvText(sourceId);
  const sourceIdJson = JSON.stringify(sourceId);
  const lines = new Array<string>(rows.length);
  const bodies = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { mention_id: id, source_id: sid, kind, text, char_start: start, char_end: end, value, rule } = rows[i]!;
    // A row of another source (never so: one source's rows) is laid out with its own id.
    const same = sid === sourceId;
    const plainText = !SPECIAL.test(text);
    const plainValue = !SPECIAL.test(value);
    const plainRule = !SPECIAL.test(rule);
    lines[i] = `${escapeFormula(id)},${same ? sourceIdCsv : csvText(sid)},${kind},${plainText ? escapeFormula(text) : csvText(text)},${start},${end},${plainValue ? escapeFormula(value) : csvText(value)},${plainRule ? escapeFormula(rule) : csvText(rule)}\r\n`;
    bodies[i] = `    "mention_id": "${id}",\n    "source_id": ${same ? sourceIdJson : JSON.stringify(sid)},\n    "kind": "${kind}",\n    "text": ${plainText ? `"${text}"` : JSON.stringify(text)},\n    "char_start": ${start},\n    "char_end": ${end},\n    "value": ${plainValue ? `"${value}"` : JSON.stringify(value)},\n    "rule": ${plainRule ? `"${rule}"` : JSON.stringify(rule)}`;
  }
  // Joined from arrays, so that each text is one flat string, not a rope of its rows.
  return { csv: lines.join(''), json: bodies.join(RECORD_SEPARATOR) };
}

/** A block whose fragments are held in memory. */
export function blockInMemory(source_id: string, rendered: RenderedMentions): MentionBlock {
  return { source_id, count: rendered.count, rejects: rendered.rejects, csv: { text: rendered.csv }, json: { text: rendered.json } };
}

/** The mentions table: a block per source, in source_id order. */
export class MentionTable {
  /**
   * The table's first records, up to the first that gives every column an example (or all):
   * what the dataset card quotes. Filled by emit as it writes the table.
   */
  readonly firstRows: Array<Record<string, unknown>> = [];

  constructor(readonly blocks: readonly MentionBlock[]) {}

  get length(): number {
    let n = 0;
    for (const b of this.blocks) n += b.count;
    return n;
  }
}

/** Reads a fragment's bytes: held text, or its file; throws FragmentMismatch when the file fails its check. */
export type FragmentReader = (block: MentionBlock, part: 'csv' | 'json') => Promise<Buffer>;

export class FragmentMismatch extends Error {}

/** The bytes of a fragment in its file, or null when it is missing, short or not what its hash says. */
export function checkedFragment(fragment: Extract<Fragment, { file: string }>): Buffer | null {
  // Read synchronously: fs.promises.readFile cost several times the CPU for 20,000 small files.
  let fd: number;
  try {
    fd = openSync(fragment.file, 'r');
  } catch {
    return null;
  }
  const bytes = Buffer.allocUnsafe(fragment.bytes);
  let whole = false;
  try {
    whole = readFullyAt(fd, bytes, fragment.offset);
  } catch {
    whole = false;
  } finally {
    closeSync(fd);
  }
  return whole && sha256Hex(bytes) === fragment.sha256 ? bytes : null;
}

/** The plain reader: held text, or a checked file; a fragment that fails its check is an error. */
export const readFragment: FragmentReader = async (block, part) => {
  const fragment = block[part];
  if ('text' in fragment) return Buffer.from(fragment.text, 'utf8');
  const bytes = checkedFragment(fragment);
  if (bytes === null) throw new FragmentMismatch(`the cached ${part} rows of ${block.source_id} do not match their hash`);
  return bytes;
};

/** The records of one block's JSON text. */
export function blockRecords(json: string): Array<Record<string, unknown>> {
  return json ? json.split(RECORD_SEPARATOR).map((body) => JSON.parse(`{\n${body}\n}`) as Record<string, unknown>) : [];
}

/**
 * The whole mentions table as records, read at once: for comparing releases in memory (tests,
 * planRelease) and emit's fallback when the previous table is laid out otherwise. Cached
 * fragments are checked as readFragment checks them.
 */
export function mentionRecords(table: MentionTable | readonly Record<string, unknown>[]): Array<Record<string, unknown>> {
  if (!(table instanceof MentionTable)) return [...table];
  return table.blocks.flatMap((block) => {
    const fragment = block.json;
    if ('text' in fragment) return blockRecords(fragment.text);
    const bytes = checkedFragment(fragment);
    if (!bytes) throw new FragmentMismatch(`the cached json rows of ${block.source_id} do not match their hash`);
    return blockRecords(bytes.toString('utf8'));
  });
}
