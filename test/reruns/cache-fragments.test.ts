// A source's fragments (its CSV rows and JSON records) share one cache file: each is read back at
// its offset and checked against its own hash, so damage to one leaves the other usable.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentPath, repairFragments, writeFragments } from '../../pipeline/cache/extract-cache.js';
import { checkedFragment } from '../../pipeline/emit/mention-block.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';

const key = 'c'.repeat(64);
// Outside ASCII (so characters and bytes differ), empty, CRLF, a lone surrogate (written as U+FFFD, as before).
const texts = ['a,"Tehran — “both sides”",😀\r\nb,é\r\n', '', '"x":"\ud800"\u2028{}', 'ی'.repeat(5000)];

function written() {
  const settings = { dir: mkdtempSync(path.join(tmpdir(), 'fragments-')), rulesVersion: 'a'.repeat(64) };
  return { settings, file: fragmentPath(settings, key) };
}

describe("a source's fragment file", () => {
  it('gives back each fragment as the UTF-8 of its text, checked against its hash', async () => {
    for (const parts of [texts.slice(0, 2), texts.slice(1, 3), [texts[2]!, texts[3]!], ['', '']]) {
      const { settings, file } = written();
      const checks = (await writeFragments(settings, key, parts))!;
      expect(checks).toHaveLength(parts.length);
      for (const [i, text] of parts.entries()) {
        const expected = Buffer.from(text, 'utf8');
        expect(checks[i]).toEqual({ sha256: sha256Hex(expected), bytes: expected.length, offset: i === 0 ? 0 : checks[i - 1]!.offset + checks[i - 1]!.bytes });
        expect(checkedFragment({ file, ...checks[i]! })?.equals(expected)).toBe(true);
      }
      expect(readFileSync(file).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
    }
  });

  it('fails only the fragment whose bytes changed, fails both when the file is cut or gone, and is repaired whole', async () => {
    const parts = [texts[0]!, texts[3]!];
    const { settings, file } = written();
    const [csv, json] = (await writeFragments(settings, key, parts))!;
    const original = readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[1]! ^= 1; // in the first fragment
    writeFileSync(file, flipped);
    expect(checkedFragment({ file, ...csv! })).toBeNull();
    expect(checkedFragment({ file, ...json! })).not.toBeNull();
    writeFileSync(file, original.subarray(0, original.length - 1));
    expect(checkedFragment({ file, ...json! })).toBeNull();
    rmSync(file);
    expect(checkedFragment({ file, ...csv! })).toBeNull();
    await repairFragments(file, parts);
    expect(readFileSync(file).equals(original)).toBe(true);
  });
});
