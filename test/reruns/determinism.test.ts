// Same raw/ and same previous release give the same bytes, whatever the file system order, the
// locale, the time zone or the clock; a rerun over a fresh build changes nothing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, copyRaw, FIXTURES, PROJECT, readJson, readTree, runPipeline, tempDir, treeDifferences } from './helpers.js';

describe('determinism', () => {
  let tmp: string;
  let first: Map<string, Buffer>;
  let second: Map<string, Buffer>;

  beforeAll(async () => {
    tmp = await tempDir('determinism');
    // Two copies of raw/ whose files were created in opposite orders (readdir order follows it on many file systems).
    const rawA = await copyRaw(path.join(tmp, 'raw-a'), 'forward');
    const rawB = await copyRaw(path.join(tmp, 'raw-b'), 'reverse');
    await Promise.all([
      runPipeline(['--raw', rawA, '--out', path.join(tmp, 'a'), '--workers', '1', '--no-cache', '--quiet'],
        { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' }),
      runPipeline(['--raw', rawB, '--out', path.join(tmp, 'b'), '--workers', '2', '--cache', path.join(tmp, 'cache'), '--quiet'],
        { TZ: 'America/Los_Angeles', LC_ALL: 'C', LANG: 'C' },
        ['--import', path.join(FIXTURES, 'fake-clock.mjs')]),
    ]);
    first = await readTree(path.join(tmp, 'a'));
    second = await readTree(path.join(tmp, 'b'));
  });

  it('builds byte-identical releases into empty folders under other time zones, locales, clocks and file orders', () => {
    expect(first.size).toBeGreaterThan(20);
    expect(treeDifferences(first, second)).toEqual([]);
  });

  it('--cache DIR keeps one entry per source there', async () => {
    // Named each by a line of a pack's index (CACHE_FORMAT 4), in as many packs as threads wrote (two workers).
    const indexes = (await fs.readdir(path.join(tmp, 'cache'), { recursive: true })).filter((n) => /(^|\/)packs\/[^/]+\.index$/.test(n));
    expect(indexes.length).toBeGreaterThanOrEqual(1);
    expect(indexes.length).toBeLessThanOrEqual(2);
    const entries = (await Promise.all(indexes.map(async (n) => (await fs.readFile(path.join(tmp, 'cache', n), 'utf8')).split('\n').filter(Boolean)))).flat();
    expect(new Set(entries.map((line) => line.split('\t')[0])).size).toBe(entries.length);
    expect(entries.length).toBe((await readJson(path.join(tmp, 'b', 'report.json'))).sources.found);
  });

  it('writes no machine paths into the release', () => {
    const leaked = [...first].filter(([, bytes]) => bytes.includes(tmp)).map(([name]) => name);
    expect(leaked).toEqual([]);
  });

  it('changes nothing when run again over a fresh build', async () => {
    const out = path.join(tmp, 'a');
    const version = (await readJson(path.join(out, 'datapackage.json'))).version;
    const summary = await build(path.join(tmp, 'raw-a'), out);
    expect(summary.changed).toBe(false);
    expect(summary.version).toBe(version);
    expect(treeDifferences(first, await readTree(out))).toEqual([]);
  });
});

describe('a rebuild over its own release', () => {
  // unseen4 tells two shootings of one type in one sentence (a killing and a shooting across the
  // border): their evidence rows are the same, so only what each event is tells their ids apart.
  it('keeps every event id where it was, also for events of one type told in the same sentence', async () => {
    const tmp = await tempDir('rebuild-ids');
    const raw = path.join(PROJECT, 'test/gold/unseen4/raw');
    const out = path.join(tmp, 'dist');
    await build(raw, out);
    const first = await readTree(out);
    const summary = await build(raw, out);
    expect(treeDifferences(first, await readTree(out))).toEqual([]);
    expect(summary.changed).toBe(false);
  });
});
