// The extraction cache: reruns reuse what did not change, and the cache never changes output.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheKey, readEntry, removeOtherVersions, writeEntry, type CacheSettings } from '../../pipeline/cache/extract-cache.js';
import { computeRulesVersion, lockedVersions, packageOf } from '../../pipeline/cache/rules-version.js';
import { cacheSettings } from '../../pipeline/cache/index.js';
import { snapshotPath } from '../../pipeline/cache/source-snapshot.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { build, copyRaw, PROJECT, readTree, tempDir, treeDifferences } from './helpers.js';

const cacheFiles = async (dir: string) => (await fs.readdir(dir, { recursive: true })).filter((n) => n.endsWith('.json')).map((n) => path.join(dir, n));

describe('the extraction cache in a build', () => {
  let tmp: string;
  let raw: string;
  let cache: string;
  let reference: Map<string, Buffer>;
  let sourceCount: number;

  beforeAll(async () => {
    tmp = await tempDir('cache');
    raw = await copyRaw(path.join(tmp, 'raw'));
    cache = path.join(tmp, 'cache');
    // The reference release is built without any cache.
    const summary = await build(raw, path.join(tmp, 'nocache'));
    reference = await readTree(path.join(tmp, 'nocache'));
    sourceCount = summary.sourcesFound;
  });

  it('extracts every source on a first run and reuses them all on a rerun, with the same output', async () => {
    const first = await build(raw, path.join(tmp, 'first'), { cache });
    expect(first).toMatchObject({ extracted: sourceCount, reused: 0 });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'first')))).toEqual([]);

    const second = await build(raw, path.join(tmp, 'second'), { cache });
    expect(second).toMatchObject({ extracted: 0, reused: sourceCount });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'second')))).toEqual([]);
  });

  it('re-extracts only a changed source', async () => {
    const edited = await copyRaw(path.join(tmp, 'raw-edited'));
    const [first] = (await fs.readdir(edited)).filter((n) => n.endsWith('.txt')).sort();
    await fs.appendFile(path.join(edited, first!), '\nA sentence added by a maintainer.\n');
    const summary = await build(edited, path.join(tmp, 'edited'), { cache });
    expect(summary).toMatchObject({ extracted: 1, reused: sourceCount - 1 });
  });

  it('re-extracts a source whose sidecar changed', async () => {
    const edited = await copyRaw(path.join(tmp, 'raw-sidecar'));
    const [sidecar] = (await fs.readdir(edited)).filter((n) => n.endsWith('.meta.json')).sort();
    const meta = JSON.parse(await fs.readFile(path.join(edited, sidecar!), 'utf8'));
    await fs.writeFile(path.join(edited, sidecar!), JSON.stringify({ ...meta, title: 'A corrected title' }));
    const summary = await build(edited, path.join(tmp, 'sidecar'), { cache });
    expect(summary).toMatchObject({ extracted: 1, reused: sourceCount - 1 });
  });

  it('ignores corrupt entries, rewrites them, and still gives the same output', async () => {
    const corruptCache = path.join(tmp, 'corrupt-cache');
    await build(raw, path.join(tmp, 'warm'), { cache: corruptCache });
    const entries = await cacheFiles(corruptCache);
    expect(entries.length).toBe(sourceCount);
    const damages = [
      (text: string) => text.slice(0, Math.floor(text.length / 2)), // a half-written file
      () => '', // empty
      () => '\u0000\u0001binary', // not JSON
      (text: string) => text.replace(/"key":"[0-9a-f]+"/, '"key":"0000"'), // another key
      (text: string) => JSON.stringify({ ...JSON.parse(text), value: { extraction: { source: { source_id: 'other' } }, problems: [] } }),
    ];
    for (const [i, entry] of entries.entries()) {
      await fs.writeFile(entry, damages[i % damages.length]!(await fs.readFile(entry, 'utf8')));
    }
    // The snapshot would give these sources without opening their entries (source-snapshot.test.ts).
    await fs.rm(snapshotPath(cacheSettings(corruptCache)), { force: true });
    const summary = await build(raw, path.join(tmp, 'after-corruption'), { cache: corruptCache });
    expect(summary).toMatchObject({ extracted: sourceCount, reused: 0 });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'after-corruption')))).toEqual([]);
    // Rewritten: the next run reuses every entry.
    expect(await build(raw, path.join(tmp, 'rewritten'), { cache: corruptCache })).toMatchObject({ reused: sourceCount });
  });

  it('never trusts damaged mention rows or an entry of other rules: each is rebuilt, with the same output', async () => {
    const damagedCache = path.join(tmp, 'damaged-cache');
    await build(raw, path.join(tmp, 'warm-rows'), { cache: damagedCache });
    const files = (await fs.readdir(damagedCache, { recursive: true })).map((n) => path.join(damagedCache, n)).sort();
    const entries = files.filter((n) => n.endsWith('.json'));
    const rowsOf = (entry: string, suffix: string) => entry.replace(/\.json$/, suffix);
    expect(entries.length).toBe(sourceCount);
    expect(sourceCount).toBeGreaterThanOrEqual(5);
    // A source's CSV rows, then its JSON records, in one file.
    const original = await fs.readFile(rowsOf(entries[0]!, '.mentions'));

    // Mention rows are checked when emit reads them, and rendered again from their source:
    // 1. changed in place, the same size (in the CSV rows); 2. cut short (the JSON records); 3. gone.
    const flipped = Buffer.from(original);
    flipped[flipped.indexOf(0x2c)] = 0x3b; // a comma becomes a semicolon
    await fs.writeFile(rowsOf(entries[0]!, '.mentions'), flipped);
    const json = await fs.readFile(rowsOf(entries[1]!, '.mentions'));
    const originalJson = Buffer.from(json);
    await fs.writeFile(rowsOf(entries[1]!, '.mentions'), json.subarray(0, json.length - 10));
    const originalCsv2 = await fs.readFile(rowsOf(entries[2]!, '.mentions'));
    await fs.rm(rowsOf(entries[2]!, '.mentions'));
    // 4. A value edited by hand, still valid JSON of the right shape: it no longer matches the hash in its header.
    const edited = (await fs.readFile(entries[3]!, 'utf8')).replace('"quote":"', '"quote":"Edited. ');
    expect(edited).toContain('Edited. ');
    await fs.writeFile(entries[3]!, edited);
    // 5. A whole, valid entry of the same source under other rules, copied in under this run's key.
    const current = await fs.readFile(entries[4]!, 'utf8');
    const value = JSON.parse(current).value;
    const other: CacheSettings = { dir: path.join(tmp, 'other-rules'), rulesVersion: 'f'.repeat(64) };
    const otherKey = 'e'.repeat(64);
    await writeEntry(other, otherKey, value);
    const otherEntry = (await fs.readdir(other.dir, { recursive: true })).find((n) => n.endsWith('.json'))!;
    await fs.copyFile(path.join(other.dir, otherEntry), entries[4]!);
    await fs.rm(snapshotPath(cacheSettings(damagedCache)), { force: true });

    const summary = await build(raw, path.join(tmp, 'after-damage'), { cache: damagedCache });
    // Entries 4 and 5 are not used: their sources are extracted again.
    expect(summary).toMatchObject({ extracted: 2, reused: sourceCount - 2 });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'after-damage')))).toEqual([]);
    // The damaged rows were rewritten: the next run reuses every source, and the same output again.
    expect((await fs.readFile(rowsOf(entries[0]!, '.mentions'))).equals(original)).toBe(true);
    expect((await fs.readFile(rowsOf(entries[1]!, '.mentions'))).equals(originalJson)).toBe(true);
    expect((await fs.readFile(rowsOf(entries[2]!, '.mentions'))).equals(originalCsv2)).toBe(true);
    const again = await build(raw, path.join(tmp, 'after-repair'), { cache: damagedCache });
    expect(again).toMatchObject({ extracted: 0, reused: sourceCount });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'after-repair')))).toEqual([]);
  });

  it('keeps no temporary files behind', async () => {
    expect((await fs.readdir(cache, { recursive: true })).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('cache entries', () => {
  it('are written whole: concurrent writers and readers never see half an entry', async () => {
    const settings: CacheSettings = { dir: path.join(await tempDir('entries'), 'c'), rulesVersion: 'v' };
    const big = (n: number) => ({ n, filler: 'x'.repeat(2_000_000) });
    const isBig = (v: unknown): v is ReturnType<typeof big> => typeof (v as { n?: unknown })?.n === 'number';
    // Readers look at the file itself: whenever it exists, it must be a whole JSON document.
    const file = path.join(settings.dir, 'v', 'k0', 'k0.json');
    let whole = 0;
    const readRaw = async () => {
      for (let i = 0; i < 40; i++) {
        const text = await fs.readFile(file, 'utf8').catch(() => null);
        if (text !== null) {
          expect(() => JSON.parse(text)).not.toThrow();
          whole++;
        }
        await new Promise((r) => setImmediate(r));
      }
    };
    await Promise.all([
      ...Array.from({ length: 8 }, (_, n) => writeEntry(settings, 'k0', big(n))),
      readRaw(), readRaw(),
    ]);
    const final = await readEntry(settings, 'k0', isBig);
    expect(final?.filler.length).toBe(2_000_000);
    expect(whole).toBeGreaterThan(0);
  });

  it('of other rules versions are removed, and nothing else in the folder', async () => {
    const dir = path.join(await tempDir('versions'), 'c');
    const old: CacheSettings = { dir, rulesVersion: 'a'.repeat(64) };
    const now: CacheSettings = { dir, rulesVersion: 'b'.repeat(64) };
    const isValue = (v: unknown): v is number => typeof v === 'number';
    await writeEntry(old, 'k1', 1);
    await writeEntry(now, 'k2', 2);
    await fs.mkdir(path.join(dir, 'notes'));
    await removeOtherVersions(now);
    expect(await readEntry(old, 'k1', isValue)).toBeNull();
    expect(await readEntry(now, 'k2', isValue)).toBe(2);
    expect((await fs.readdir(dir)).sort()).toEqual(['b'.repeat(16), 'notes']);
  });

  it('are keyed by the source bytes, the sidecar bytes, the file and the rules version', async () => {
    const { files } = await listSources(path.join(PROJECT, 'raw'));
    const file = files[0]!;
    const s: CacheSettings = { dir: '/nowhere', rulesVersion: 'a' };
    const bytes = new TextEncoder().encode('text');
    const key = cacheKey(s, file, bytes, null);
    expect(cacheKey(s, file, bytes, null)).toBe(key);
    expect(cacheKey(s, file, new TextEncoder().encode('text!'), null)).not.toBe(key);
    expect(cacheKey(s, file, bytes, new Uint8Array())).not.toBe(key);
    expect(cacheKey({ ...s, rulesVersion: 'b' }, file, bytes, null)).not.toBe(key);
    expect(cacheKey(s, { ...file, sourceId: 'other', file: 'other.txt' }, bytes, null)).not.toBe(key);
  });
});

describe('the rules version', () => {
  let root: string;
  beforeAll(async () => {
    // A copy of the parts of the project the version is computed from, to edit freely.
    root = await tempDir('rules');
    for (const part of ['pipeline/read', 'pipeline/extract', 'pipeline/lexicons', 'pipeline/lib', 'pipeline/emit', 'pipeline/model.ts', 'pipeline/extract-file.ts', 'package-lock.json']) {
      await fs.cp(path.join(PROJECT, part), path.join(root, part), { recursive: true });
    }
  });

  const edit = async (rel: string, change: (text: string) => string, check: (before: string, after: string) => void) => {
    const file = path.join(root, rel);
    const original = await fs.readFile(file, 'utf8');
    const before = computeRulesVersion(root);
    await fs.writeFile(file, change(original));
    const after = computeRulesVersion(root);
    await fs.writeFile(file, original);
    check(before, after);
    expect(computeRulesVersion(root)).toBe(before);
  };
  const changes = (before: string, after: string) => expect(after).not.toBe(before);
  const keeps = (before: string, after: string) => expect(after).toBe(before);

  it('is stable', () => expect(computeRulesVersion(root)).toBe(computeRulesVersion(root)));
  it('changes with a lexicon', async () => {
    const [lexicon] = (await fs.readdir(path.join(root, 'pipeline/lexicons'), { recursive: true })).filter((n) => n.endsWith('.json')).sort();
    await edit(`pipeline/lexicons/${lexicon}`, (t) => `${t}\n`, changes);
  });
  it('changes with a rule', () => edit('pipeline/extract/index.ts', (t) => `${t}// edited\n`, changes));
  it('changes with the reading of sources', () => edit('pipeline/read/read-source.ts', (t) => `${t}// edited\n`, changes));
  it('ignores the writing of releases', () => edit('pipeline/emit/index.ts', (t) => `${t}// edited\n`, keeps));
  it('changes with the layout of the cached mention rows', () => edit('pipeline/emit/csv.ts', (t) => `${t}// edited\n`, changes));

  it('changes with the locked version of a library the rules import, or of its dependencies', async () => {
    const bump = (name: string) => (text: string) => {
      const lock = JSON.parse(text);
      lock.packages[`node_modules/${name}`].version = '999.0.0';
      return JSON.stringify(lock);
    };
    await edit('package-lock.json', bump('zod'), changes);
    await edit('package-lock.json', bump('parse5'), changes); // through cheerio
    await edit('package-lock.json', bump('vitest'), keeps); // not used by the rules
  });

  it('resolves nested packages as npm does', () => {
    const lock = { packages: {
      'node_modules/a': { version: '1.0.0', dependencies: { b: '^1', c: '^1' } },
      'node_modules/a/node_modules/b': { version: '1.5.0' },
      'node_modules/b': { version: '2.0.0' },
      'node_modules/c': { version: '3.0.0' },
    } };
    expect(lockedVersions(['a'], lock)).toEqual(['node_modules/a/node_modules/b@1.5.0', 'node_modules/a@1.0.0', 'node_modules/c@3.0.0']);
    expect(packageOf('cheerio/slim')).toBe('cheerio');
    expect(packageOf('@scope/pkg/sub')).toBe('@scope/pkg');
    expect(packageOf('node:fs')).toBeNull();
  });
});
