// The reader of a previous table file that table-diff.ts's recordsInFile replaced (4f99275): the
// file decoded a chunk at a time into text, and the records cut from the text. Kept as the oracle
// of the byte reader, which must give the same records and refuse the same files.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { UnexpectedLayout, type PreviousRecords } from '../../pipeline/emit/table-diff.js';
import { EMPTY_TABLE, RECORD_SEPARATOR, TABLE_CLOSE, TABLE_OPEN } from '../../pipeline/emit/write-table.js';

type PreviousRecord = NonNullable<ReturnType<PreviousRecords['peek']>>;

const CHUNK_BYTES = 32 << 10;

/**
 * The records of a table file as written by writeJsonTable, as texts (see recordBodies), read a
 * chunk at a time. Throws UnexpectedLayout where the file is laid out otherwise.
 */
export function oldRecordsInFile(file: string): PreviousRecords {
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

