// The mentions table is compared with the previous release a source at a time, by bytes
// (emit/mention-diff.ts). Whatever sources were added, removed or edited, the result must be
// what keying every record of both tables gives.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableChanges } from '../../pipeline/emit/changes.js';
import { MentionTableDiff } from '../../pipeline/emit/mention-diff.js';
import { UnexpectedLayout } from '../../pipeline/emit/table-diff.js';
import { jsonPieces, RECORD_SEPARATOR, writeJsonTable } from '../../pipeline/emit/write-table.js';
import { toJsonText } from '../../pipeline/lib/json.js';
import { seededRandom } from '../../bench/generate-corpus.js';
import { keyedDiff, type Row } from './keyed-diff.js';

const sourceId = (k: number) => `src-${String(k).padStart(4, '0')}`;
const mention = (source: number, at: number, text = `Pakistan ${at}`): Row => ({
  mention_id: `${sourceId(source)}:a:${at}-${at + 8}`, source_id: sourceId(source), kind: 'actor',
  text, char_start: at, char_end: at + 8, value: 'pakistan', rule: 'lexicon:pakistan',
});

/** A table of `sources` sources of 1–30 mentions each. */
function table(sources: number[], random: () => number): Row[] {
  return sources.flatMap((s) => Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) => mention(s, i * 10)));
}

let dir: string;
beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mention-diff-')); });
afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });

/** Writes `before` as the previous file (or `text`), and feeds `now` a source block at a time, with `empty` sources given no rows. */
async function compare(before: Row[] | null, now: Row[], options: { text?: string; empty?: string[]; asText?: boolean } = {}): Promise<TableChanges> {
  const file = path.join(await fs.mkdtemp(path.join(dir, 'release-')), 'mentions.json');
  if (options.text !== undefined) await fs.writeFile(file, options.text);
  else if (before) await writeJsonTable(file, before);
  const diff = new MentionTableDiff(before || options.text !== undefined ? file : null);
  const blocks = new Map<string, Row[]>(options.empty?.map((s) => [s, []]));
  for (const r of now) blocks.set(String(r.source_id), [...blocks.get(String(r.source_id)) ?? [], r]);
  for (const [sid, rows] of [...blocks].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bodies = rows.length ? [...jsonPieces(rows)].flatMap((p) => p.bodies) : [];
    const json = bodies.join(RECORD_SEPARATOR);
    diff.block(sid, options.asText ? json : Buffer.from(json), rows.length);
  }
  return diff.finish();
}

describe('comparing the mentions table a source at a time', () => {
  it('finds nothing when nothing changed, and everything added without a previous table', async () => {
    const base = table([1, 2, 3, 5, 8], seededRandom(7));
    expect(await compare(base, base)).toEqual({ added: [], removed: [], changed: [] });
    expect(await compare(null, base)).toEqual(keyedDiff([], base));
    expect(await compare(null, base, { text: '[]\n' })).toEqual(keyedDiff([], base));
    expect(await compare(base, [])).toEqual(keyedDiff(base, []));
  });

  it.each([1, 2, 3, 4, 5, 6])('agrees with keying every record on random edits (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const base = table(Array.from({ length: 300 }, (_, k) => k * 2), random);
    const kept = new Set<number>();
    const now: Row[] = [];
    let source = -1;
    for (const r of base) {
      const s = Number(String(r.source_id).slice(4));
      if (s !== source) {
        source = s;
        const roll = random();
        if (roll < 0.03) continue; // a source added before it
        if (roll < 0.06) now.push(...table([s - 1], random));
      }
      if (random() < 0.02) continue; // a source removed, record by record
      kept.add(s);
      const roll = random();
      if (roll < 0.01) continue; // a record removed
      if (roll < 0.02) now.push(mention(s, Number(r.char_start) + 1)); // a record added before it
      if (roll < 0.03) now.push({ ...r, text: `changed ${r.mention_id}` }); // changed
      else if (roll < 0.035) now.push({ ...r, value: null, rule: undefined }); // fields gone
      else now.push(r);
    }
    now.push(...table([10_000], random)); // a source after every other
    const expected = keyedDiff(base, now);
    expect(expected.added.length && expected.removed.length && expected.changed.length).toBeTruthy();
    expect(await compare(base, now)).toEqual(expected);
    expect(await compare(now, base)).toEqual(keyedDiff(now, base));
    // Blocks given as text, as emit gives those held in memory.
    expect(await compare(base, now, { asText: true })).toEqual(expected);
    expect(await compare(null, now, { asText: true })).toEqual(keyedDiff([], now));
  });

  it('counts every earlier row of a source that now has none as removed', async () => {
    const base = table([1, 2, 3], seededRandom(3));
    const now = base.filter((r) => r.source_id !== sourceId(2));
    expect(await compare(base, now, { empty: [sourceId(2)] })).toEqual(keyedDiff(base, now));
  });

  it('gives up, for emit to compare the slow way, on a previous file laid out otherwise', async () => {
    const base = table([1, 2, 3], seededRandom(4));
    await expect(compare(null, base, { text: JSON.stringify(base) })).rejects.toThrow(UnexpectedLayout);
    // sources out of order
    const shuffled = [...base.filter((r) => r.source_id === sourceId(2)), ...base.filter((r) => r.source_id !== sourceId(2))];
    await expect(compare(null, base, { text: toJsonText(shuffled) })).rejects.toThrow(UnexpectedLayout);
  });
});
