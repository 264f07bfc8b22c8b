// A build writes the mentions table in a thread of its own (emit/mention-table-thread.ts) while the
// main thread writes the other tables. The thread must give what the main thread's writer gives:
// the same bytes in both files, the same changes, places and first rows, whatever the previous
// release; it sends the table back where only the main thread can write it (a fragment failing its
// check, a previous table laid out otherwise), and an error in it is thrown, not lost.
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionChanges, PreviousRelease } from '../../pipeline/emit/changes.js';
import { csvRows } from '../../pipeline/emit/csv.js';
import { FragmentMismatch, MentionTable, readFragment, type MentionBlock } from '../../pipeline/emit/mention-block.js';
import { ListedIds } from '../../pipeline/emit/mention-ids.js';
import { PreviousMentionRows, type MentionPlace } from '../../pipeline/emit/mention-layout.js';
import { byteBaseline, writeMentionTable, type ByteBaseline } from '../../pipeline/emit/mention-table.js';
import { startMentionTable, takeStartedTable } from '../../pipeline/emit/mention-table-thread.js';
import { columnsOf } from '../../pipeline/emit/schemas.js';
import { jsonPieces, RECORD_SEPARATOR } from '../../pipeline/emit/write-table.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';
import { seededRandom } from '../../bench/generate-corpus.js';

type Row = Record<string, unknown>;
/** The table written in its thread as a build does it: started, then taken over into the same folder. */
const writeMentionFilesInThread = (dir: string, table: MentionTable, baseline: ByteBaseline, places?: Map<string, MentionPlace>, copy?: PreviousMentionRows) =>
  takeStartedTable(startMentionTable(dir, table, baseline, places, copy), dir, table, places);

const sourceId = (k: number) => `src-${String(k).padStart(4, '0')}`;
// Texts with what a byte-wise writer could get wrong: multi-byte letters, astral characters, quotes, CSV's delimiters.
const TEXTS = ['Pakistan', 'ایران', 'Zürich "talks"', 'Gwadar, Balochistan', '۲۳ مارچ 𝟚𝟘𝟚𝟜', 'line\u2028sep', 'a\\b'];

function rowsOf(source: number, random: () => number, edit = ''): Row[] {
  return Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => {
    const text = `${TEXTS[Math.floor(random() * TEXTS.length)]!}${edit}`;
    return { mention_id: `${sourceId(source)}:d:${i * 40}-${i * 40 + 9}`, source_id: sourceId(source), kind: 'date', text, char_start: i * 40, char_end: i * 40 + 9, value: '2024-01-16', rule: 'day-month-year' };
  });
}

let tmp: string;
beforeAll(async () => { tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'mention-thread-')); });
afterAll(async () => { await fs.rm(tmp, { recursive: true, force: true }); });

/** A source's block with its rows in files, as the cache or a build's spool holds them. */
async function block(rows: Row[], sid: string): Promise<MentionBlock> {
  const csv = Buffer.from(csvRows(columnsOf('mentions'), rows));
  const json = Buffer.from(rows.length ? [...jsonPieces(rows)].flatMap((p) => p.bodies).join(RECORD_SEPARATOR) : '');
  const dir = await fs.mkdtemp(path.join(tmp, 'rows-'));
  const fragment = async (part: string, bytes: Buffer) => {
    const file = path.join(dir, `${sid}.${part}`);
    await fs.writeFile(file, bytes);
    return { file, sha256: sha256Hex(bytes), bytes: bytes.length, offset: 0 };
  };
  return { source_id: sid, count: rows.length, rejects: [], csv: await fragment('csv', csv), json: await fragment('json', json) };
}

/**
 * A fragment's file changed in place: its last byte flipped. (Bytes appended after a fragment are
 * not part of it: fragments are read at their offset, as a source's share one cache file.)
 */
async function damage(file: string): Promise<void> {
  const bytes = await fs.readFile(file);
  expect(bytes.length).toBeGreaterThan(0);
  bytes[bytes.length - 1]! ^= 1;
  await fs.writeFile(file, bytes);
}

async function tableOf(sources: Array<[number, Row[]]>): Promise<MentionTable> {
  return new MentionTable(await Promise.all(sources.map(([k, rows]) => block(rows, sourceId(k)))));
}

async function releaseDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(tmp, 'release-'));
  for (const sub of ['csv', 'json']) await fs.mkdir(path.join(dir, sub));
  return dir;
}

const previousAt = (dir: string): PreviousRelease => ({ version: '1.0.0', tables: {}, columns: {}, changelog: '', dir });

/** What a writer gave, in a form to compare: files, changes (the added ids as changes.json lists them), places, first rows. */
async function outcome(dir: string, changes: MentionChanges, table: MentionTable, places: Map<string, MentionPlace>) {
  const added = changes.added instanceof ListedIds ? [...changes.added.jsonPieces()].join('') : JSON.stringify(changes.added);
  return {
    csv: await fs.readFile(path.join(dir, 'csv', 'mentions.csv')),
    json: await fs.readFile(path.join(dir, 'json', 'mentions.json')),
    changes: { ...changes, added }, places: [...places], firstRows: table.firstRows,
  };
}

