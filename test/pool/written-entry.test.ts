// A worker hands over the cache entry it wrote as its JSON text, parsed by the main thread
// (cache/source-entry.ts), instead of parsing it back and cloning the values into its message. The
// result must be the value a later run reads from that entry, and the value the same source gives
// extracted in the main thread; and a source the pool already looked up is not looked up again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromWrittenEntry } from '../../pipeline/cache/source-entry.js';
import type { Fragment } from '../../pipeline/emit/mention-block.js';
import { cachedResult, extractFile, processFile, type FileResult } from '../../pipeline/extract-file.js';
import { listSources } from '../../pipeline/read/read-folder.js';

const RAW = path.join(import.meta.dirname, '..', '..', 'raw');
const folders: string[] = [];
const freshCache = () => {
  folders.push(mkdtempSync(path.join(tmpdir(), 'written-entry-')));
  return { dir: folders.at(-1)!, rulesVersion: 'a'.repeat(64) };
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
/** A result with its fragments' pack named by its folder, relative to the cache folder (a pack's own name is unique to its thread). */
const inFolder = (result: FileResult, dir: string) => {
  const m = result.mentions;
  const relative = (f: Fragment) => ('file' in f ? { ...f, file: path.join(path.relative(dir, path.dirname(f.file)), 'PACK') } : f);
  return { ...result, mentions: m && { ...m, csv: relative(m.csv), json: relative(m.json) } };
};
const withoutReuse = <T extends { reused?: boolean }>(result: T) => ({ ...result, reused: undefined });

describe('the entry a worker writes and hands over as text', () => {
  it('gives the result a later run reads from the cache, and the one extraction in the main thread gives', async () => {
    const { files } = await listSources(RAW);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const cache = freshCache();
      const outcome = await processFile(file, cache, false);
      if (!('entry' in outcome)) throw new Error(`${file.file}: no entry written`);
      // What crosses to the main thread is plain text, whatever the extraction holds.
      expect(structuredClone(outcome)).toEqual(outcome);
      const handedOver = fromWrittenEntry(file, cache, outcome.entry);
      expect(handedOver.reused).toBe(false);
      expect(handedOver.extraction?.source.source_id).toBe(file.sourceId);
      expect(handedOver.mentions?.count).toBeGreaterThan(0);
      const later = await cachedResult(file, cache);
      expect(later?.reused).toBe(true);
      expect(withoutReuse(handedOver)).toEqual(withoutReuse(later!));
      expect(Object.keys(handedOver)).toEqual(Object.keys(later!));
      // The same source extracted in the main thread, into a cache folder of its own.
      const other = freshCache();
      expect(inFolder(await extractFile(file, other, false), other.dir)).toEqual(inFolder(handedOver, cache.dir));
    }
  });

  it('is looked up only when asked: a source the pool did not find is extracted without opening its entry', async () => {
    const { files } = await listSources(RAW);
    const file = files[0]!;
    const cache = freshCache();
    expect('entry' in await processFile(file, cache, false)).toBe(true);
    const found = await processFile(file, cache);
    expect('result' in found && found.result.reused).toBe(true);
    expect('entry' in await processFile(file, cache, false)).toBe(true);
  });
});
