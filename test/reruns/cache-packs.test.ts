// The cache's packs (pipeline/cache/packs.ts): a thread appends its sources' records to a pack of
// its own and names each entry by a line of the pack's index. A run killed mid-append leaves a
// record no line names, or a last line without its newline: neither is ever read, and the records
// before them are. A thread finds the entries other threads and runs write after it read the
// indexes: a key it does not know makes it read what they gained.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry, readPackedEntry, writeEntry } from '../../pipeline/cache/extract-cache.js';

const fresh = () => ({ dir: mkdtempSync(path.join(tmpdir(), 'packs-')), rulesVersion: 'a'.repeat(64) });
const packsOf = (settings: { dir: string }) => path.join(settings.dir, 'a'.repeat(16), 'packs');
const isValue = (v: unknown): v is { n: number } => typeof (v as { n?: unknown })?.n === 'number';
const keyOf = (n: number) => String(n).repeat(64).slice(0, 64);
/** The one pack (and index) of a cache folder written by this thread, by name without its extension. */
const onlyPack = (settings: { dir: string }) => {
  const names = readdirSync(packsOf(settings)).filter((n) => n.endsWith('.pack'));
  expect(names).toHaveLength(1);
  return path.join(packsOf(settings), names[0]!.slice(0, -'.pack'.length));
};

/** Entries 1..count written by this thread into a cache folder of their own; a copy of its packs in another (a fresh reader). */
async function writtenThenCopied(count: number) {
  const writer = fresh();
  for (let n = 1; n <= count; n++) await writeEntry(writer, keyOf(n), { n, text: 'é'.repeat(n * 100) });
  const reader = fresh();
  cpSync(packsOf(writer), packsOf(reader), { recursive: true });
  return { writer, reader, name: path.join(packsOf(reader), path.basename(onlyPack(writer))) };
}

describe("the cache's packs", () => {
  it('read back every entry, in one pack a thread, and nothing that is not there', async () => {
    const { reader } = await writtenThenCopied(4);
    for (let n = 1; n <= 4; n++) expect(await readEntry(reader, keyOf(n), isValue)).toEqual({ n, text: 'é'.repeat(n * 100) });
    expect(await readEntry(reader, keyOf(5), isValue)).toBeNull();
    expect(readdirSync(packsOf(reader))).toHaveLength(2);
  });

  it('after an append cut short, read the records before it and not the one cut', async () => {
    const { reader, name } = await writtenThenCopied(3);
    const lines = readFileSync(`${name}.index`, 'utf8').split('\n');
    const [, lastOffset] = lines[2]!.split('\t');
    // The pack ends inside the last record, and the index inside its line (no newline).
    truncateSync(`${name}.pack`, Number(lastOffset) + 5);
    writeFileSync(`${name}.index`, `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 70)}`);
    expect(await readEntry(reader, keyOf(1), isValue)).toMatchObject({ n: 1 });
    expect(await readEntry(reader, keyOf(2), isValue)).toMatchObject({ n: 2 });
    expect(await readEntry(reader, keyOf(3), isValue)).toBeNull();
  });

  it('skip an index line that is not one, and an entry whose line names the wrong bytes', async () => {
    const { reader, name } = await writtenThenCopied(3);
    const lines = readFileSync(`${name}.index`, 'utf8').split('\n');
    const [, offset2, bytes2] = lines[1]!.split('\t');
    // Line 1 damaged; line 3 names the second entry's range (a record replaced): another key, not trusted.
    writeFileSync(`${name}.index`, `${lines[0]!.replace(/\t/g, ' ')}\n${lines[1]}\n${keyOf(3)}\t${offset2}\t${bytes2}\n`);
    expect(await readEntry(reader, keyOf(1), isValue)).toBeNull();
    expect(await readEntry(reader, keyOf(2), isValue)).toMatchObject({ n: 2 });
    expect(await readEntry(reader, keyOf(3), isValue)).toBeNull();
  });

  it('find what other threads and runs write after the indexes were read: new packs, and lines added to a known index', async () => {
    const { reader, name } = await writtenThenCopied(2);
    expect(await readEntry(reader, keyOf(1), isValue)).toMatchObject({ n: 1 }); // the indexes are read now
    // Another thread's pack, made since.
    const other = fresh();
    await writeEntry(other, keyOf(7), { n: 7 });
    const otherName = onlyPack(other);
    cpSync(`${otherName}.pack`, path.join(packsOf(reader), 'other-thread.pack'));
    cpSync(`${otherName}.index`, path.join(packsOf(reader), 'other-thread.index'));
    expect(await readEntry(reader, keyOf(7), isValue)).toEqual({ n: 7 });
    // A record appended to the pack the reader knows, by the thread still writing it.
    const third = fresh();
    await writeEntry(third, keyOf(8), { n: 8 });
    const thirdName = onlyPack(third);
    const at = statSync(`${name}.pack`).size;
    const record = readFileSync(`${thirdName}.pack`);
    appendFileSync(`${name}.pack`, record);
    appendFileSync(`${name}.index`, `${keyOf(8)}\t${at}\t${record.length}\n`);
    expect(await readEntry(reader, keyOf(8), isValue)).toEqual({ n: 8 });
    // And where a known record is damaged, one written since by another thread.
    const packBytes = readFileSync(`${name}.pack`);
    packBytes[packBytes.indexOf('"n":1') + 4] = 0x32; // "n":2, its hash now wrong
    writeFileSync(`${name}.pack`, packBytes);
    const fourth = fresh();
    await writeEntry(fourth, keyOf(1), { n: 1, again: true });
    const fourthName = onlyPack(fourth);
    cpSync(`${fourthName}.pack`, path.join(packsOf(reader), 'fourth.pack'));
    cpSync(`${fourthName}.index`, path.join(packsOf(reader), 'fourth.index'));
    expect(readPackedEntry(reader, keyOf(1), isValue)).toEqual({ value: { n: 1, again: true }, pack: path.join(packsOf(reader), 'fourth.pack') });
  });

  it("start another pack where this thread's was removed while the process lives (a cache cleared)", async () => {
    const settings = fresh();
    await writeEntry(settings, keyOf(1), { n: 1 });
    await writeEntry(settings, keyOf(2), { n: 2 });
    const first = onlyPack(settings);
    rmSync(packsOf(settings), { recursive: true });
    await writeEntry(settings, keyOf(3), { n: 3 });
    expect(onlyPack(settings)).not.toBe(first);
    expect(await readEntry(settings, keyOf(3), isValue)).toEqual({ n: 3 });
    expect(await readEntry(settings, keyOf(1), isValue)).toBeNull();
  });
});