/**
 * The table written by the main thread's writer and by the thread, each into a folder of its own;
 * with `copyFrom`, each copies unchanged rows from the previous release through a reader of its
 * own (PreviousMentionRows, as a build's), whose count of copied fragments is part of the outcome.
 */
async function bothWays(sources: Array<[number, Row[]]>, previous: PreviousRelease | null, copyFrom?: () => PreviousMentionRows) {
  const here = await tableOf(sources);
  const there = new MentionTable(here.blocks);
  const [hereDir, thereDir] = [await releaseDir(), await releaseDir()];
  const [herePlaces, therePlaces] = [new Map<string, MentionPlace>(), new Map<string, MentionPlace>()];
  const [hereCopy, thereCopy] = [copyFrom?.(), copyFrom?.()];
  const hereChanges = await writeMentionTable(hereDir, here, previous, hereCopy?.read ?? readFragment, herePlaces);
  hereCopy?.close();
  const thereChanges = await writeMentionFilesInThread(thereDir, there, byteBaseline(previous), therePlaces, thereCopy);
  expect(thereChanges).not.toBeNull();
  return {
    here: { ...await outcome(hereDir, hereChanges, here, herePlaces), taken: hereCopy?.taken },
    there: { ...await outcome(thereDir, thereChanges!, there, therePlaces), taken: thereCopy?.taken },
  };
}

