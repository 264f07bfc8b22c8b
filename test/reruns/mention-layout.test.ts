// A rerun with a cache copies the mention rows of unchanged sources from the previous release's
// files by byte range (emit/mention-layout.ts). It must give the bytes a build from scratch gives
// after additions, edits and removals, and must never carry over bytes of a previous release that
// was damaged, replaced or built elsewhere: each range is checked against its rows' hash.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMentionLayout } from '../../pipeline/emit/mention-layout.js';
import { build, copyRaw, FIXTURES, removeLastSource, rerunAgainstScratch, tempDir } from './helpers.js';

describe('mention rows copied from the previous release', () => {
  let tmp: string;
  let raw: string;
  let cache: string;
  let out: string;
  let step = 0;
  let sourcesWithRows = 0;

  const rerun = () => rerunAgainstScratch({ tmp, raw, cache, out }, ++step);

  beforeAll(async () => {
    tmp = await tempDir('mention-layout');
    raw = await copyRaw(path.join(tmp, 'raw'));
    cache = path.join(tmp, 'cache');
    out = path.join(tmp, 'dist');
    await build(raw, out, { cache });
    sourcesWithRows = readMentionLayout(cache)?.places.size ?? 0;
  });

  it('records where each source\'s rows stand in the release it wrote', async () => {
    const layout = readMentionLayout(cache)!;
    expect(layout.release).toBe(path.resolve(out));
    expect(sourcesWithRows).toBeGreaterThan(1);
    const csv = await fs.readFile(path.join(out, 'csv', 'mentions.csv'));
    const json = await fs.readFile(path.join(out, 'json', 'mentions.json'));
    for (const [sourceId, [csvAt, csvBytes, jsonAt, jsonBytes]] of layout.places) {
      // Every row of the range is the source's, and the ranges meet: nothing else is in them.
      const rows = csv.subarray(csvAt, csvAt + csvBytes).toString('utf8').split('\r\n').filter(Boolean);
      expect(rows.every((row) => row.startsWith(`${sourceId}:`))).toBe(true);
      expect(json.subarray(jsonAt, jsonAt + jsonBytes).toString('utf8')).toMatch(new RegExp(`^    "mention_id": "${sourceId}:`));
    }
  });

  it('after adding a source: the others\' rows are copied, the bytes are a build from scratch\'s', async () => {
    await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, '000-border-market.txt'));
    const { differences, warm } = await rerun();
    expect(differences).toEqual([]);
    expect(warm.mentionsFromPrevious).toBe(2 * sourcesWithRows); // CSV and JSON of each earlier source
  });

  it('after editing a source and removing another', async () => {
    const [first] = (await fs.readdir(raw)).filter((n) => n.endsWith('.txt') && !n.startsWith('000-')).sort();
    const text = await fs.readFile(path.join(raw, first!), 'utf8');
    await fs.writeFile(path.join(raw, first!), `${text}\n\nOn 4 April 2024 Pakistan and Iran agreed to reopen two border crossings.\n`);
    await removeLastSource(raw);
    const { differences, warm } = await rerun();
    expect(differences).toEqual([]);
    // Neither the edited source's rows nor the removed one's are copied.
    expect(warm.mentionsFromPrevious).toBeLessThanOrEqual(2 * (sourcesWithRows - 1));
    expect(warm.mentionsFromPrevious).toBeGreaterThan(0);
  });

  it('a damaged previous release: the damaged rows are read from the cache, the rest copied', async () => {
    const file = path.join(out, 'csv', 'mentions.csv');
    const csv = await fs.readFile(file, 'utf8');
    const row = csv.indexOf('\r\n') + 2; // the first row after the header
    const damaged = `${csv.slice(0, row)}X${csv.slice(row + 1)}`; // same length: only the hash can tell
    await fs.writeFile(file, damaged);
    const { differences, warm } = await rerun();
    expect(differences).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe(csv); // the rerun wrote the true rows, not the damage
    expect(warm.mentionsFromPrevious).toBe(2 * readMentionLayout(cache)!.places.size - 1);
  });

  it('a previous release replaced by a build that did not record its layout: nothing misplaced is copied', async () => {
    // Built without the cache, so the layout still describes the release this one replaced: with
    // the first source gone, every other source's rows stand earlier than the layout says.
    const [first] = (await fs.readdir(raw)).filter((n) => n.endsWith('.txt')).sort();
    const moved = path.join(tmp, 'set-aside.txt');
    await fs.rename(path.join(raw, first!), moved);
    await build(raw, out, {});
    await fs.rename(moved, path.join(raw, first!));
    await fs.copyFile(path.join(FIXTURES, 'retaliation.txt'), path.join(raw, 'zzz-retaliation.txt'));
    const { differences, warm } = await rerun();
    expect(differences).toEqual([]);
    expect(warm.mentionsFromPrevious).toBe(0);
  });

  it('a layout recorded for another folder is not used', async () => {
    const elsewhere = path.join(tmp, 'elsewhere');
    await fs.cp(out, elsewhere, { recursive: true });
    const warm = await build(raw, path.join(tmp, 'other-out'), { cache, previous: elsewhere });
    expect(warm.mentionsFromPrevious).toBe(0);
  });
});
