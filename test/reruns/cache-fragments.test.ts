// A source's fragments (its CSV rows and JSON records) and its entry share one cache file: each
// fragment is read back at its offset and checked against its own hash, so damage to one leaves
// the other usable; the entry, last in the file, is found from the file's end and checked on its own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentPath, readEntry, repairFragments, writeSourceEntry, type FragmentCheck } from '../../pipeline/cache/extract-cache.js';
import { checkedFragment } from '../../pipeline/emit/mention-block.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';

const key = 'c'.repeat(64);
// Outside ASCII (so characters and bytes differ), empty, CRLF, a lone surrogate (written as U+FFFD, as before).
const texts = ['a,"Tehran — “both sides”",😀\r\nb,é\r\n', '', '"x":"\ud800"\u2028{}', 'ی'.repeat(5000)];
// An entry value that names its fragments' checks, as a source's does, with text outside ASCII.
const entryOf = (checks: FragmentCheck[]) => ({ quote: 'Tehran — “both sides” 😀', checks });
const anything = (v: unknown): v is unknown => v !== undefined;

function written(parts: readonly string[]) {
  const settings = { dir: mkdtempSync(path.join(tmpdir(), 'fragments-')), rulesVersion: 'a'.repeat(64) };
  const text = writeSourceEntry(settings, key, parts, entryOf)!;
  return { settings, file: fragmentPath(settings, key), text, checks: (JSON.parse(text) as ReturnType<typeof entryOf>).checks };
}

describe("a source's cache file", () => {
  it('gives back each fragment as the UTF-8 of its text, checked against its hash, and the entry after them', async () => {
    for (const parts of [texts.slice(0, 2), texts.slice(1, 3), [texts[2]!, texts[3]!], ['', ''], []]) {
      const { settings, file, text, checks } = written(parts);
      expect(checks).toHaveLength(parts.length);
      for (const [i, part] of parts.entries()) {
        const expected = Buffer.from(part, 'utf8');
        expect(checks[i]).toEqual({ sha256: sha256Hex(expected), bytes: expected.length, offset: i === 0 ? 0 : checks[i - 1]!.offset + checks[i - 1]!.bytes });
        expect(checkedFragment({ file, ...checks[i]! })?.equals(expected)).toBe(true);
      }
      // The fragments first, one after another, then the entry.
      const fragments = Buffer.from(parts.join(''), 'utf8');
      expect(readFileSync(file).subarray(0, fragments.length).equals(fragments)).toBe(true);
      expect(await readEntry(settings, key, anything)).toEqual(JSON.parse(text));
      expect(await readEntry(settings, 'd'.repeat(64), anything)).toBeNull();
    }
  });

  it('fails only the fragment whose bytes changed; fails the entry, not the fragments, when its end is cut', async () => {
    const parts = [texts[0]!, texts[3]!];
    const { settings, file, checks: [csv, json] } = written(parts);
    const original = readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[1]! ^= 1; // in the first fragment
    writeFileSync(file, flipped);
    expect(checkedFragment({ file, ...csv! })).toBeNull();
    expect(checkedFragment({ file, ...json! })).not.toBeNull();
    expect(await readEntry(settings, key, anything)).not.toBeNull();
    // Every cut of the file's end (the trailer, the entry) loses the entry and keeps the fragments.
    for (const cut of [1, 5, 17, 18, 40, original.length - json!.offset - json!.bytes]) {
      writeFileSync(file, original.subarray(0, original.length - cut));
      expect(await readEntry(settings, key, anything)).toBeNull();
      expect(checkedFragment({ file, ...json! })).not.toBeNull();
    }
    writeFileSync(file, original.subarray(0, json!.offset + json!.bytes - 1));
    expect(checkedFragment({ file, ...json! })).toBeNull();
    // A trailer that points elsewhere in the file: no entry.
    const moved = Buffer.from(original);
    moved[moved.length - 2] = 0x30 + ((moved[moved.length - 2]! - 0x30 + 1) % 10); // its last digit, another
    expect(moved.equals(original)).toBe(false);
    writeFileSync(file, moved);
    expect(await readEntry(settings, key, anything)).toBeNull();
  });

  it('is repaired whole: with its entry where that still checks, without it where not', async () => {
    const parts = [texts[0]!, texts[3]!];
    const { settings, file, checks: [csv, json] } = written(parts);
    const original = readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[json!.offset + 3]! ^= 1; // in the second fragment
    writeFileSync(file, flipped);
    await repairFragments(file, parts);
    expect(readFileSync(file).equals(original)).toBe(true);

    rmSync(file);
    expect(checkedFragment({ file, ...csv! })).toBeNull();
    await repairFragments(file, parts);
    expect(checkedFragment({ file, ...csv! })).not.toBeNull();
    expect(checkedFragment({ file, ...json! })).not.toBeNull();
    expect(await readEntry(settings, key, anything)).toBeNull();

    // The entry's value damaged too: the fragments come back, the entry does not.
    const both = Buffer.from(original);
    both[1]! ^= 1;
    both[both.indexOf('both sides', json!.offset + json!.bytes)]! ^= 1;
    writeFileSync(file, both);
    await repairFragments(file, parts);
    expect(readFileSync(file).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
    expect(await readEntry(settings, key, anything)).toBeNull();
  });
});
