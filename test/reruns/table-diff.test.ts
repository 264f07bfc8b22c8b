// Emit compares each table with the previous release's file while it writes the new one, by
// record text, parsing only records whose text differs. Its result must be what keying every
// record of both tables gives (the comparison this replaced, kept here as the oracle), whatever
// was added, removed, changed or moved, and whatever the previous file looks like.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableComparison, type PreviousRelease, type TableChanges } from '../../pipeline/emit/changes.js';
import { jsonPieces, writeJsonTable } from '../../pipeline/emit/write-table.js';
import { toJsonText } from '../../pipeline/lib/json.js';
import { seededRandom } from '../../bench/generate-corpus.js';
import { keyedDiff, type Row } from './keyed-diff.js';

const mention = (n: number, text = `Pakistan ${n}`): Row => ({
  mention_id: `s${String(Math.floor(n / 50)).padStart(4, '0')}:a:${n}-${n + 8}`, source_id: `s${Math.floor(n / 50)}`, kind: 'actor',
  text, char_start: n, char_end: n + 8, value: 'pakistan', rule: 'lexicon:pakistan',
});

let dir: string;
beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'table-diff-')); });
afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });

/** Writes `before` as the previous release's mentions table (or `text` as its file) and compares `now` with it as emit does. */
async function compare(before: Row[] | null, now: Row[], text?: string): Promise<TableChanges> {
  const release = await fs.mkdtemp(path.join(dir, 'release-'));
  await fs.mkdir(path.join(release, 'json'));
  const file = path.join(release, 'json', 'mentions.json');
  if (text !== undefined) await fs.writeFile(file, text);
  else if (before) await writeJsonTable(file, before);
  const previous: PreviousRelease = { version: '1.0.0', tables: {}, columns: {}, changelog: '', dir: release };
  const comparison = new TableComparison('mentions', previous);
  await writeJsonTable(path.join(release, 'new.json'), now, (piece) => {
    piece.bodies.forEach((body, k) => comparison.add(piece.start + k, now[piece.start + k]!, body));
  });
  return comparison.finish(now);
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
});