describe('the mentions table written in a thread of its own', () => {
  const random = seededRandom(11);
  const first: Array<[number, Row[]]> = Array.from({ length: 40 }, (_, k) => [k, k % 7 === 3 ? [] : rowsOf(k, random)]);
  let previousDir: string;

  beforeAll(async () => {
    previousDir = await releaseDir();
    await writeMentionTable(previousDir, await tableOf(first), null, readFragment);
  });

  it('a first release: the same files, changes, places and first rows as the main thread\'s writer', async () => {
    const { here, there } = await bothWays(first, null);
    expect(here.changes.added.length).toBeGreaterThan(100);
    expect(there).toEqual(here);
  });

  it('after sources were added, edited and removed: the same as the main thread\'s writer', async () => {
    const next: Array<[number, Row[]]> = first
      .filter(([k]) => k % 9 !== 4) // removed
      .map(([k, rows]) => [k, k % 5 === 1 ? rowsOf(k, random, ' (edited)') : rows]);
    next.push([45, rowsOf(45, random)], [46, []]);
    const { here, there } = await bothWays(next, previousAt(previousDir));
    expect(here.changes.removed.length).toBeGreaterThan(0);
    expect(here.changes.changed.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });

  it('on a rerun, copies the unchanged rows from the previous release as the main thread\'s reader does', async () => {
    const laidOut = await releaseDir();
    const places = new Map<string, MentionPlace>();
    await writeMentionTable(laidOut, await tableOf(first), null, readFragment, places);
    const layout = { release: path.resolve(laidOut), places };
    const next: Array<[number, Row[]]> = first.filter(([k]) => k !== 8).map(([k, rows]) => [k, k % 6 === 2 ? rowsOf(k, random, ' (edited)') : rows]);
    next.push([47, rowsOf(47, random)]);
    const copyFrom = () => new PreviousMentionRows(layout, laidOut, readFragment);
    const { here, there } = await bothWays(next, previousAt(laidOut), copyFrom);
    expect(here.taken).toBeGreaterThan(40);
    expect(there).toEqual(here);

    // A previous release damaged where the layout places a source's rows (same length: only the
    // hash tells): those rows are read from their fragment's file, the others copied, as here.
    const csvFile = path.join(laidOut, 'csv', 'mentions.csv');
    const csv = await fs.readFile(csvFile);
    const [at] = places.get(sourceId(11))!;
    csv[at + 2] = csv[at + 2] === 0x31 ? 0x32 : 0x31;
    await fs.writeFile(csvFile, csv);
    const damaged = await bothWays(next, previousAt(laidOut), copyFrom);
    expect(damaged.there.csv).toEqual(there.csv);
    expect(damaged.there).toEqual(damaged.here);
    expect(damaged.there.taken).toBe(here.taken! - 1);

    // A fragment neither copied nor readable (a new source's, damaged): the table is sent back,
    // and nothing the thread copied is counted.
    const withBadNew = await tableOf(next);
    await damage((withBadNew.blocks.at(-1)!.csv as { file: string }).file);
    const copy = copyFrom();
    expect(await writeMentionFilesInThread(await releaseDir(), withBadNew, byteBaseline(previousAt(laidOut)), undefined, copy)).toBeNull();
    expect(copy.taken).toBe(0);
  });

  it('sends the table back where the previous table is laid out otherwise, or a fragment fails its check', async () => {
    const odd = await releaseDir();
    await fs.writeFile(path.join(odd, 'json', 'mentions.json'), JSON.stringify([{ mention_id: 'x' }]));
    expect(await writeMentionFilesInThread(await releaseDir(), await tableOf(first), byteBaseline(previousAt(odd)))).toBeNull();

    const damaged = await tableOf(first);
    const fragment = damaged.blocks[5]!.json as { file: string };
    await damage(fragment.file);
    expect(await writeMentionFilesInThread(await releaseDir(), damaged, byteBaseline(null))).toBeNull();
    // The main thread's plain reader then reports the damage (a build's renders the rows again).
    await expect(writeMentionTable(await releaseDir(), damaged, null, readFragment)).rejects.toThrow(FragmentMismatch);
  });

  it('leaves rows held as text, and a previous table held in memory, to the main thread', async () => {
    const inMemory = new MentionTable([{ source_id: sourceId(1), count: 1, rejects: [], csv: { text: 'a\r\n' }, json: { text: '    "mention_id": "src-0001:d:0-9"' } }]);
    expect(await writeMentionFilesInThread(await releaseDir(), inMemory, byteBaseline(null))).toBeNull();
    const held: PreviousRelease = { ...previousAt(previousDir), tables: { mentions: [] } };
    expect(await writeMentionFilesInThread(await releaseDir(), await tableOf(first), byteBaseline(held))).toBeNull();
  });

  it('started before normalize: taken over where the table is the same, else left to the main thread', async () => {
    const here = await tableOf(first);
    const hereDir = await releaseDir();
    const herePlaces = new Map<string, MentionPlace>();
    const hereOutcome = await outcome(hereDir, await writeMentionTable(hereDir, here, null, readFragment, herePlaces), here, herePlaces);

    const dir = await releaseDir();
    const places = new Map<string, MentionPlace>();
    const started = startMentionTable(dir, new MentionTable(here.blocks), byteBaseline(null), places);
    const table = new MentionTable(here.blocks); // the table normalize makes: the same blocks, another object
    const changes = await takeStartedTable(started, dir, table, places);
    expect(await outcome(dir, changes!, table, places)).toEqual(hereOutcome);

    // A table of other blocks, or another folder: nothing is taken over, and no place is left behind.
    const otherPlaces = new Map<string, MentionPlace>();
    const other = startMentionTable(dir, new MentionTable(here.blocks), byteBaseline(null), otherPlaces);
    expect(await takeStartedTable(other, dir, new MentionTable(here.blocks.slice(1)), otherPlaces)).toBeNull();
    expect(otherPlaces.size).toBe(0);
    const elsewhere = startMentionTable(dir, new MentionTable(here.blocks), byteBaseline(null));
    expect(await takeStartedTable(elsewhere, await releaseDir(), new MentionTable(here.blocks))).toBeNull();
  });

  it('once launched, it writes while this thread holds its event loop, as normalize does', async () => {
    const here = await tableOf(first);
    const hereDir = await releaseDir();
    const herePlaces = new Map<string, MentionPlace>();
    const hereOutcome = await outcome(hereDir, await writeMentionTable(hereDir, here, null, readFragment, herePlaces), here, herePlaces);

    const dir = await releaseDir();
    const places = new Map<string, MentionPlace>();
    const table = new MentionTable(here.blocks);
    const started = startMentionTable(dir, table, byteBaseline(null), places);
    await started.launched;
    // Held without a turn of the event loop (normalize holds it so for seconds): the thread made
    // before it writes both files meanwhile. A thread made only at the next turn would write nothing.
    const size = (file: string) => { try { return statSync(path.join(dir, file)).size; } catch { return -1; } };
    const done = () => size('csv/mentions.csv') === hereOutcome.csv.length && size('json/mentions.json') === hereOutcome.json.length;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (const until = Date.now() + 30_000; !done() && Date.now() < until;) Atomics.wait(pause, 0, 0, 20);
    expect(done()).toBe(true);
    const changes = await takeStartedTable(started, dir, table, places);
    expect(await outcome(dir, changes!, table, places)).toEqual(hereOutcome);
  });

  it('launched settles where no thread is made: rows held as text are written by the main thread', async () => {
    const held = new MentionTable([{ source_id: 'src-held', count: 1, rejects: [], csv: { text: 'x\n' }, json: { text: '{}' } }]);
    const started = startMentionTable(await releaseDir(), held, byteBaseline(null));
    await started.launched;
    expect(await started.written).toBeNull();
  });

  it('an error in the thread is thrown with its message', async () => {
    const notAFolder = path.join(await fs.mkdtemp(path.join(tmp, 'bare-')), 'file');
    await fs.writeFile(notAFolder, ''); // no csv/ or json/ can be made in it
    await expect(writeMentionFilesInThread(notAFolder, await tableOf(first), byteBaseline(null))).rejects.toThrow(/writing the mentions table: .*ENOTDIR/);
  });

  it('makes the folders it writes into: the release\'s writer may make them only after the thread starts', async () => {
    const bare = await fs.mkdtemp(path.join(tmp, 'bare-'));
    const { here } = await bothWays(first, null);
    const places = new Map<string, MentionPlace>();
    const table = await tableOf(first);
    const changes = await writeMentionFilesInThread(bare, table, byteBaseline(null), places);
    expect(await outcome(bare, changes!, table, places)).toEqual(here);
  });
});
