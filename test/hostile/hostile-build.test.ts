// One build over a raw/ folder of bad and hostile inputs: each ends with a clear entry in
// report.json (which source, what was wrong, what was done), every good source is published,
// nothing crashes or hangs, nothing from outside raw/ is published, and nothing a source says
// can execute where it is published.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { isValidEdtf } from '../../pipeline/lib/edtf.js';
import { build, readJson, readTree, SEED_RAW, seedFiles, tempDir } from '../reruns/helpers.js';
import { ARTICLE, HOSTILE_QUOTE, HOSTILE_TITLE, NEVER_PUBLISHED, writeHostileFolder } from './hostile-folder.js';

type Row = Record<string, any>;
interface Problem { source_id: string | null; file: string | null; stage: string; severity: string; problem: string; action: string }

/** A 5 MB source on one line: prose with dates, names and numbers, and no line break. */
const HUGE_BYTES = 5 * 1024 * 1024;
/** The time limit per source in this build: a source that would hang is cut off and reported. */
const MAX_SOURCE_SECONDS = 20;

describe('a build over bad and hostile inputs', () => {
  let tmp: string;
  let raw: string;
  let out: string;
  let problems: Problem[];
  let published: Set<string>;
  let tables: Record<string, Row[]>;
  let release: Map<string, Buffer>;
  const seedIds: string[] = [];

  beforeAll(async () => {
    tmp = await tempDir('hostile');
    raw = path.join(tmp, 'raw');
    out = path.join(tmp, 'dist');
    await writeHostileFolder(raw, path.join(tmp, 'outside'));
    for (const name of (await seedFiles()).slice(0, 4)) {
      await fs.copyFile(path.join(SEED_RAW, name), path.join(raw, name));
      if (name.endsWith('.txt')) seedIds.push(name.slice(0, -4));
    }
    const sentence = 'Pakistan and Iran held talks in Quetta on 16 January 2024 about 3 billion dollars of trade, the foreign ministry said; ';
    await fs.writeFile(path.join(raw, 'huge-line.txt'), sentence.repeat(Math.ceil(HUGE_BYTES / sentence.length)).slice(0, HUGE_BYTES));
    // Two threads, so that the time limit can cut off a source that takes too long.
    await build(raw, out, { workers: 2, maxSourceSeconds: MAX_SOURCE_SECONDS });
    const report = await readJson(path.join(out, 'report.json'));
    problems = report.problems;
    tables = {};
    for (const t of ['sources', 'events', 'evidence', 'figures', 'mentions', 'actors']) tables[t] = await readJson(path.join(out, 'json', `${t}.json`));
    published = new Set(tables.sources!.map((s) => s.source_id));
    release = await readTree(out);
  }, 240_000);

  const entryFor = (file: string) => problems.filter((p) => p.file === file);

  it('publishes the good sources and the readable bad ones', () => {
    for (const id of [...seedIds, 'latin1', 'utf16le', 'utf16be', 'utf8bom', 'crlf', 'unclosed', 'furniture', 'bad-json', 'not-object', 'wrong-types',
      'unsafe-url', 'file-url', 'proto', 'dup', 'feb31', 'hostile', 'linked-meta', 'link-inside', 'script-only']) {
      expect(published.has(id), `${id} is published`).toBe(true);
    }
  });

  it.each([
    ['empty.txt', 'empty', /empty file/, /skipped/],
    ['blank.txt', 'blank', /no article text/, /skipped/],
    ['binary.txt', 'binary', /binary/, /skipped/],
    ['script-only.html', 'script-only', /no article text besides the title/, /published with its metadata/],
    ['latin1.txt', 'latin1', /invalid utf-8: 2 undecodable/i, /replacement characters/],
    ['bad-json.txt', 'bad-json', /sidecar: not valid JSON/, /ignored/],
    ['not-object.txt', 'not-object', /sidecar: must be a JSON object/, /ignored/],
    ['wrong-types.txt', 'wrong-types', /sidecar: field "title"/, /ignored/],
    ['wrong-types.txt', 'wrong-types', /sidecar: field "published": must be an ISO 8601/, /ignored/],
    ['wrong-types.txt', 'wrong-types', /sidecar: field "language"/, /ignored/],
    ['unsafe-url.txt', 'unsafe-url', /sidecar: field "url".*http/, /ignored/],
    ['file-url.txt', 'file-url', /sidecar: field "url".*http/, /ignored/],
    ['proto.txt', 'proto', /unknown field "__proto__"/, /ignored/],
    ['proto.txt', 'proto', /unknown field "constructor"/, /ignored/],
    ['orphan.meta.json', 'orphan', /sidecar with no source/, /ignored/],
    ['dup.html', 'dup', /same source id \(dup\.txt\)/, /skipped; dup\.txt is used/],
    ['bad name!.txt', null, /not a valid source id/, /skipped; rename/],
    ['\u00fcn\u00efcode.txt', null, /not a valid source id/, /skipped; rename/],
    ['.hidden.txt', null, /not a valid source id/, /skipped; rename/],
    ['link-outside.txt', null, /link that leads outside/, /ignored/],
    ['relative-outside.txt', null, /link that leads outside/, /ignored/],
    ['linked-meta.meta.json', null, /link that leads outside/, /ignored/],
    ['folder-link.txt', null, /not a regular file/, /ignored/],
    ['loop.txt', null, /not a regular file/, /ignored/],
    ['subfolder.txt', null, /not a regular file/, /ignored/],
    ['notes.md', null, /not a source/, /ignored/],
  ])('%s: reported with its source, what was wrong and what was done', (file, sourceId, problem, action) => {
    const entries = entryFor(file);
    const entry = entries.find((p) => problem.test(p.problem));
    expect(entry, `${file}: ${JSON.stringify(entries)}`).toBeDefined();
    expect(entry!.source_id).toBe(sourceId);
    expect(entry!.action).toMatch(action);
  });

  it('the source files skipped are not published, and each has an error entry', () => {
    for (const [file, id] of [['empty.txt', 'empty'], ['blank.txt', 'blank'], ['binary.txt', 'binary']]) {
      expect(published.has(id!)).toBe(false);
      expect(entryFor(file!).some((p) => p.severity === 'error')).toBe(true);
    }
  });

  it('reads or reports the 5 MB one-line source, within the time limit', () => {
    const entries = entryFor('huge-line.txt').filter((p) => p.severity === 'error');
    if (published.has('huge-line')) expect(entries).toEqual([]);
    else expect(entries.map((p) => p.problem).join()).toMatch(/longer than the limit/);
  });

  it('reads HTML nested 100,000 levels deep, or reports why not', () => {
    if (!published.has('deep')) expect(entryFor('deep.html').map((p) => p.problem).join()).not.toBe('');
    else expect(tables.mentions!.some((m) => m.source_id === 'deep' && m.value === '2024-01-16')).toBe(true);
  });

  it('keeps sidecar fields that are right and drops those that are wrong', () => {
    const source = (id: string) => tables.sources!.find((s) => s.source_id === id)!;
    expect(source('proto').title).toBe('Proto title');
    expect(source('wrong-types').url).toBe('https://example.org/ok');
    expect(source('wrong-types').published).not.toBe('2024-02-31');
    expect(source('unsafe-url').url).toBeNull();
    expect(source('unsafe-url').title).toBe('Unsafe URL');
    expect(source('file-url').url).toBeNull();
    expect(source('linked-meta').title).not.toBe('SECRETTITLE');
  });

  it('leaves Object.prototype unpolluted', () => {
    expect(({} as Row).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('publishes nothing from outside raw/, from page furniture, or from scripts', () => {
    for (const [name, bytes] of release) {
      for (const word of NEVER_PUBLISHED) expect(bytes.includes(word), `${word} in ${name}`).toBe(false);
    }
  });

  it('produces no impossible date, wherever it comes from', () => {
    for (const m of tables.mentions!.filter((x) => x.kind === 'date')) expect(isValidEdtf(m.value), m.value).toBe(true);
    for (const e of tables.events!) expect(isValidEdtf(e.date), e.date).toBe(true);
    for (const [name, bytes] of release) expect(bytes.includes('2024-02-31') || bytes.includes('2024-02-30'), name).toBe(false);
  });

  describe('offsets count into the decoded text, whatever the encoding and line ends', () => {
    const decoded: Record<string, () => Promise<string>> = {
      crlf: async () => fs.readFile(path.join(raw, 'crlf.txt'), 'utf8'),
      utf8bom: async () => (await fs.readFile(path.join(raw, 'utf8bom.txt'), 'utf8')).replace(/^\uFEFF/, ''),
      utf16le: async () => new TextDecoder('utf-16le').decode((await fs.readFile(path.join(raw, 'utf16le.txt'))).subarray(2)),
      utf16be: async () => new TextDecoder('utf-16be').decode((await fs.readFile(path.join(raw, 'utf16be.txt'))).subarray(2)),
    };
    it.each(Object.keys(decoded))('%s', async (id) => {
      const text = await decoded[id]!();
      const mentions = tables.mentions!.filter((m) => m.source_id === id);
      expect(mentions.length).toBeGreaterThan(2);
      for (const m of mentions) expect(text.slice(m.char_start, m.char_end)).toBe(m.text);
      const quotes = [...tables.evidence!, ...tables.figures!].filter((q) => q.source_id === id);
      for (const q of quotes) expect(text.slice(q.char_start, q.char_end)).toBe(q.quote);
      expect(tables.sources!.find((s) => s.source_id === id)!.chars).toBe(text.length);
    });
  });

  it('reads the same article the same way in every encoding', () => {
    const values = (id: string) => tables.mentions!.filter((m) => m.source_id === id && m.kind === 'date').map((m) => m.value);
    expect(values('utf16le')).toEqual(values('utf16be'));
    expect(values('crlf')).toEqual(expect.arrayContaining(['2024-01-16', '2024-01-17']));
    expect(values('latin1')).toEqual(expect.arrayContaining(['2024-01-16', '2024-01-17']));
    expect(ARTICLE).toContain('16 January 2024');
  });

  describe('nothing a source says can execute where it is published', () => {
    it('CSV cells that a spreadsheet would run are escaped', async () => {
      const rows = parseCsv(await fs.readFile(path.join(out, 'csv', 'sources.csv')), { columns: true }) as Row[];
      const title = rows.find((r) => r.source_id === 'hostile')!.title as string;
      expect(title).toBe(`'${HOSTILE_TITLE}`);
    });

    it('the npm package loads its data as JSON and evaluates nothing', async () => {
      for (const file of ['index.js', 'index.cjs']) {
        const code = await fs.readFile(path.join(out, 'npm', file), 'utf8');
        expect(code).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
        expect(code).not.toContain(HOSTILE_TITLE);
      }
      const sources = await readJson(path.join(out, 'npm', 'data', 'sources.json'));
      expect(sources.find((s: Row) => s.source_id === 'hostile').title).toBe(HOSTILE_TITLE);
    });

    it('the site never carries markup from a source unescaped', () => {
      for (const [name, bytes] of release) {
        if (!name.startsWith('site/')) continue;
        const text = bytes.toString('utf8');
        for (const raw of ['<script>alert(1)', '</script><script>alert(3)', HOSTILE_QUOTE]) expect(text.includes(raw), `${raw} in ${name}`).toBe(false);
      }
    });
  });
});
