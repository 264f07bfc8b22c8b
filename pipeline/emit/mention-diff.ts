// The mentions table compared with the previous release's a source at a time, by bytes. Both
// tables hold each source's rows together, sources in source_id order, and a mention's key
// (mention_id) begins with its source_id: so the comparison splits into one per source, and the
// changes of the whole table are those of each source in turn (added and changed in the new
// table's order, removed in the previous table's, as TableDiff gives them).
//
// A source whose rows are byte for byte those of the previous release, the usual case on a
// rerun, costs one comparison of its block's bytes with the next bytes of the previous file: no
// record is decoded, split or parsed. Only a source whose block differs is compared record by
// record (TableDiff). A previous file laid out otherwise (hand-edited, sources out of order)
// throws UnexpectedLayout, and emit compares the whole table the slow way.
import { closeSync, openSync, readSync } from 'node:fs';
import { compareText } from '../lib/json.js';
import { keyFunction, type MentionChanges } from './changes.js';
import { ListedIds, mentionIdOf } from './mention-ids.js';
import { columnsOf } from './schemas.js';
import { TableDiff, UnexpectedLayout, type PreviousRecords, type TableChanges } from './table-diff.js';
import { EMPTY_TABLE, RECORD_SEPARATOR, TABLE_CLOSE, TABLE_OPEN } from './write-table.js';

const SEPARATOR = Buffer.from(RECORD_SEPARATOR);
const FILE_OPEN = Buffer.from(TABLE_OPEN);
const FILE_CLOSE = Buffer.from(TABLE_CLOSE);
const EMPTY_FILE = Buffer.from(EMPTY_TABLE);
const LINE_END = Buffer.from('\n');
const sourceOfId = (id: string): string => id.slice(0, id.indexOf(':'));

/** A file read forward through a window of bytes. */
class ByteCursor {
  private buf = Buffer.alloc(1 << 20);
  private pos = 0;
  private end = 0;
  private eof = false;

  constructor(private readonly fd: number) {}

  /** Makes n bytes available from the cursor where the file has them; the number available. */
  ensure(n: number): number {
    while (this.end - this.pos < n && !this.eof) {
      if (this.pos > 0) {
        this.buf.copy(this.buf, 0, this.pos, this.end);
        this.end -= this.pos;
        this.pos = 0;
      }
      if (this.end === this.buf.length) {
        const bigger = Buffer.alloc(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, this.end);
        this.buf = bigger;
      }
      const read = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
      if (read === 0) this.eof = true;
      this.end += read;
    }
    return this.end - this.pos;
  }

  /** True when the next bytes are `bytes` (nothing is taken). */
  startsWith(bytes: Buffer, offset = 0): boolean {
    if (this.ensure(offset + bytes.length) < offset + bytes.length) return false;
    return this.buf.compare(bytes, 0, bytes.length, this.pos + offset, this.pos + offset + bytes.length) === 0;
  }

  /** Offset from the cursor of the next `pattern`, or -1 before the end of the file. */
  indexOf(pattern: Buffer, from = 0): number {
    for (let searched = from; ;) {
      const at = this.buf.indexOf(pattern, this.pos + searched);
      if (at >= 0 && at + pattern.length <= this.end) return at - this.pos;
      const available = this.end - this.pos;
      searched = Math.max(from, available - pattern.length + 1);
      if (this.ensure(available + (1 << 16)) === available) return -1;
    }
  }

  /** The text of the bytes [from, to) from the cursor (which must be available). */
  text(from: number, to: number): string {
    return this.buf.toString('utf8', this.pos + from, this.pos + to);
  }

  skip(n: number): void {
    this.pos += n;
  }

  atEnd(): boolean {
    return this.ensure(1) === 0;
  }
}

export class MentionTableDiff {
  private readonly cursor: ByteCursor | null = null;
  private fd: number | null = null;
  /** The previous table has records left at the cursor (else it is read to its end). */
  private more = false;
  private lastSource: string | null = null;
  private lastPrevious: string | null = null;
  private readonly added = new ListedIds();
  private readonly removed: string[] = [];
  private readonly changed: TableChanges['changed'] = [];
  private readonly keyOf = keyFunction('mentions');

  /** `previousFile`: the previous release's json/mentions.json, or null for none. */
  constructor(previousFile: string | null) {
    if (previousFile === null) return;
    try {
      this.fd = openSync(previousFile, 'r');
    } catch {
      return; // no previous table: every record is added, as TableComparison counts it
    }
    this.cursor = new ByteCursor(this.fd);
    if (this.cursor.startsWith(FILE_OPEN)) {
      this.cursor.skip(FILE_OPEN.length);
      this.more = true;
    } else if (!(this.cursor.startsWith(EMPTY_FILE) && this.cursor.ensure(EMPTY_FILE.length + 1) === EMPTY_FILE.length)) {
      this.close();
      throw new UnexpectedLayout(previousFile);
    }
  }

