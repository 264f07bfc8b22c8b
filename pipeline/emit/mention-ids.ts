// Mention ids read from the mentions table's record texts, and the ids a release adds, held as
// changes.json lists them. A first release adds every mention (1.6 M at 10,000 sources): decoded
// one string each, they took most of the table's comparison, survived every young-generation
// collection while the table was written, and were stringified again into changes.json. Here a
// source's added ids are one string, their JSON texts as changes.json lists them, taken from the
// records' texts: an id's text in a record is JSON.stringify of it, as in changes.json.
import { UnexpectedLayout } from './table-diff.js';
import { RECORD_SEPARATOR } from './write-table.js';

/** How every mention record's text begins: its key first (the schema's first column). */
const ID_START = '    "mention_id": ';
const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;

/** The mention_id of a record's text, read from its first line. */
export function mentionIdOf(body: string): string {
  return idAt(body, 0, body.length);
}

/**
 * The mention_id of the record at [start, end) of text, from its first line after the key (less
 * a final comma). Throws where the record does not begin with its mention_id, or the id is not text.
 */
function idAt(text: string, start: number, end: number): string {
  if (end - start < ID_START.length || !text.startsWith(ID_START, start)) throw new UnexpectedLayout('a mention record does not begin with its mention_id');
  const open = start + ID_START.length;
  let lineEnd = text.indexOf('\n', open);
  if (lineEnd < 0 || lineEnd > end) lineEnd = end;
  if (lineEnd > open && text.charCodeAt(lineEnd - 1) === COMMA) lineEnd--;
  const id = JSON.parse(text.slice(open, lineEnd)) as unknown;
  if (typeof id !== 'string') throw new UnexpectedLayout('a mention_id is not text');
  return id;
}

/**
 * The JSON text of the id of the record at [start, end) when it is plainly quoted: no escape, no
 * control character, no surrogate between its quotes, so that it is JSON.stringify of the id it
 * holds; else null.
 */
function plainIdTextAt(text: string, start: number, end: number): string | null {
  const open = start + ID_START.length;
  if (open >= end || text.charCodeAt(open) !== QUOTE || !text.startsWith(ID_START, start)) return null;
  let close = text.indexOf('\n', open);
  if (close < 0 || close > end) close = end;
  if (text.charCodeAt(close - 1) === COMMA) close--;
  close--; // the closing quote
  if (close <= open || text.charCodeAt(close) !== QUOTE) return null;
  for (let i = open + 1; i < close; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === QUOTE || c === BACKSLASH || (c >= 0xd800 && c <= 0xdfff)) return null;
  }
  return text.slice(open, close + 1);
}

/** changes.json's indentation of the items of tables.mentions.added (JSON.stringify(changes, null, 2)). */
const ITEM_INDENT = '        ';
const ITEM_SEPARATOR = `,\n${ITEM_INDENT}`;

export interface ListedIdsData {
  parts: string[];
  length: number;
}

/** Mention ids in order, held as changes.json lists them: a string per source, not per id. */
export class ListedIds {
  /** Each: the JSON texts of one or more ids, joined by ITEM_SEPARATOR. */
  private readonly parts: string[] = [];
  length = 0;

  add(id: string): void {
    this.parts.push(JSON.stringify(id));
    this.length++;
  }

  /**
   * The ids of every record of a block (record texts joined by RECORD_SEPARATOR), as mentionIdOf
   * reads each record, errors included.
   */
  addBlock(text: string): void {
    const texts: string[] = [];
    for (let start = 0; ;) {
      const next = text.indexOf(RECORD_SEPARATOR, start);
      const end = next < 0 ? text.length : next;
      texts.push(plainIdTextAt(text, start, end) ?? JSON.stringify(idAt(text, start, end)));
      if (next < 0) break;
      start = next + RECORD_SEPARATOR.length;
    }
    // Joined into a string of its own, which holds nothing of the block's text.
    this.parts.push(texts.join(ITEM_SEPARATOR));
    this.length += texts.length;
  }

  /** What another thread needs to make the same list (a structured clone copies the strings). */
  toData(): ListedIdsData {
    return { parts: this.parts, length: this.length };
  }

  static fromData(data: ListedIdsData): ListedIds {
    const ids = new ListedIds();
    for (const part of data.parts) ids.parts.push(part);
    ids.length = data.length;
    return ids;
  }

  /** The ids as strings. */
  ids(): string[] {
    return this.parts.length ? (JSON.parse(`[${this.parts.join(',')}]`) as string[]) : [];
  }

  /** JSON.stringify(this.ids(), null, 2) as it stands in changes.json (items indented by eight), in pieces. */
  *jsonPieces(): Generator<string> {
    if (!this.length) {
      yield '[]';
      return;
    }
    yield `[\n${ITEM_INDENT}`;
    for (const [i, part] of this.parts.entries()) {
      if (i) yield ITEM_SEPARATOR;
      yield part;
    }
    yield '\n      ]';
  }
}
