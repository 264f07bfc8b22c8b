// Builds the dataset from raw/ and checks the contract: every file, every column, every record
// valid, every quote found at its offsets in its source's extracted text.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipeline/build.js';
import type { Evidence, Figure, Mention, Source } from '../../pipeline/generated/dataset.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { readSource } from '../../pipeline/read/read-source.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';
import { CONTRACT_COLUMNS, CONTRACT_FILES } from './contract.js';
import { PROJECT, readJson, tempDir } from './helpers.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020;
const RAW = path.join(PROJECT, 'raw');
let out: string;
const texts = new Map<string, string>();

beforeAll(async () => {
  out = path.join(tempDir(), 'dist');
  await buildDataset({ raw: RAW, out, workers: 1 });
  for (const file of (await listSources(RAW)).files) {
    const reading = await readSource(file);
    if (reading.ok) texts.set(file.sourceId, reading.document.text);
  }
});

const table = <T>(name: string) => readJson<T[]>(path.join(out, 'json', `${name}.json`));

describe('a release built from raw/', () => {
  it('writes every file the contract names', () => {
    for (const f of CONTRACT_FILES) expect(fs.existsSync(path.join(out, f)), f).toBe(true);
  });

  it('publishes every seed source', () => {
    const ids = table<Source>('sources').map((s) => s.source_id);
    expect(ids).toEqual(fs.readdirSync(RAW).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort());
  });

  it.each(Object.entries(CONTRACT_COLUMNS))('%s: CSV header and JSON keys are the contract columns', (name, columns) => {
    const csv = fs.readFileSync(path.join(out, 'csv', `${name}.csv`), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(columns.join(','));
    const rows = parse(csv, { columns: true, record_delimiter: '\r\n' }) as object[];
    const json = table<object>(name);
    expect(rows.length).toBe(json.length);
    for (const record of json) expect(Object.keys(record)).toEqual([...columns]);
  });

  it.each(Object.keys(CONTRACT_COLUMNS))('%s: every record validates against its schema', (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readJson(path.join(out, 'schemas', `${name}.schema.json`)));
    for (const record of table(name)) expect(validate(record) ? [] : validate.errors).toEqual([]);
  });

  it('identifies each source text by its hash and length', () => {
    for (const s of table<Source>('sources')) {
      expect(s.text_sha256).toBe(sha256Hex(texts.get(s.source_id)!));
      expect(s.chars).toBe(texts.get(s.source_id)!.length);
    }
  });

  it('finds every evidence and figure quote at its offsets', () => {
    const rows = [...table<Evidence>('evidence'), ...table<Figure>('figures')];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(texts.get(r.source_id)!.slice(r.char_start, r.char_end)).toBe(r.quote);
  });

  it('finds every mention at its offsets', () => {
    const mentions = table<Mention>('mentions');
    expect(new Set(mentions.map((m) => m.kind))).toEqual(new Set(['date', 'actor', 'amount']));
    for (const m of mentions) expect(texts.get(m.source_id)!.slice(m.char_start, m.char_end)).toBe(m.text);
  });

  it('links every event, evidence and figure to records that exist', () => {
    const events = new Set(table<{ event_id: string }>('events').map((e) => e.event_id));
    const actors = new Set(table<{ actor_id: string }>('actors').map((a) => a.actor_id));
    const sources = new Set(table<Source>('sources').map((s) => s.source_id));
    for (const e of table<{ actor1_id: string | null; actor2_id: string | null; source_ids: string[] }>('events')) {
      for (const a of [e.actor1_id, e.actor2_id]) if (a) expect(actors.has(a), a).toBe(true);
      for (const s of e.source_ids) expect(sources.has(s)).toBe(true);
    }
    for (const ev of table<Evidence>('evidence')) expect(events.has(ev.event_id)).toBe(true);
    for (const f of table<Figure>('figures')) if (f.event_id) expect(events.has(f.event_id)).toBe(true);
    for (const m of table<Mention>('mentions').filter((x) => x.kind === 'actor')) expect(actors.has(m.value), m.value).toBe(true);
  });
});

describe('the committed release in dist/', () => {
  it('is exactly what the pipeline builds from raw/ with it as the previous release', async () => {
    const rebuilt = path.join(tempDir(), 'dist');
    await buildDataset({ raw: RAW, out: rebuilt, previous: path.join(PROJECT, 'dist'), workers: 1 });
    const { listFiles } = await import('./helpers.js');
    const committed = path.join(PROJECT, 'dist');
    expect(listFiles(rebuilt)).toEqual(listFiles(committed));
    for (const f of listFiles(committed)) {
      expect(fs.readFileSync(path.join(rebuilt, f)).equals(fs.readFileSync(path.join(committed, f))), `dist/${f} differs: run npm run pipeline`).toBe(true);
    }
  });
});
