// A source's record is encoded straight into one buffer that a thread reuses (extract-cache.ts
// RecordBytes). Its bytes must be those the routine it replaced wrote: each fragment's UTF-8 from
// Buffer.from, then the entry (header with the value's hash, the value, a closing brace), record
// after record, whatever the records before it left in the buffer.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSourceEntry, type FragmentCheck } from '../../pipeline/cache/extract-cache.js';
import { CACHE_FORMAT } from '../../pipeline/cache/rules-version.js';
import { sha256Hex } from '../../pipeline/lib/hash.js';
import { goldTexts } from '../fixtures/gold-texts.js';

/** The record as the replaced routine laid it out (a Buffer per part, concatenated), from start in the pack. */
function expectedRecord(key: string, texts: readonly string[], entryOf: (checks: FragmentCheck[]) => unknown, start: number) {
  const parts = texts.map((text) => Buffer.from(text, 'utf8'));
  let offset = 0;
  const checks = parts.map((part) => {
    const check = { sha256: sha256Hex(part), bytes: part.length, offset: start + offset };
    offset += part.length;
    return check;
  });
  const value = Buffer.from(JSON.stringify(entryOf(checks)), 'utf8');
  const header = `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256Hex(value) }).slice(0, -1)},"value":`;
  const entry = Buffer.concat([Buffer.from(header, 'utf8'), value, Buffer.from('}')]);
  return { bytes: Buffer.concat([...parts, entry]), entryBytes: entry.length };
}

// Outside ASCII, astral, CRLF, controls, lone surrogates of both kinds (written as U+FFFD), empty.
const hostile = ['a,"Tehran — “both sides”",😀\r\nb,é\r\n', '', '"x":"\ud800"\u2028{}', 'z\udc00\ud83d', '\u0000\u001f\\"\t', 'ی'.repeat(5000)];

describe("a source's record, encoded into the thread's buffer", () => {
  it('is byte for byte what the replaced routine wrote, record after record, on hostile and real text', () => {
    const gold = goldTexts();
    expect(gold.length).toBeGreaterThan(40);
    const records: Array<{ key: string; texts: string[] }> = [];
    for (let i = 0; i < gold.length; i++) {
      // Real prose as rows and in the entry; a long record before short ones, so a reused buffer
      // holds older bytes past the end of the next record.
      records.push({ key: `g${i}`.padEnd(64, '0'), texts: [gold[i]!, gold[(i + 1) % gold.length]!.slice(0, 300)] });
      records.push({ key: `h${i}`.padEnd(64, '0'), texts: [hostile[i % hostile.length]!, hostile[(i + 2) % hostile.length]!] });
    }
    // Larger than the buffer a thread keeps between records (it grows, then is dropped), then a small one.
    records.push({ key: 'L'.repeat(64), texts: ['ی'.repeat(1_500_000), '😀'.repeat(10)] });
    records.push({ key: 's'.repeat(64), texts: ['', 'é'] });

    const settings = { dir: mkdtempSync(path.join(tmpdir(), 'record-bytes-')), rulesVersion: 'b'.repeat(64) };
    const expected: Buffer[] = [];
    const lines: string[] = [];
    let start = 0;
    for (const [n, { key, texts }] of records.entries()) {
      const entryOf = (checks: FragmentCheck[]) => ({ checks, quote: hostile[n % hostile.length], n });
      const record = expectedRecord(key, texts, entryOf, start);
      const written = writeSourceEntry(settings, key, texts, entryOf)!;
      expect(written.text).toBe(JSON.stringify(entryOf(JSON.parse(written.text).checks)));
      expected.push(record.bytes);
      lines.push(`${key}\t${start + record.bytes.length - record.entryBytes}\t${record.entryBytes}\n`);
      start += record.bytes.length;
    }
    const packs = path.join(settings.dir, 'b'.repeat(16), 'packs');
    const pack = readdirSync(packs).find((name) => name.endsWith('.pack'))!;
    expect(readFileSync(path.join(packs, pack)).equals(Buffer.concat(expected))).toBe(true);
    expect(readFileSync(path.join(packs, pack.replace(/\.pack$/, '.index')), 'utf8')).toBe(lines.join(''));
  });
});
