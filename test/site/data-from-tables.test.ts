// The explorer's data files made from the bytes of the JSON tables (data-from-tables.ts) are the
// files writeSiteData makes from the records (layoutChunks and LiteralEncoder, the oracle), byte
// for byte: on real prose (the gold-set texts) and on hostile text (every character the literal
// escapes, line separators, lone surrogates, astral characters, quotes and backslashes next to
// each other), with evidence and figures of no event or of an unknown one, events with none,
// items larger than a file, and limits that cut the data into many files.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_CHARS, chunkScriptParts, layoutChunks } from '../../pipeline/emit/site/chunks.js';
import { appendCompactLiteral, ByteList, recordRanges, writeSiteDataFromTables } from '../../pipeline/emit/site/data-from-tables.js';
import { startSiteDataThread, writeSiteDataInThread } from '../../pipeline/emit/site/data-thread.js';
import { codeEventIds, decodeEventIds } from '../../pipeline/emit/site/event-id-codes.js';
import { writeSiteData } from '../../pipeline/emit/site/index.js';
import { escapedStringOf } from '../../pipeline/emit/site/literal-bytes.js';
import { writeJsonTable } from '../../pipeline/emit/write-table.js';
import type { Event, Evidence, Figure } from '../../pipeline/generated/dataset.js';
import { seededRandom } from '../../bench/generate-corpus.js';
import { goldTexts } from '../fixtures/gold-texts.js';
import { largeInput } from './synthetic.js';

const HOSTILE = [
  'a', ' ', '"', '\\', '\\"', '"\\', '\\\\', '/', '<', '>', '&', '</script>', '\u2028', '\u2029', '\u2027', '\u202a', '’', '“', '—',
  '\ufffd', '\ufeff', '😀', '\ud800', '\udbff', '\udc00', '\udfff', 'é', '\u0000', '\u001f', '\n', '\r', '\t', '\b', '\f', '\u007f', ':', ',', '{', '}', '[', ']',
  '    "x": ', '\n  },\n  {\n', 'ﬀ', '\uffff', 'اسلام آباد',
];

function hostileText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += HOSTILE[Math.floor(random() * HOSTILE.length)];
  return text;
}

interface Tables { events: Event[]; evidence: Evidence[]; figures: Figure[] }

/** Tables of random events with quotes from `quotes`, some evidence and figures of no event or an unknown one. */
function randomTables(random: () => number, quotes: () => string, eventCount: number): Tables {
  const base = largeInput(1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const events: Event[] = Array.from({ length: eventCount }, (_, i) => ({ ...pick(base.events), event_id: `ev-${i}`, summary: quotes(), source_ids: [`s-${i}`, quotes().slice(0, 8)] }));
  const eventId = () => (random() < 0.05 ? null : random() < 0.05 ? 'ev-unknown' : `ev-${Math.floor(random() * eventCount)}`);
  const evidence: Evidence[] = Array.from({ length: eventCount * 3 }, (_, i) => ({ ...pick(base.evidence), event_id: eventId()!, source_id: `s-${i}`, quote: quotes(), char_start: i, char_end: i * 7 + 0.5 }));
  const figures: Figure[] = Array.from({ length: eventCount * 2 }, (_, i) => ({ ...pick(base.figures), figure_id: `f-${i}`, event_id: eventId(), quote: quotes(), subject: random() < 0.5 ? null : quotes().slice(0, 20), value: random() < 0.5 ? -i / 3 : 1e21 * i }));
  // Sorted by event, as normalize gives them, and not.
  if (random() < 0.5) evidence.sort((a, b) => String(a.event_id).localeCompare(String(b.event_id)));
  return { events, evidence, figures };
}

let root: string;
beforeAll(async () => void (root = await fs.mkdtemp(path.join(os.tmpdir(), 'data-from-tables-'))));
afterAll(async () => fs.rm(root, { recursive: true, force: true }));

/** Every file under dir/data, by name. */
async function dataFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = await fs.readdir(path.join(dir, 'data'));
  return new Map(await Promise.all(names.map(async (n) => [n, await fs.readFile(path.join(dir, 'data', n))] as [string, Buffer])));
}

