// A cache entry's value is checked byte for byte against its hash before it is decoded.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry, writeEntry } from '../../pipeline/cache/extract-cache.js';

const anything = (v: unknown): v is unknown => v !== undefined;

/** The pack the one entry written to dir is in (it holds that entry alone). */
function entryFile(dir: string): string {
  const [version] = readdirSync(dir);
  const packs = path.join(dir, version!, 'packs');
  return path.join(packs, readdirSync(packs).find((n) => n.endsWith('.pack'))!);
}

describe('a cache entry', () => {
  const value = { quote: 'Tehran — “both sides” agreed 😀', n: 1.5, list: ['é', null] };

  it('reads back the value written, text outside ASCII included', async () => {
    const settings = { dir: mkdtempSync(path.join(tmpdir(), 'entry-')), rulesVersion: 'a'.repeat(64) };
    await writeEntry(settings, 'k'.repeat(64), value);
    expect(await readEntry(settings, 'k'.repeat(64), anything)).toEqual(value);
  });

  it('is not trusted when a byte of its value changed, even to an equally long valid text, or to invalid UTF-8', async () => {
    for (const damage of [(b: Buffer) => b.write('X', b.indexOf('both')), (b: Buffer) => { b[b.indexOf('é')] = 0xff; }]) {
      const settings = { dir: mkdtempSync(path.join(tmpdir(), 'entry-')), rulesVersion: 'a'.repeat(64) };
      await writeEntry(settings, 'k'.repeat(64), value);
      const file = entryFile(settings.dir);
      const bytes = readFileSync(file);
      damage(bytes);
      writeFileSync(file, bytes);
      expect(await readEntry(settings, 'k'.repeat(64), anything)).toBeNull();
    }
  });
});
