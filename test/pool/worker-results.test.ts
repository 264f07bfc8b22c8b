// A worker thread sends each result as JSON text (extractFileText), which is also the value of
// its cache entry; the main thread parses it. The values must be those a single-threaded run
// reads back from the cache, and the entry the bytes a writer of the whole entry would write.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, readEntry, type CacheSettings } from '../../pipeline/cache/extract-cache.js';
import { CACHE_FORMAT } from '../../pipeline/cache/rules-version.js';
import { extractFile, extractFileText } from '../../pipeline/extract-file.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { readSourceBytes } from '../../pipeline/read/read-source.js';

const raw = path.resolve(import.meta.dirname, '../../raw');

describe('results sent as JSON text', () => {
  it('hold the values of a single-threaded run, without and with a cache', async () => {
    const { files } = await listSources(raw);
    const file = files[0]!;
    const single = await extractFile(file);
    expect(single.extraction?.events.length).toBeGreaterThan(0);
    const plain = { text: await extractFileText(file) };
    expect(JSON.parse(plain.text)).toEqual(JSON.parse(JSON.stringify(single)));

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'worker-results-'));
    const cache: CacheSettings = { dir: path.join(dir, 'not-yet-made'), rulesVersion: 'v1' };
    expect(await extractFileText(file, cache)).toBe(plain.text);
    // The entry was written into folders that did not exist, whole, as JSON.stringify of the entry.
    const input = await readSourceBytes(file);
    const key = cacheKey(cache, file, input.bytes, input.sidecar);
    const entries = (await fs.readdir(cache.dir, { recursive: true })).filter((n) => n.endsWith('.json'));
    expect(entries).toHaveLength(1);
    const bytes = await fs.readFile(path.join(cache.dir, entries[0]!), 'utf8');
    expect(bytes).toBe(JSON.stringify({ format: CACHE_FORMAT, key, value: JSON.parse(plain.text) }));
    expect(await readEntry(cache, key, (v): v is unknown => true)).toEqual(JSON.parse(plain.text));
    // A single-threaded reading now takes it from the cache.
    expect(await extractFile(file, cache)).toEqual({ ...JSON.parse(plain.text), reused: true });
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('report a source that cannot be read, and cache nothing for it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'worker-results-'));
    const cache: CacheSettings = { dir: path.join(dir, 'cache'), rulesVersion: 'v1' };
    const file = { sourceId: 'gone', file: 'gone.txt', path: path.join(dir, 'gone.txt'), format: 'text' as const, sidecarPath: null };
    const text = await extractFileText(file, cache);
    expect(JSON.parse(text)).toMatchObject({ extraction: null, problems: [{ source_id: 'gone', stage: 'extract', severity: 'error', action: 'skipped' }] });
    await expect(fs.readdir(cache.dir)).rejects.toThrow();
    await fs.rm(dir, { recursive: true, force: true });
  });
});