let round = 0;
/** Writes the tables' JSON files, then the data files both ways; expects the same files and layout. */
async function expectSameFiles(tables: Tables, limit = CHUNK_CHARS): Promise<number> {
  const dir = path.join(root, `r${round++}`);
  for (const sub of ['json', 'old', 'new']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  await writeJsonTable(path.join(dir, 'json', 'evidence.json'), tables.evidence);
  await writeJsonTable(path.join(dir, 'json', 'figures.json'), tables.figures);
  const layout = layoutChunks(tables.events, tables.evidence, tables.figures, limit);
  const made = await writeSiteDataFromTables(path.join(dir, 'new'), tables, path.join(dir, 'json'), limit);
  expect(made).toEqual({ evidenceChunkStarts: layout.evidenceChunkStarts, figureChunks: layout.figureChunks });
  const expected = new Map([...layout.files()].map(([file, text]) => [path.basename(file), Buffer.from(text)]));
  const written = await dataFiles(path.join(dir, 'new'));
  expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, bytes] of expected) expect(written.get(name)!.equals(bytes), name).toBe(true);
  // And what writeSiteData writes from the records, the path a release took before.
  if (limit === CHUNK_CHARS) {
    await writeSiteData(path.join(dir, 'old'), tables);
    const old = await dataFiles(path.join(dir, 'old'));
    expect([...old.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [name, bytes] of old) expect(written.get(name)!.equals(bytes), name).toBe(true);
  }
  await fs.rm(dir, { recursive: true, force: true });
  return expected.size;
}

describe('a record literal made from its pretty JSON bytes', () => {
  it('is the literal of JSON.stringify(record), and its length that text\'s', () => {
    const random = seededRandom(3);
    const out = new ByteList();
    for (let k = 0; k < 3000; k++) {
      const record = { id: k, text: hostileText(random, Math.floor(random() * 30)), list: [hostileText(random, 3), null, -0.5, true, [], {}], nested: { a: [hostileText(random, 2)] }, empty: '' };
      const bytes = Buffer.from(`${JSON.stringify([record], null, 2)}\n`);
      const range = recordRanges(bytes, 1)!;
      out.used = 0;
      const units = appendCompactLiteral(bytes, range.starts[0]!, range.ends[0]!, out);
      expect(out.bytes.equals(Buffer.from(escapedStringOf(JSON.stringify(record)))), JSON.stringify(record)).toBe(true);
      expect(units).toBe(JSON.stringify(record).length);
    }
  });
});

describe('record ranges of a table file', () => {
  it('are each record\'s lines, and null where the file holds other records or another count', () => {
    const records = [{ a: 1 }, { b: '\n  },\n  {\n' }, { c: [1, { d: 2 }] }];
    const bytes = Buffer.from(`${JSON.stringify(records, null, 2)}\n`);
    const ranges = recordRanges(bytes, 3)!;
    expect([0, 1, 2].map((k) => JSON.parse(`{${bytes.toString('utf8', ranges.starts[k], ranges.ends[k])}}`))).toEqual(records);
    for (const count of [0, 1, 2, 4]) expect(recordRanges(bytes, count)).toBeNull();
    expect(recordRanges(Buffer.from('[]\n'), 0)).not.toBeNull();
    expect(recordRanges(Buffer.from('[]\n'), 1)).toBeNull();
    expect(recordRanges(bytes.subarray(0, -1), 3)).toBeNull();
    // An empty object, an array or a string among the records: not the layout of plain records.
    for (const odd of [[{ a: 1 }, {}, { b: 2 }], [{ a: 1 }, [1], { b: 2 }], [{ a: 1 }, 'x', { b: 2 }], [{}, {}, {}]]) {
      expect(recordRanges(Buffer.from(`${JSON.stringify(odd, null, 2)}\n`), 3)).toBeNull();
    }
  });
});

describe('the data files made from the tables\' bytes', () => {
  it('are writeSiteData\'s on the gold-set prose', async () => {
    const random = seededRandom(7);
    const sentences = goldTexts().flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 0);
    const quote = () => sentences[Math.floor(random() * sentences.length)]!;
    expect(await expectSameFiles(randomTables(random, quote, 400))).toBeGreaterThan(1);
    expect(await expectSameFiles(randomTables(random, quote, 200), 2000)).toBeGreaterThan(20);
  });

  it('are writeSiteData\'s on hostile text, cut anywhere', async () => {
    const random = seededRandom(19);
    const quote = () => hostileText(random, Math.floor(random() ** 2 * 400));
    for (const limit of [CHUNK_CHARS, 1, 300, 5000]) await expectSameFiles(randomTables(random, quote, 60), limit);
    await expectSameFiles(randomTables(random, () => hostileText(random, 2000), 80), CHUNK_CHARS);
  });

  it('are writeSiteData\'s for the synthetic tables, and for none', async () => {
    const input = largeInput(3000);
    expect(await expectSameFiles(input)).toBeGreaterThan(2);
    await expectSameFiles({ events: [], evidence: [], figures: [] });
    await expectSameFiles({ events: input.events, evidence: [], figures: [] });
  });

  it('are not made where the table files do not hold the records', async () => {
    const input = largeInput(20);
    const dir = path.join(root, 'other');
    for (const sub of ['json', 'site']) await fs.mkdir(path.join(dir, sub), { recursive: true });
    await writeJsonTable(path.join(dir, 'json', 'evidence.json'), input.evidence.slice(1));
    await writeJsonTable(path.join(dir, 'json', 'figures.json'), input.figures);
    expect(await writeSiteDataFromTables(path.join(dir, 'site'), input, path.join(dir, 'json'))).toBeNull();
    expect(await writeSiteDataFromTables(path.join(dir, 'site'), input, path.join(dir, 'missing'))).toBeNull();
    expect(await fs.readdir(path.join(dir, 'site'))).toEqual([]);
    // writeSiteData then writes them from the records.
    await writeSiteData(path.join(dir, 'site'), input, path.join(dir, 'json'));
    const layout = layoutChunks(input.events, input.evidence, input.figures);
    for (const [file, text] of layout.files()) expect((await fs.readFile(path.join(dir, 'site', file), 'utf8'))).toBe(text);
    expect(chunkScriptParts('x').tail).toBe('");\n');
  });
});

