// A cache with no entry of the current rules (a first run, or the first after a rules change) is
// not looked up source by source; once an entry of these rules is written, it is.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayHoldEntries, readEntry, writeEntry } from '../../pipeline/cache/extract-cache.js';

const anything = (v: unknown): v is unknown => v !== undefined;

describe('a cache without entries of the current rules', () => {
  it('is known empty until an entry of these rules is written, whatever other versions hold', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cold-cache-'));
    const current = { dir, rulesVersion: 'a'.repeat(64) };
    const older = { dir, rulesVersion: 'b'.repeat(64) };
    expect(mayHoldEntries(current)).toBe(false);
    await writeEntry(older, 'k'.repeat(64), { n: 1 });
    expect(mayHoldEntries(current)).toBe(false);
    await writeEntry(current, 'k'.repeat(64), { n: 2 });
    expect(mayHoldEntries(current)).toBe(true);
    expect(await readEntry(current, 'k'.repeat(64), anything)).toEqual({ n: 2 });
  });

  it('is known empty when its folder does not exist yet', () => {
    expect(mayHoldEntries({ dir: path.join(tmpdir(), 'no-such-cache-folder', String(process.pid)), rulesVersion: 'a'.repeat(64) })).toBe(false);
  });
});
