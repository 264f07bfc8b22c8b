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
import { StringDecoder } from 'node:string_decoder';
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

// Small enough that a chunk's text stays out of V8's large-object space (see write-table.ts).
const CHUNK_BYTES = 32 << 10;

/**
 * The records of a table file as written by writeJsonTable, as texts (see recordBodies), read a
 * chunk at a time. Throws UnexpectedLayout where the file is laid out otherwise.
 */
export function recordsInFile(file: string): PreviousRecords {
  const fd = openSync(file, 'r');
  const bytes = Buffer.alloc(CHUNK_BYTES);
  const decoder = new StringDecoder('utf8');
  let text = '';
  let pos = 0;
  let eof = false;
  let phase: 'open' | 'records' | 'end' = 'open';
  let queue: PreviousRecord[] = [];
  let q = 0;

  /** Appends the next chunk of the file to what is left of the text; false at the end. */
  const read = (): boolean => {
    if (eof) return false;
    const n = readSync(fd, bytes, 0, CHUNK_BYTES, null);
    text = text.slice(pos) + (n ? decoder.write(bytes.subarray(0, n)) : decoder.end());
    pos = 0;
    if (n === 0) {
      eof = true;
      closeSync(fd);
    }
    return n > 0;
  };

  /** Queues the next whole records; false when the file holds no more. */
  const fill = (): boolean => {
    queue = [];
    q = 0;
    for (;;) {
      if (phase === 'end') return false;
      if (phase === 'open') {
        while (text.length - pos < TABLE_OPEN.length && read());
        if (eof && text.slice(pos) === EMPTY_TABLE) {
          phase = 'end';
          return false;
        }
        if (!text.startsWith(TABLE_OPEN, pos)) throw new UnexpectedLayout(file);
        pos += TABLE_OPEN.length;
        phase = 'records';
      }
      for (let at = text.indexOf(RECORD_SEPARATOR, pos); at >= 0; at = text.indexOf(RECORD_SEPARATOR, pos)) {
        queue.push({ body: text.slice(pos, at), value: null });
        pos = at + RECORD_SEPARATOR.length;
      }
      if (queue.length) return true;
      if (!read()) {
        // The end of the file: what is left is the last record and the closing bracket.
        const rest = text.slice(pos);
        if (!rest.endsWith(TABLE_CLOSE)) throw new UnexpectedLayout(file);
        queue.push({ body: rest.slice(0, -TABLE_CLOSE.length), value: null });
        text = '';
        pos = 0;
        phase = 'end';
        return true;
      }
    }
  };

  return {
    peek: () => (q < queue.length || fill() ? queue[q] : undefined),
    take: () => void q++,
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