describe('the data files written in a thread of their own', () => {
  it('are the files made here, and none where the table files do not hold the records', async () => {
    const random = seededRandom(29);
    const tables = randomTables(random, () => hostileText(random, Math.floor(random() * 300)), 300);
    const dir = path.join(root, 'thread');
    for (const sub of ['json', 'here', 'there', 'none']) await fs.mkdir(path.join(dir, sub), { recursive: true });
    await writeJsonTable(path.join(dir, 'json', 'evidence.json'), tables.evidence);
    await writeJsonTable(path.join(dir, 'json', 'figures.json'), tables.figures);
    const here = await writeSiteDataFromTables(path.join(dir, 'here'), tables, path.join(dir, 'json'));
    const there = await writeSiteDataInThread(path.join(dir, 'there'), tables, path.join(dir, 'json'));
    expect(there).toEqual(here);
    const [a, b] = [await dataFiles(path.join(dir, 'here')), await dataFiles(path.join(dir, 'there'))];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
    expect(await writeSiteDataInThread(path.join(dir, 'none'), { ...tables, figures: tables.figures.slice(1) }, path.join(dir, 'json'))).toBeNull();
    expect(await fs.readdir(path.join(dir, 'none'))).toEqual([]);
    // An error in the thread (no site folder to make data/ in) is thrown here.
    await expect(writeSiteDataInThread(path.join(dir, 'missing', 'site'), tables, path.join(dir, 'json'))).rejects.toThrow(/explorer's data/);
  }, 60_000);

  it('made before the tables are written, it writes them once given its job; stopped before, it writes nothing', async () => {
    const random = seededRandom(37);
    const tables = randomTables(random, () => hostileText(random, Math.floor(random() * 300)), 200);
    const dir = path.join(root, 'early');
    const thread = startSiteDataThread();
    const stopped = startSiteDataThread();
    await Promise.all([thread.launched, stopped.launched]);
    for (const sub of ['json', 'here', 'there', 'stopped']) await fs.mkdir(path.join(dir, sub), { recursive: true });
    await writeJsonTable(path.join(dir, 'json', 'evidence.json'), tables.evidence);
    await writeJsonTable(path.join(dir, 'json', 'figures.json'), tables.figures);
    const here = await writeSiteDataFromTables(path.join(dir, 'here'), tables, path.join(dir, 'json'));
    expect(await thread.write(path.join(dir, 'there'), tables, path.join(dir, 'json'))).toEqual(here);
    const [a, b] = [await dataFiles(path.join(dir, 'here')), await dataFiles(path.join(dir, 'there'))];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
    stopped.stop();
    await expect(stopped.write(path.join(dir, 'stopped'), tables, path.join(dir, 'json'))).rejects.toThrow(/explorer's data stopped/);
    expect(await fs.readdir(path.join(dir, 'stopped'))).toEqual([]);
  }, 60_000);
});

describe('the event ids the data thread is given, coded', () => {
  it('decode to the records\' ids: none, unknown events, ids shared, empty and hostile ids', () => {
    const random = seededRandom(31);
    const tables = randomTables(random, () => hostileText(random, Math.floor(random() * 30)), 200);
    // Ids the coding must keep apart or together as they are: an empty one, one like a number, hostile text.
    tables.evidence[0] = { ...tables.evidence[0]!, event_id: '' };
    tables.evidence[1] = { ...tables.evidence[1]!, event_id: '-1' };
    tables.figures[0] = { ...tables.figures[0]!, event_id: hostileText(random, 12) };
    tables.figures[1] = { ...tables.figures[1]!, event_id: null };
    tables.events.push({ ...tables.events[0]! }); // an id listed twice
    const coded = codeEventIds(tables);
    const ids = (items: ReadonlyArray<{ event_id: string | null }>) => items.map((x) => ({ event_id: x.event_id }));
    expect(decodeEventIds(structuredClone(coded))).toEqual({ events: ids(tables.events), evidence: ids(tables.evidence), figures: ids(tables.figures) });
    expect(new Set(coded.names).size).toBe(coded.names.length);
    expect(coded.names.length).toBeLessThan(tables.evidence.length / 2);
  });
});
