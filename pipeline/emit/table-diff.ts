// One table compared with the same table of the previous release, record by record, without
// holding the previous table in memory: at archive scale json/mentions.json is hundreds of
// megabytes, and parsing it whole cost more time and memory than the rest of emit.
//
// Both tables come in their own order. Most records are unchanged and stand in the same order in
// both, so each new record is first compared, as text, with the next record of the previous
// file: equal text is an unchanged record, and nothing is parsed. Only where the texts differ are
// the previous record parsed and both keyed; records met out of step wait in two maps (new
// records not yet matched, previous records not yet matched) until their counterpart comes, so a
// source added or removed in the middle costs a few map entries, not a re-read. The result is the
// same as keying every record of both tables (added and changed in the new table's order,
// removed in the previous table's), given unique primary keys.
import { closeSync, openSync, readSync } from 'node:fs';
import { EMPTY_TABLE, RECORD_SEPARATOR, TABLE_CLOSE, TABLE_OPEN } from './write-table.js';

export interface FieldChange { field: string; from: unknown; to: unknown }
export interface TableChanges { added: string[]; removed: string[]; changed: Array<{ id: string; fields: FieldChange[] }> }

type Row = Record<string, unknown>;

/** A record of the previous table: its text (from the file) or its value (from memory). */
interface PreviousRecord { body: string | null; value: Row | null }

/** The previous table, read front to back. */
export interface PreviousRecords {
  /** The next record without taking it, or undefined at the end. */
  peek(): PreviousRecord | undefined;
  take(): void;
  /**
   * Takes the next `count` records where their text, separators included, is byte for byte the
   * given records' lines (from the first's "  {\n" to the last's "\n  }", as a piece of
   * writeJsonTable holds them), and says whether it did. A reader that cannot tell says no.
   */
  takeSame?(recordBytes: Buffer, count: number): boolean;
  /** Lets go of the file early (after a failure); reading to the end closes it too. */
  close?(): void;
}

/** The file is not laid out as this pipeline writes tables: the caller reads it the slow way. */
export class UnexpectedLayout extends Error {}

/** A previous table held in memory (as tests give it, and after a fallback). */
export function recordsInMemory(rows: readonly Row[]): PreviousRecords {
  let i = 0;
  return {
    peek: () => (i < rows.length ? { body: null, value: rows[i]! } : undefined),
    take: () => void i++,
  };
}

// Read a chunk at a time: the previous mentions table can be hundreds of megabytes.
const CHUNK_BYTES = 1 << 20;
const SEPARATOR = Buffer.from(RECORD_SEPARATOR);
const OPEN = Buffer.from(TABLE_OPEN);
const CLOSE = Buffer.from(TABLE_CLOSE);
const EMPTY = Buffer.from(EMPTY_TABLE);
/** How a record opens and closes inside a table's text, around its body (see recordBodies): as the table does around its records. */
const RECORD_OPENING = Buffer.from(TABLE_OPEN.slice('[\n'.length));
const RECORD_CLOSING = Buffer.from(TABLE_CLOSE.slice(0, -'\n]\n'.length));
/** A separator but its last byte, which is also its first: records' lines never end so, since the separator would then cross their end. */
const SEPARATOR_HEAD = SEPARATOR.subarray(0, -1);
/** Whether `bytes` holds `part` at `at`. */
const bytesAt = (bytes: Buffer, at: number, part: Buffer): boolean =>
  at >= 0 && bytes.length - at >= part.length && bytes.compare(part, 0, part.length, at, at + part.length) === 0;

/**
 * The records of a table file as written by writeJsonTable, as texts (see recordBodies), read a
 * chunk at a time as bytes: a record is decoded only when it is peeked at, so that the records
 * a new table shares byte for byte (takeSame) are never made strings. Throws UnexpectedLayout
 * where the file is laid out otherwise.
 */