  /**
   * One source's rows as the new table holds them: its JSON block (record texts joined by
   * RECORD_SEPARATOR, as bytes or as text) and their number.
   */
  block(sourceId: string, json: Buffer | string, count: number): void {
    if (this.lastSource !== null && compareText(sourceId, this.lastSource) <= 0) throw new UnexpectedLayout('sources out of order');
    this.lastSource = sourceId;
    // Sources of the previous release that come before this one and are gone: their rows are removed.
    for (let s = this.nextSource(); s !== null && compareText(s, sourceId) < 0; s = this.nextSource()) this.removed.push(mentionIdOf(this.takeRecord()));
    // Bytes only where there are previous rows to compare them with.
    if (count && this.more && this.sameBlock(sourceId, typeof json === 'string' ? Buffer.from(json) : json)) return;
    const previous: string[] = [];
    while (this.nextSource() === sourceId) previous.push(this.takeRecord());
    const text = typeof json === 'string' ? json : json.toString('utf8');
    if (!previous.length) {
      if (count) this.added.addBlock(text);
      return;
    }
    const bodies = count ? text.split(RECORD_SEPARATOR) : [];
    const diff = new TableDiff(columnsOf('mentions'), this.keyOf, bodiesOf(previous));
    bodies.forEach((body, i) => diff.add(i, () => JSON.parse(`{\n${body}\n}`) as Record<string, unknown>, body));
    const changes = diff.finish();
    for (const id of changes.added) this.added.add(id);
    this.changed.push(...changes.changed);
    this.removed.push(...changes.removed);
  }

  /** The changes, the added ids as changes.json lists them (see ListedIds). */
  finishListed(): MentionChanges {
    while (this.nextSource() !== null) this.removed.push(mentionIdOf(this.takeRecord()));
    this.close();
    return { added: this.added, removed: this.removed, changed: this.changed };
  }

  finish(): TableChanges {
    return { ...this.finishListed(), added: this.added.ids() };
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** The source of the previous record at the cursor, or null at the end of the table. */
  private nextSource(): string | null {
    if (!this.more || !this.cursor) return null;
    const lineEnd = this.cursor.indexOf(LINE_END);
    if (lineEnd < 0) throw new UnexpectedLayout('a mention record does not end');
    const source = sourceOfId(mentionIdOf(this.cursor.text(0, lineEnd)));
    if (this.lastPrevious !== null && compareText(source, this.lastPrevious) < 0) throw new UnexpectedLayout('previous sources out of order');
    this.lastPrevious = source;
    return source;
  }

  /** Takes the previous record at the cursor; its text. */
  private takeRecord(): string {
    const cursor = this.cursor!;
    const at = cursor.indexOf(SEPARATOR);
    if (at >= 0) {
      const body = cursor.text(0, at);
      cursor.skip(at + SEPARATOR.length);
      return body;
    }
    // The last record: the rest of the file is its text and the closing bracket.
    const rest = cursor.ensure(Number.MAX_SAFE_INTEGER);
    if (!cursor.startsWith(FILE_CLOSE, rest - FILE_CLOSE.length)) throw new UnexpectedLayout('the mentions table does not end as written');
    const body = cursor.text(0, rest - FILE_CLOSE.length);
    cursor.skip(rest);
    this.more = false;
    return body;
  }

  /**
   * Takes the source's previous rows when they are exactly `json`: the same bytes, followed by
   * the end of the table or by a record of another source.
   */
  private sameBlock(sourceId: string, json: Buffer): boolean {
    const cursor = this.cursor;
    if (!cursor || !this.more || !cursor.startsWith(json)) return false;
    if (cursor.startsWith(FILE_CLOSE, json.length) && cursor.ensure(json.length + FILE_CLOSE.length + 1) === json.length + FILE_CLOSE.length) {
      cursor.skip(json.length + FILE_CLOSE.length);
      this.more = false;
      return true;
    }
    if (!cursor.startsWith(SEPARATOR, json.length)) return false;
    const next = json.length + SEPARATOR.length;
    const lineEnd = cursor.indexOf(LINE_END, next);
    if (lineEnd < 0 || sourceOfId(mentionIdOf(cursor.text(next, lineEnd))) === sourceId) return false;
    cursor.skip(next);
    return true;
  }
}

/** Previous records given as their texts, for TableDiff. */
function bodiesOf(bodies: string[]): PreviousRecords {
  let i = 0;
  return {
    peek: () => (i < bodies.length ? { body: bodies[i]!, value: null } : undefined),
    take: () => void i++,
  };
}
