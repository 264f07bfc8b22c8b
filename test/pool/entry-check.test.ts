// mayHoldEntryOf tells, without the extraction code, which sources have no cache entry for their
// current bytes (extract-pool.ts then looks up only the others). It must key a source exactly as
// the look-up does: wherever it says "none", the look-up finds none, and wherever the look-up
// finds an entry, it says "maybe".
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayHoldEntryOf } from '../../pipeline/cache/extract-cache.js';
import { cachedResult, extractFile } from '../../pipeline/extract-file.js';
import { listSources } from '../../pipeline/read/read-folder.js';

const RAW = path.join(import.meta.dirname, '..', '..', 'raw');

describe('mayHoldEntryOf', () => {
  it('agrees with the look-up before and after extraction, and after an edit of a source or of its sidecar', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entry-check-'));
    const raw = path.join(dir, 'raw');
    const seeds = (await listSources(RAW)).files.slice(0, 3);
    mkdirSync(raw);
    for (const f of seeds) {
      copyFileSync(f.path, path.join(raw, path.basename(f.path)));
      if (f.sidecarPath) copyFileSync(f.sidecarPath, path.join(raw, path.basename(f.sidecarPath)));
    }
    // A source without a sidecar, its text not all ASCII.
    writeFileSync(path.join(raw, 'zz-karachi-talks.txt'), 'Iran and Pakistan met in Karachi (کراچی) on 3 March 2024 to discuss “border trade”.');
    const files = (await listSources(raw)).files;
    expect(files.some((f) => f.sidecarPath) && files.some((f) => !f.sidecarPath)).toBe(true);
    const cache = { dir: path.join(dir, 'cache'), rulesVersion: 'c'.repeat(64) };
    const agree = async (expected: boolean) => {
      for (const file of files) {
        expect(mayHoldEntryOf(cache, file)).toBe(expected);
        expect((await cachedResult(file, cache)) !== null).toBe(expected);
      }
    };
    await agree(false);
    for (const file of files) await extractFile(file, cache, false);
    await agree(true);
    // Edited bytes, or an edited sidecar: another key, no entry for it yet.
    const [withSidecar] = files.filter((f) => f.sidecarPath);
    const [plain] = files.filter((f) => !f.sidecarPath);
    writeFileSync(withSidecar!.sidecarPath!, `${JSON.stringify({ title: 'Edited' })}\n`);
    writeFileSync(plain!.path, 'Iran and Pakistan met in Quetta on 4 March 2024.');
    for (const file of [withSidecar!, plain!]) {
      expect(mayHoldEntryOf(cache, file)).toBe(false);
      expect(await cachedResult(file, cache)).toBeNull();
    }
    // A file that cannot be read: the look-up decides.
    expect(mayHoldEntryOf(cache, { ...plain!, path: path.join(raw, 'missing.txt') })).toBe(true);
  }, 60_000);
});
