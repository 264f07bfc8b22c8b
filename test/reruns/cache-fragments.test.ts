// A source's fragments (its CSV rows and JSON records) and its entry are one record of its thread's
// pack: each fragment is read back at its offset and checked against its own hash, so damage to one
// leaves the other usable, and a damaged one is repaired in place with the bytes its check names.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackedEntry, repairFragments, writeSourceEntry, type FragmentCheck } from '../../pipeline/cache/extract-cache.js';
import { checkedFragment } from '../../pipeline/emit/mention-block.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';

const key = 'c'.repeat(64);
// Outside ASCII (so characters and bytes differ), empty, CRLF, a lone surrogate (written as U+FFFD, as before).
const texts = ['a,"Tehran — “both sides”",😀\r\nb,é\r\n', '', '"x":"\ud800"\u2028{}', 'ی'.repeat(5000)];

const fresh = () => ({ dir: mkdtempSync(path.join(tmpdir(), 'fragments-')), rulesVersion: 'a'.repeat(64) });
const isChecks = (v: unknown): v is { checks: FragmentCheck[] } => Array.isArray((v as { checks?: unknown })?.checks);

/** Writes a record of parts (and an entry listing their checks); its pack and checks, as a reader finds them. */
function written(settings: ReturnType<typeof fresh>, k: string, parts: readonly string[]) {
  const record = writeSourceEntry(settings, k, parts, (checks) => ({ checks }))!;
  const hit = readPackedEntry(settings, k, isChecks)!;
  expect(hit.pack).toBe(record.pack);
  expect(JSON.parse(record.text)).toEqual(hit.value);
  return { file: hit.pack, checks: hit.value.checks };
}

describe("a source's record in a pack", () => {
  it('gives back each fragment as the UTF-8 of its text, checked against its hash, after the records before it', async () => {
    const settings = fresh();
    const sets = [texts.slice(0, 2), texts.slice(1, 3), [texts[2]!, texts[3]!], ['', '']];
    let end = 0;
    for (const [n, parts] of sets.entries()) {
      const { file, checks } = written(settings, `${n}`.repeat(64), parts);
      expect(checks).toHaveLength(parts.length);
      // One pack for the thread: each record starts where the one before it ended (its entry included).
      expect(checks[0]!.offset).toBeGreaterThanOrEqual(end);
      for (const [i, text] of parts.entries()) {
        const expected = Buffer.from(text, 'utf8');
        expect(checks[i]).toEqual({ sha256: sha256Hex(expected), bytes: expected.length, offset: i === 0 ? checks[0]!.offset : checks[i - 1]!.offset + checks[i - 1]!.bytes });
        expect(checkedFragment({ file, ...checks[i]! })?.equals(expected)).toBe(true);
      }
      expect(readFileSync(file).subarray(checks[0]!.offset).subarray(0, Buffer.byteLength(parts.join(''))).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
      end = readFileSync(file).length;
    }
    expect(readdirSync(path.join(settings.dir, 'a'.repeat(16), 'packs')).filter((n) => n.endsWith('.pack'))).toHaveLength(1);
  });

  it('fails only the fragment whose bytes changed, fails both when the pack is cut or gone, and is repaired in place', async () => {
    const settings = fresh();
    const parts = [texts[0]!, texts[3]!];
    written(settings, 'b'.repeat(64), ['before', 'it']);
    const { file, checks } = written(settings, key, parts);
    const [csv, json] = checks as [FragmentCheck, FragmentCheck];
    const original = readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[csv.offset + 1]! ^= 1; // in the first fragment
    writeFileSync(file, flipped);
    expect(checkedFragment({ file, ...csv })).toBeNull();
    expect(checkedFragment({ file, ...json })).not.toBeNull();
    // Repaired in place: the bytes its check names, at its offset; nothing else of the pack changes.
    await repairFragments([{ file, ...csv }, { file, ...json }], parts);
    expect(readFileSync(file).equals(original)).toBe(true);
    // Rows that render otherwise now are not written over the record (they would fail their check again).
    writeFileSync(file, flipped);
    await repairFragments([{ file, ...csv }, { file, ...json }], ['a,"Tehran — “both sides”",😀\r\nb,e\r\n', parts[1]!]);
    expect(readFileSync(file).equals(flipped)).toBe(true);
    writeFileSync(file, original);
    truncateSync(file, json.offset + json.bytes - 1);
    expect(checkedFragment({ file, ...json })).toBeNull();
    expect(checkedFragment({ file, ...csv })).not.toBeNull();
    rmSync(file);
    expect(checkedFragment({ file, ...csv })).toBeNull();
    // A pack that is gone is not made again by a repair: its entry is gone with it.
    await repairFragments([{ file, ...csv }, { file, ...json }], parts);
    expect(() => readFileSync(file)).toThrow();
    expect(readPackedEntry(settings, key, isChecks)).toBeNull();
  });
});
