// The main thread extracts its few sources, looks up the cache and renders rows again with the
// bundle of extract-file.ts (extract-worker-bundle.ts) instead of the TypeScript loaded through tsx.
// The bundle must be that very code: the same results for every source, from a fresh extraction,
// from the cache entry it wrote, and from rendering again, as the TypeScript gives; and it must read
// the lexicons from their own folders (each bundled module keeps its own import.meta.url).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fragment } from '../../pipeline/emit/mention-block.js';
import * as typescript from '../../pipeline/extract-file.js';
import { extraction } from '../../pipeline/extract-pool.js';
import { bundledExtraction, bundledWorker } from '../../pipeline/extract-worker-bundle.js';
import { listSources } from '../../pipeline/read/read-folder.js';

const RAW = path.join(import.meta.dirname, '..', '..', 'raw');
const GOLD = path.join(import.meta.dirname, '..', 'gold', 'unseen', 'raw');
const folders: string[] = [];
const freshCache = () => {
  folders.push(mkdtempSync(path.join(tmpdir(), 'bundled-extraction-')));
  return { dir: folders.at(-1)!, rulesVersion: 'b'.repeat(64) };
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
/** A result with its fragments' pack named by its folder, relative to the cache folder (a pack's own name is unique to its thread). */
const inFolder = (result: typescript.FileResult, dir: string) => {
  const m = result.mentions;
  const relative = (f: Fragment) => ('file' in f ? { ...f, file: path.join(path.relative(dir, path.dirname(f.file)), 'PACK') } : f);
  return { ...result, mentions: m && { ...m, csv: relative(m.csv), json: relative(m.json) } };
};

describe('the bundled extraction the main thread runs', () => {
  it('is built beside the worker bundle, and is what the pool loads', async () => {
    const url = await bundledExtraction();
    expect(url?.pathname).toMatch(/\/extract-file-[0-9a-f]{16}\.mjs$/);
    expect((await bundledWorker())?.pathname).toMatch(/\/extract-worker-[0-9a-f]{16}\.mjs$/);
    const loaded = await extraction();
    expect(loaded).toBe(await import(url!.href));
    expect(loaded.extractFile).not.toBe(typescript.extractFile);
  });

  it('gives the results the TypeScript gives, extracted, cached and rendered again', async () => {
    const bundled = await extraction();
    const files = [...(await listSources(RAW)).files, ...(await listSources(GOLD)).files.slice(0, 12)];
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const fresh = await bundled.extractFile(file);
      expect(fresh, file.file).toEqual(await typescript.extractFile(file));
      // Not a result without rows: the lexicons were found and the rules ran.
      if (file.file.endsWith('.txt')) expect(fresh.mentions?.count ?? 0, file.file).toBeGreaterThan(0);
      const [a, b] = [freshCache(), freshCache()];
      const viaBundle = await bundled.extractFile(file, a, false);
      const viaTs = await typescript.extractFile(file, b, false);
      expect(inFolder(viaBundle, a.dir), file.file).toEqual(inFolder(viaTs, b.dir));
      // Each reads the other's entry back as its own.
      expect(inFolder((await bundled.cachedResult(file, b))!, b.dir)).toEqual(inFolder((await typescript.cachedResult(file, b))!, b.dir));
      expect(await bundled.renderAgain(file)).toEqual(await typescript.renderAgain(file));
    }
  });
});
