// Emit compares each table with the previous release's file while it writes the new one, by
// record text, parsing only records whose text differs. Its result must be what keying every
// record of both tables gives (the comparison this replaced, kept here as the oracle), whatever
// was added, removed, changed or moved, and whatever the previous file looks like.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableComparison, type PreviousRelease, type TableChanges } from '../../pipeline/emit/changes.js';
import { writeComparedJsonTable } from '../../pipeline/emit/compared-table.js';
import { recordsInFile, UnexpectedLayout } from '../../pipeline/emit/table-diff.js';
import { jsonPieces, RECORD_SEPARATOR, writeJsonTable } from '../../pipeline/emit/write-table.js';
import { oldRecordsInFile } from './old-records-in-file.js';
import { toJsonText } from '../../pipeline/lib/json.js';
import { seededRandom } from '../../bench/generate-corpus.js';
import { keyedDiff, type Row } from './keyed-diff.js';

const mention = (n: number, text = `Pakistan ${n}`): Row => ({
  mention_id: `s${String(Math.floor(n / 50)).padStart(4, '0')}:a:${n}-${n + 8}`, source_id: `s${Math.floor(n / 50)}`, kind: 'actor',
  text, char_start: n, char_end: n + 8, value: 'pakistan', rule: 'lexicon:pakistan',
});

// Texts JSON writes as they are (curly quotes, astral characters), escapes (quotes, backslashes,
// lone surrogates, line breaks: a separator inside a text), and bytes many to a character.
const hostile = ['\u201cquoted\u201d \u2014 dash', 'emoji \u{1F600} here', 'lone \ud800 half', 'back\\slash "q"', 'a\n  },\n  {\nb', 'caf\u00e9 \u0627\u06cc\u0631\u0627\u0646'];

let dir: string;
beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'table-diff-')); });
afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });

/**
 * Writes `before` as the previous release's mentions table (or `text` as its file) and compares
 * `now` with it as emit does: by pieces, their bytes first (writeComparedJsonTable), or record by
 * record. Both must give the same changes, and the new file must be toJsonText(now).
 */
async function compare(before: Row[] | null, now: Row[], text?: string): Promise<TableChanges> {
  const release = await fs.mkdtemp(path.join(dir, 'release-'));
  await fs.mkdir(path.join(release, 'json'));
  const file = path.join(release, 'json', 'mentions.json');
  if (text !== undefined) await fs.writeFile(file, text);
  else if (before) await writeJsonTable(file, before);
  const previous: PreviousRelease = { version: '1.0.0', tables: {}, columns: {}, changelog: '', dir: release };
  const byRecord = new TableComparison('mentions', previous);
  await writeJsonTable(path.join(release, 'new.json'), now, (piece) => {
    piece.bodies.forEach((body, k) => byRecord.add(piece.start + k, now[piece.start + k]!, body));
  });
  const byPiece = new TableComparison('mentions', previous);
  await writeComparedJsonTable(path.join(release, 'pieces.json'), now, byPiece);
  expect(await fs.readFile(path.join(release, 'pieces.json'), 'utf8')).toBe(toJsonText(now));
  const changes = byRecord.finish(now);
  expect(byPiece.finish(now)).toEqual(changes);
  return changes;
}

describe('writing a table in pieces', () => {
  it.each([0, 1, 2, 1999, 2000, 2001, 4500])('gives toJsonText for %i records, one body per record', (n) => {
    const rows = Array.from({ length: n }, (_, i) => ({ ...mention(i), list: i % 3 ? [] : ['a', 'b'], nested: i % 5 ? null : { x: [1, { y: 'z' }] } }));
    const pieces = [...jsonPieces(rows)];
    expect(pieces.map((p) => p.parts.join('')).join('')).toBe(toJsonText(rows));
    expect(pieces.flatMap((p) => p.bodies)).toHaveLength(n);
    // each body is the record's own lines, as in a file of it alone
    for (const p of pieces) p.bodies.forEach((b, k) => expect(`[\n  {\n${b}\n  }\n]\n`).toBe(toJsonText([rows[p.start + k]])));
  });
});