export function recordsInFile(file: string): PreviousRecords {
  const fd = openSync(file, 'r');
  let bytes = Buffer.alloc(0);
  /** Where the next record's text starts in `bytes`, and how far a separator was looked for. */
  let pos = 0;
  let searched = 0;
  let eof = false;
  let phase: 'open' | 'records' | 'end' = 'open';
  /** The peeked record, and the bytes it takes with its separator (or the file's close). */
  let head: PreviousRecord | undefined;
  let headBytes = 0;
  let headIsLast = false;

  /** Appends the next chunk of the file to what is left from `pos`; false at the end. */
  const read = (): boolean => {
    if (eof) return false;
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    if (n === 0) {
      eof = true;
      closeSync(fd);
      return false;
    }
    bytes = pos < bytes.length ? Buffer.concat([bytes.subarray(pos), chunk.subarray(0, n)]) : chunk.subarray(0, n);
    searched -= pos;
    pos = 0;
    return true;
  };
  /** True when `n` bytes from `pos` are read (false: the file ends before). */
  const have = (n: number): boolean => {
    while (bytes.length - pos < n) if (!read()) return false;
    return true;
  };
  const open = (): void => {
    have(OPEN.length);
    if (eof && bytes.subarray(pos).equals(EMPTY)) {
      phase = 'end';
      return;
    }
    if (!bytesAt(bytes, pos, OPEN)) throw new UnexpectedLayout(file);
    pos += OPEN.length;
    searched = pos;
    phase = 'records';
  };

  const peek = (): PreviousRecord | undefined => {
    if (head) return head;
    if (phase === 'open') open();
    if (phase === 'end') return undefined;
    let at = bytes.indexOf(SEPARATOR, Math.max(pos, searched));
    while (at < 0) {
      searched = Math.max(pos, bytes.length - SEPARATOR.length + 1);
      if (!read()) break;
      at = bytes.indexOf(SEPARATOR, Math.max(pos, searched));
    }
    if (at >= 0) {
      head = { body: bytes.toString('utf8', pos, at), value: null };
      headBytes = at + SEPARATOR.length - pos;
      headIsLast = false;
      return head;
    }
    // The end of the file: what is left is the last record and the closing bracket.
    const rest = bytes.subarray(pos);
    if (!bytesAt(rest, rest.length - CLOSE.length, CLOSE)) throw new UnexpectedLayout(file);
    head = { body: rest.toString('utf8', 0, rest.length - CLOSE.length), value: null };
    headBytes = rest.length;
    headIsLast = true;
    return head;
  };

  const take = (): void => {
    if (!peek()) return;
    pos += headBytes;
    searched = pos;
    head = undefined;
    if (headIsLast) {
      phase = 'end';
      bytes = Buffer.alloc(0);
      pos = 0;
    }
  };

  /**
   * The records' lines, without the first's opening and the last's closing, are the next bytes
   * of the file, followed by a separator or the file's close; and they are `count` records, as
   * the separators in them say (else their texts are not cut as recordBodies cuts them).
   */
  const takeSame = (recordBytes: Buffer, count: number): boolean => {
    if (phase === 'open') open();
    if (phase === 'end' || recordBytes.length < RECORD_OPENING.length + RECORD_CLOSING.length) return false;
    const from = RECORD_OPENING.length;
    const to = recordBytes.length - RECORD_CLOSING.length;
    const n = to - from;
    if (!bytesAt(recordBytes, 0, RECORD_OPENING) || !bytesAt(recordBytes, to, RECORD_CLOSING) || (n >= SEPARATOR_HEAD.length && bytesAt(recordBytes, to - SEPARATOR_HEAD.length, SEPARATOR_HEAD))) return false;
    // read() moves what is left to the front: positions are taken after the last have().
    have(n + SEPARATOR.length);
    if (bytes.length - pos < n || bytes.compare(recordBytes, from, to, pos, pos + n) !== 0) return false;
    let last = false;
    if (!bytesAt(bytes, pos + n, SEPARATOR)) {
      // Only the last records may be followed by anything else: the file's close, which ends it.
      have(n + CLOSE.length + 1);
      if (!eof || bytes.length - pos - n !== CLOSE.length || !bytesAt(bytes, pos + n, CLOSE)) return false;
      last = true;
    }
    let separators = 0;
    for (let at = recordBytes.indexOf(SEPARATOR, from); at >= 0 && at + SEPARATOR.length <= to; at = recordBytes.indexOf(SEPARATOR, at + SEPARATOR.length)) separators++;
    if (separators !== count - 1) return false;
    head = undefined;
    if (last) {
      phase = 'end';
      bytes = Buffer.alloc(0);
      pos = 0;
    } else pos += n + SEPARATOR.length;
    searched = pos;
    return true;
  };

  return {
    peek,
    take,
    takeSame,
    close: () => {
      if (!eof) closeSync(fd);
      eof = true;
    },
  };
}

