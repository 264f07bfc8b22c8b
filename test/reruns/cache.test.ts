// The extraction cache: reruns reuse what did not change, and the cache never changes output.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheKey, readEntry, removeOtherVersions, writeEntry, type CacheSettings } from '../../pipeline/cache/extract-cache.js';
import { CACHE_FORMAT, computeRulesVersion, lockedVersions, packageOf } from '../../pipeline/cache/rules-version.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';
import { cacheSettings } from '../../pipeline/cache/index.js';
import { snapshotPath } from '../../pipeline/cache/source-snapshot.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { build, copyRaw, PROJECT, readTree, tempDir, treeDifferences } from './helpers.js';

/** A source's entry in a cache's packs, as the index line that names it says. */
interface PackedEntry { key: string; pack: string; index: string; offset: number; bytes: number }

/** Every entry the packs' indexes name, in key order (CACHE_FORMAT 4: one record a source, in its thread's pack). */
async function packedEntries(dir: string): Promise<PackedEntry[]> {
  const indexes = (await fs.readdir(dir, { recursive: true })).filter((n) => /(^|\/)packs\/[^/]+\.index$/.test(n)).map((n) => path.join(dir, n));
  const entries: PackedEntry[] = [];
  for (const index of indexes) {
    for (const line of (await fs.readFile(index, 'utf8')).split('\n').filter(Boolean)) {
      const [key, offset, bytes] = line.split('\t');
      entries.push({ key: key!, pack: index.replace(/\.index$/, '.pack'), index, offset: Number(offset), bytes: Number(bytes) });
    }
  }
  return entries.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Changes bytes of a pack in place, from offset. */
async function patch(pack: string, offset: number, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(pack, 'r+');
  await handle.write(bytes, 0, bytes.length, offset);
  await handle.close();
}

/** Points the index line of entry elsewhere in its pack, where bytes (another record) are appended: a record replaced. */
async function replaceRecord(entry: PackedEntry, bytes: Buffer): Promise<void> {
  const offset = (await fs.stat(entry.pack)).size;
  await fs.appendFile(entry.pack, bytes);
  const text = await fs.readFile(entry.index, 'utf8');
  await fs.writeFile(entry.index, text.replace(`${entry.key}\t${entry.offset}\t${entry.bytes}\n`, `${entry.key}\t${offset}\t${bytes.length}\n`));
}

/** The text of an entry, as extract-cache.ts writes one: its header fields, then its value. */
function entryText(key: string, value: unknown): Buffer {
  const valueText = JSON.stringify(value);
  return Buffer.from(`${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256Hex(valueText) }).slice(0, -1)},"value":${valueText}}`, 'utf8');
}

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
    const entries = await packedEntries(corruptCache);
    expect(entries.length).toBe(sourceCount);
    expect(sourceCount).toBeGreaterThanOrEqual(5);
    const damages: Array<(entry: PackedEntry, text: Buffer) => Promise<void>> = [
      (e) => patch(e.pack, e.offset + Math.floor(e.bytes / 2), Buffer.alloc(e.bytes - Math.floor(e.bytes / 2))), // half written
      (e) => patch(e.pack, e.offset, Buffer.alloc(e.bytes, 0x20)), // blank
      (e) => patch(e.pack, e.offset, Buffer.from('\u0000\u0001binary')), // not JSON
      (e, text) => patch(e.pack, e.offset + text.indexOf(e.key), Buffer.from('0'.repeat(64))), // another key
      // A whole entry under this key, its hash right, whose value is another source's result.
      (e, text) => replaceRecord(e, entryText(e.key, { ...JSON.parse(text.toString('utf8')).value, extraction: { source: { source_id: 'other' } }, problems: [] })),
    ];
    for (const [i, entry] of entries.entries()) {
      const handle = await fs.open(entry.pack, 'r');
      const text = Buffer.alloc(entry.bytes);
      await handle.read(text, 0, entry.bytes, entry.offset);
      await handle.close();
      await damages[i % damages.length]!(entry, text);
    }
    // The snapshot would give these sources without opening their entries (source-snapshot.test.ts).
    await fs.rm(snapshotPath(cacheSettings(corruptCache)), { force: true });
    const summary = await build(raw, path.join(tmp, 'after-corruption'), { cache: corruptCache });
    expect(summary).toMatchObject({ extracted: sourceCount, reused: 0 });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'after-corruption')))).toEqual([]);
    // Written again: the next run reuses every entry.
    await fs.rm(snapshotPath(cacheSettings(corruptCache)), { force: true });
    expect(await build(raw, path.join(tmp, 'rewritten'), { cache: corruptCache })).toMatchObject({ reused: sourceCount });
  });

  it('never trusts damaged mention rows or an entry of other rules: each is rebuilt, with the same output', async () => {
    const damagedCache = path.join(tmp, 'damaged-cache');
    await build(raw, path.join(tmp, 'warm-rows'), { cache: damagedCache });
    const entries = await packedEntries(damagedCache);
    expect(entries.length).toBe(sourceCount);
    expect(sourceCount).toBeGreaterThanOrEqual(5);
    const readRange = async (pack: string, offset: number, bytes: number) => (await fs.readFile(pack)).subarray(offset, offset + bytes);
    const valueOf = async (e: PackedEntry) => JSON.parse((await readRange(e.pack, e.offset, e.bytes)).toString('utf8')).value;
    type Check = { offset: number; bytes: number };
    const { csv } = (await valueOf(entries[0]!)).mentions as { csv: Check };
    const { json } = (await valueOf(entries[1]!)).mentions as { json: Check };
    const original = await readRange(entries[0]!.pack, csv.offset, csv.bytes);
    const originalJson = await readRange(entries[1]!.pack, json.offset, json.bytes);

    // Mention rows are checked when emit reads them, and rendered again from their source:
    // 1. changed in place, the same size (in the CSV rows); 2. the JSON records' last bytes zeroed.
    await patch(entries[0]!.pack, csv.offset + original.indexOf(0x2c), Buffer.from(';'));
    await patch(entries[1]!.pack, json.offset + json.bytes - 10, Buffer.alloc(10));
    // 3. A value edited by hand, still valid JSON of the right shape: it no longer matches the hash in its header.
    const text3 = await readRange(entries[2]!.pack, entries[2]!.offset, entries[2]!.bytes);
    const quote = text3.indexOf('"quote":"') + '"quote":"'.length;
    expect(quote).toBeGreaterThan(8);
    await patch(entries[2]!.pack, entries[2]!.offset + quote, Buffer.from(text3[quote] === 0x45 ? 'F' : 'E'));
    // 4. A whole, valid entry of the same source under other rules, put in place of this run's record of it.
    const other: CacheSettings = { dir: path.join(tmp, 'other-rules'), rulesVersion: 'f'.repeat(64) };
    const otherKey = 'e'.repeat(64);
    await writeEntry(other, otherKey, await valueOf(entries[3]!));
    const [otherEntry] = await packedEntries(other.dir);
    await replaceRecord(entries[3]!, await readRange(otherEntry!.pack, otherEntry!.offset, otherEntry!.bytes));
    await fs.rm(snapshotPath(cacheSettings(damagedCache)), { force: true });

    const summary = await build(raw, path.join(tmp, 'after-damage'), { cache: damagedCache });
    // Entries 3 and 4 are not used: their sources are extracted again.
    expect(summary).toMatchObject({ extracted: 2, reused: sourceCount - 2 });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'after-damage')))).toEqual([]);
    // The damaged rows were written back in place: the next run reuses every source, and the same output again.
    expect((await readRange(entries[0]!.pack, csv.offset, csv.bytes)).equals(original)).toBe(true);
    expect((await readRange(entries[1]!.pack, json.offset, json.bytes)).equals(originalJson)).toBe(true);
    await fs.rm(snapshotPath(cacheSettings(damagedCache)), { force: true });
    const again = await build(raw, path.join(tmp, 'after-repair'), { cache: damagedCache });
    expect(again).toMatchObject({ extracted: 0, reused: sourceCount });
    expect(treeDifferences(reference, await readTree(path.join(tmp, 'after-repair')))).toEqual([]);
  });

  it('keeps no temporary files behind', async () => {
    expect((await fs.readdir(cache, { recursive: true })).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('cache entries', () => {
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