describe('comparing a table with the previous release', () => {
  const base = Array.from({ length: 4200 }, (_, i) => mention(i * 3));

  it('finds nothing when nothing changed, and everything added when there was no file', async () => {
    expect(await compare(base, base)).toEqual({ added: [], removed: [], changed: [] });
    expect(await compare(null, base.slice(0, 3))).toEqual(keyedDiff([], base.slice(0, 3)));
    expect(await compare(base.slice(0, 3), [])).toEqual(keyedDiff(base.slice(0, 3), []));
    expect(await compare(base.slice(0, 3), base.slice(0, 2))).toEqual(keyedDiff(base.slice(0, 3), base.slice(0, 2)));
  });

  it.each([1, 2, 3, 4, 5, 6])('agrees with keying every record on random edits (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const now: Row[] = [];
    for (const [i, r] of base.entries()) {
      const roll = random();
      if (roll < 0.01) continue; // removed
      if (roll < 0.02) now.push(mention(i * 3 + 1)); // added before it
      if (roll < 0.03) now.push({ ...r, text: `changed ${i}` }); // changed
      else if (roll < 0.035) now.push({ ...r, value: null, rule: undefined }); // fields gone
      else now.push(r);
    }
    // a few records moved far away, and a block added in the middle and at the end
    for (let k = 0; k < 5; k++) now.push(...now.splice(Math.floor(random() * now.length), 1));
    now.splice(2000, 0, ...Array.from({ length: 300 }, (_, i) => mention(100_000 + i)));
    now.push(mention(200_000));
    const expected = keyedDiff(base, now);
    expect(expected.added.length && expected.removed.length && expected.changed.length).toBeTruthy();
    expect(await compare(base, now)).toEqual(expected);
    expect(await compare(now, base)).toEqual(keyedDiff(now, base));
  });

  it('reads a previous file laid out otherwise as JSON, and an unreadable one as empty', async () => {
    const now = [...base.slice(0, 10), mention(1), ...base.slice(11, 20)];
    const expected = keyedDiff(base.slice(0, 20), now);
    expect(await compare(null, now, JSON.stringify(base.slice(0, 20)))).toEqual(expected);
    // laid out as emit writes it up to a record that is not JSON: the whole file is read again, and fails
    const broken = toJsonText(base.slice(0, 20)).replace('"kind": "actor"', '"kind": actor');
    expect(await compare(null, now, broken)).toEqual(keyedDiff([], now));
    expect(await compare(null, now, '')).toEqual(keyedDiff([], now));
    expect(await compare(null, now, '[]\n')).toEqual(keyedDiff([], now));
  });

  const hostileBase = Array.from({ length: 1500 }, (_, i) => mention(i * 3, `${hostile[i % hostile.length]} ${i}`));

  it.each([1, 2, 3])('agrees on hostile texts, a record changed, added or removed in a piece (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const now = hostileBase.map((r) => (random() < 0.004 ? { ...r, text: `${String(r.text)}\u2019` } : r)).filter(() => random() > 0.003);
    now.splice(Math.floor(random() * now.length), 0, mention(1, '\u201cnew\u201d'));
    expect(await compare(hostileBase, now)).toEqual(keyedDiff(hostileBase, now));
    expect(await compare(now, hostileBase)).toEqual(keyedDiff(now, hostileBase));
    expect(await compare(hostileBase, hostileBase)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('takes pieces whole only where the previous file goes on as the table does', async () => {
    const rows = hostileBase.slice(0, 450);
    const text = toJsonText(rows);
    // more after the close (not JSON), the close's last line break cut, one more record after the last piece, a separator's start after the last record
    expect(await compare(null, rows, `${text}x`)).toEqual(keyedDiff([], rows));
    expect(await compare(null, rows, text.slice(0, -1))).toEqual(keyedDiff(rows, rows)); // read whole, as JSON
    expect(await compare(null, rows, toJsonText([...rows, mention(99_999)]))).toEqual(keyedDiff([...rows, mention(99_999)], rows));
    expect(await compare(null, rows, toJsonText(rows.slice(0, 200)).replace(/\n  \}\n\]\n$/, `${RECORD_SEPARATOR.slice(0, -1)}\n  }\n]\n`))).toEqual(keyedDiff([...rows.slice(0, 200), {}], rows)); // read whole: an empty record last
    // a record that is not laid out as a table's (an empty object: never in a table) in a piece
    // whose bytes are the previous file's: its bodies are not cut from the text, nor the file's
    const odd = [...rows.slice(0, 50), {}, ...rows.slice(50, 300)];
    await compare(null, odd, toJsonText(odd)); // (compare checks the pieces' result against the records')
  });
});

describe('reading the previous table as bytes', () => {
  /** Each record's text as the reader gives it, or the error it throws. */
  const bodiesOf = (read: typeof recordsInFile, file: string): string[] | 'UnexpectedLayout' => {
    const bodies: string[] = [];
    try {
      const records = read(file);
      for (let r = records.peek(); r; records.take(), r = records.peek()) bodies.push(r.body!);
    } catch (error) {
      if (error instanceof UnexpectedLayout || (error as Error).name === 'UnexpectedLayout') return 'UnexpectedLayout';
      throw error;
    }
    return bodies;
  };

  it('gives the records the text reader gave, across chunks, damaged or not', async () => {
    // ~2.5 MB: records cross the reader's 1 MB chunks, many-byte characters among them.
    const rows = Array.from({ length: 9000 }, (_, i) => mention(i, `${hostile[i % hostile.length]} ${'\u00e9\u201c'.repeat(i % 97)}`));
    const bytes = Buffer.from(toJsonText(rows));
    const random = seededRandom(7);
    const variants: Buffer[] = [bytes, Buffer.from('[]\n'), Buffer.from(''), Buffer.from('[\n  {\n'), bytes.subarray(0, bytes.length - 3), Buffer.concat([bytes, Buffer.from('\n')])];
    for (let k = 0; k < 6; k++) {
      const damaged = Buffer.from(bytes);
      // bytes that are not UTF-8, and cut characters, here and there
      for (let j = 0; j < 40; j++) damaged[Math.floor(random() * damaged.length)] = [0x80, 0xff, 0xe2, 0xc3][j % 4]!;
      variants.push(damaged, damaged.subarray(0, Math.floor(random() * damaged.length)));
    }
    for (const [k, variant] of variants.entries()) {
      const file = path.join(dir, `variant-${k}.json`);
      await fs.writeFile(file, variant);
      expect(bodiesOf(recordsInFile, file)).toEqual(bodiesOf(oldRecordsInFile, file));
    }
  });
});