/** A previous record's value, parsing its text when it came from a file. */
function valueOf(record: PreviousRecord): Row {
  if (record.value) return record.value;
  try {
    record.value = JSON.parse(`{\n${record.body}\n}`) as Row;
  } catch {
    throw new UnexpectedLayout('a record is not JSON');
  }
  return record.value;
}

/** Equal values have equal JSON; only unequal ones (lists, NaN) are stringified to compare. */
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields whose JSON differs (absent counts as null). */
export function changedFields(columns: readonly string[], before: Row, after: Row): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const c of columns) {
    const from = before[c] ?? null;
    const to = after[c] ?? null;
    if (!sameJson(from, to)) fields.push({ field: c, from, to });
  }
  return fields;
}

/** Compares a table, fed its new records in order, with the previous table it is given. */
export class TableDiff {
  private readonly pendingNew = new Map<string, number>();
  private readonly pendingPrevious = new Map<string, { seq: number; record: PreviousRecord }>();
  private readonly newRecords = new Map<number, Row>();
  /**
   * Keys of new records known to be added: those met once the previous table was read to its end
   * (so they come after every record still in pendingNew).
   */
  private readonly added: string[] = [];
  private readonly changed: Array<{ index: number; id: string; fields: FieldChange[] }> = [];
  private seq = 0;

  constructor(
    private readonly columns: readonly string[],
    private readonly keyOf: (record: Row) => string,
    private readonly previous: PreviousRecords,
  ) {}

  /**
   * The next new record (the index-th of the table) and its text as writeJsonTable writes it. The
   * record may be given as a function that makes it, called only where the texts differ.
   */
  add(index: number, recordOrMake: Row | (() => Row), body: string | null): void {
    const head = this.previous.peek();
    if (head && body !== null && head.body === body) {
      this.previous.take();
      this.seq++;
      return;
    }
    const record = typeof recordOrMake === 'function' ? recordOrMake() : recordOrMake;
    const key = this.keyOf(record);
    const waiting = this.pendingPrevious.get(key);
    if (waiting) {
      this.pendingPrevious.delete(key);
      this.compare(index, key, record, waiting.record);
      return;
    }
    if (head && this.keyOf(valueOf(head)) === key) {
      this.previous.take();
      this.seq++;
      this.compare(index, key, record, head);
      return;
    }
    if (!head) {
      // The previous table is read to its end and nothing in it waits: the record is new.
      this.added.push(key);
      return;
    }
    this.pendingNew.set(key, index);
    this.newRecords.set(index, record);
    // The previous record at the head has no counterpart here: it waits, and the records after it
    // that new records are waiting for are matched now, so that both tables are in step again.
    this.setAside(head);
    for (let next = this.previous.peek(); next && this.pendingNew.has(this.keyOf(valueOf(next))); next = this.previous.peek()) this.setAside(next);
  }

  /**
   * The next `count` new records at once, given as their lines' bytes (see PreviousRecords'
   * takeSame), where those bytes are the previous table's next: each is then unchanged, as add
   * finds a record whose text is the previous head's. False (nothing taken) where they are not.
   */
  addSame(recordBytes: Buffer, count: number): boolean {
    if (!this.previous.takeSame?.(recordBytes, count)) return false;
    this.seq += count;
    return true;
  }

  /** Takes the previous table's head: matched with a waiting new record, or left waiting. */
  private setAside(record: PreviousRecord): void {
    this.previous.take();
    const seq = this.seq++;
    const key = this.keyOf(valueOf(record));
    const index = this.pendingNew.get(key);
    if (index === undefined) {
      this.pendingPrevious.set(key, { seq, record });
      return;
    }
    this.pendingNew.delete(key);
    const row = this.newRecords.get(index)!;
    this.newRecords.delete(index);
    this.compare(index, key, row, record);
  }

  private compare(index: number, id: string, record: Row, previous: PreviousRecord): void {
    const fields = changedFields(this.columns, valueOf(previous), record);
    if (fields.length) this.changed.push({ index, id, fields });
  }

  /** The changes, once every new record was added. */
  finish(): TableChanges {
    for (let next = this.previous.peek(); next; next = this.previous.peek()) this.setAside(next);
    // pendingNew keeps the order records were met in, and all of them came before those in `added`.
    const added = [...this.pendingNew.keys(), ...this.added];
    const removed = [...this.pendingPrevious].sort((a, b) => a[1].seq - b[1].seq).map(([key]) => key);
    const changed = this.changed.sort((a, b) => a.index - b.index).map(({ id, fields }) => ({ id, fields }));
    return { added, removed, changed };
  }
}
