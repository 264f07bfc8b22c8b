// A rerun takes what it can from the previous run (the extraction cache, the previous release in
// the output folder, the npm package's data linked to the tables) and must still give the bytes a
// build from scratch gives: no cache, the same previous release given with --previous, an empty
// output folder. Checked for the three changes a maintainer makes: add, remove and edit a source.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, copyRaw, FIXTURES, readTree, removeLastSource, rerunAgainstScratch, tempDir, treeDifferences } from './helpers.js';

describe('a rerun equals a build from scratch', () => {
  let tmp: string;
  let raw: string;
  let cache: string;
  let out: string;
  let step = 0;

  const rerun = async () => {
    const { differences, warm } = await rerunAgainstScratch({ tmp, raw, cache, out }, ++step);
    return { differences, reused: warm.reused, changed: warm.changed };
  };

  beforeAll(async () => {
    tmp = await tempDir('incremental');
    raw = await copyRaw(path.join(tmp, 'raw'));
    cache = path.join(tmp, 'cache');
    out = path.join(tmp, 'dist');
    await build(raw, out, { cache });
  });

  it('after adding a source', async () => {
    await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, '000-border-market.txt'));
    await fs.copyFile(path.join(FIXTURES, 'border-market.meta.json'), path.join(raw, '000-border-market.meta.json'));
    const { differences, reused, changed } = await rerun();
    expect(changed).toBe(true);
    expect(reused).toBeGreaterThan(0);
    expect(differences).toEqual([]);
  });

  it('after editing a source', async () => {
    const [first] = (await fs.readdir(raw)).filter((n) => n.endsWith('.txt') && !n.startsWith('000-')).sort();
    const text = await fs.readFile(path.join(raw, first!), 'utf8');
    // A new dated happening in the middle of the text, so that events, evidence and mentions change.
    const cut = text.indexOf('\n\n', Math.floor(text.length / 2));
    await fs.writeFile(path.join(raw, first!), `${text.slice(0, cut)}\n\nOn 3 March 2024 Iran and Pakistan signed a border trade agreement.${text.slice(cut)}`);
    const { differences, changed } = await rerun();
    expect(changed).toBe(true);
    expect(differences).toEqual([]);
  });

  it('after removing a source', async () => {
    await removeLastSource(raw);
    const { differences, changed } = await rerun();
    expect(changed).toBe(true);
    expect(differences).toEqual([]);
  });

  it('after changing nothing, byte for byte the previous release', async () => {
    const before = await readTree(out);
    const { differences, changed } = await rerun();
    expect(changed).toBe(false);
    expect(differences).toEqual([]);
    expect(treeDifferences(before, await readTree(out))).toEqual([]);
  });

  it('the npm package holds the same bytes as json/, also where the tables are linked', async () => {
    const tree = await readTree(out);
    for (const [name, bytes] of tree) {
      if (name.startsWith('json/')) expect(tree.get(`npm/data/${name.slice(5)}`)?.equals(bytes)).toBe(true);
    }
  });
});
