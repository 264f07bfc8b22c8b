// The release's tables are written with the evidence and figures JSON files first: the explorer's
// data thread is made of those two files (emit/site/data-from-tables.ts) and starts as soon as
// they are whole, while the main thread writes the other tables and the CSV files. The order must
// change nothing else: the changes are those of every table compared with the previous release
// (diffTables), listed in the tables' order, and the files the same whatever the order.
import { readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTables, type PreviousRelease } from '../../pipeline/emit/changes.js';
import { writeTables } from '../../pipeline/emit/index.js';
import { MentionTable } from '../../pipeline/emit/mention-block.js';
import type { DatasetTables } from '../../pipeline/normalize/index.js';
import { TABLES } from '../../pipeline/schemas/tables.js';
import { largeInput } from '../site/synthetic.js';

let root: string;
beforeAll(async () => void (root = await fs.mkdtemp(path.join(os.tmpdir(), 'write-tables-'))));
afterAll(async () => fs.rm(root, { recursive: true, force: true }));

function tablesOf(n: number): DatasetTables {
  const { sources, actors, events, evidence, figures } = largeInput(n);
  return { sources, actors, events, evidence, figures, mentions: new MentionTable([]) };
}

/** Writes the tables into a new release folder; returns the changes and what the folder held when onSiteTables was called. */
async function written(name: string, tables: DatasetTables, previous: PreviousRelease | null) {
  const dir = path.join(root, name);
  for (const sub of ['csv', 'json', 'schemas']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  let calls = 0;
  let atCall: { evidence: Buffer; figures: Buffer; csv: string[] } | null = null;
  const changes = await writeTables(dir, tables, previous, {}, true, () => {
    calls++;
    // Read before the writer's next step: what a thread started now finds.
    atCall = { evidence: readFileSync(path.join(dir, 'json', 'evidence.json')), figures: readFileSync(path.join(dir, 'json', 'figures.json')), csv: readdirSync(path.join(dir, 'csv')) };
  });
  return { dir, changes, calls, atCall: atCall as { evidence: Buffer; figures: Buffer; csv: string[] } | null };
}

describe('the order the release\'s tables are written in', () => {
  it('calls onSiteTables once, with the evidence and figures JSON files whole, before any CSV file', async () => {
    const tables = tablesOf(400);
    const previous = await written('first', tables, null);
    // A second release over the first: records removed, added and changed in each table.
    const next: DatasetTables = {
      ...tables,
      sources: tables.sources.slice(1),
      events: tables.events.filter((_, i) => i % 17 !== 3).map((e, i) => (i % 23 === 5 ? { ...e, summary: `${e.summary} (edited)` } : e)),
      evidence: [...tables.evidence.slice(2), { ...tables.evidence[0]!, char_start: 999 }],
      figures: tables.figures.map((f, i) => (i === 0 ? { ...f, value: 42 } : f)),
    };
    const before: PreviousRelease = { version: '1.0.0', tables: {}, columns: {}, changelog: '', dir: previous.dir };
    for (const [name, run, prior] of [['first', previous, null], ['second', await written('second', next, before), before]] as const) {
      expect(run.calls, name).toBe(1);
      expect(run.atCall, name).not.toBeNull();
      expect(run.atCall!.csv, name).toEqual([]);
      expect(run.atCall!.evidence.equals(await fs.readFile(path.join(run.dir, 'json', 'evidence.json'))), name).toBe(true);
      expect(run.atCall!.figures.equals(await fs.readFile(path.join(run.dir, 'json', 'figures.json'))), name).toBe(true);
      // Listed in the tables' order, and each table's changes those of the whole comparison.
      const whole = diffTables(prior, name === 'first' ? tables : next, null).tables;
      expect(Object.keys(run.changes), name).toEqual(TABLES.filter((t) => t !== 'mentions'));
      for (const t of TABLES) if (t !== 'mentions') expect(JSON.parse(JSON.stringify(run.changes[t])), `${name} ${t}`).toEqual(JSON.parse(JSON.stringify(whole[t])));
    }
    const second = diffTables(before, next, null).tables;
    expect(second.events.removed.length + second.events.changed.length).toBeGreaterThan(10);
  });
});
