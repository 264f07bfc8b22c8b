// A build collects garbage between its phases (build.ts collectGarbage, normalize's betweenSteps,
// emit's betweenTables), so that what one phase drops does not stay on the heap under what the
// next one builds. The collection must really free memory, be called where the phases meet, be
// skipped while the heap has grown little since the last one, and change nothing in what is written.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../pipeline/build.js';
import { writeRelease } from '../../pipeline/emit/index.js';
import { extractFile } from '../../pipeline/extract-file.js';
import { normalize, type NormalizeInput } from '../../pipeline/normalize/index.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { TABLES } from '../../pipeline/schemas/tables.js';

const RAW = path.join(import.meta.dirname, '..', '..', 'raw');

async function seedExtractions(): Promise<NormalizeInput[]> {
  const { files } = await listSources(RAW);
  const extractions: NormalizeInput[] = [];
  for (const file of files) {
    const { extraction, mentions } = await extractFile(file);
    if (extraction) extractions.push({ ...extraction, mentionBlock: mentions });
  }
  return extractions;
}

/** Every file under dir, by relative path, with its bytes. */
function folderBytes(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = path.join(prefix, name);
    if (statSync(path.join(dir, rel)).isDirectory()) for (const [k, v] of folderBytes(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(path.join(dir, rel), 'latin1'));
  }
  return files;
}

describe('garbage collection between the phases of a build', () => {
  it('frees what nothing refers to any more', async () => {
    let dropped: object | null = { rows: Array.from({ length: 10_000 }, (_, i) => ({ i })) };
    const ref = new WeakRef(dropped);
    dropped = null;
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage(0);
    expect(ref.deref()).toBeUndefined();
  });

  it('is skipped while the heap has not grown by the bound since the last collection', () => {
    const gc = globalThis.gc;
    let runs = 0;
    globalThis.gc = (() => { runs++; }) as typeof globalThis.gc;
    try {
      collectGarbage(Number.MAX_SAFE_INTEGER);
      expect(runs).toBe(0);
      collectGarbage(0);
      expect(runs).toBe(1);
    } finally {
      globalThis.gc = gc;
    }
  });

  it('runs between the steps of normalize and after each table, and changes no byte', async () => {
    const plain = normalize(await seedExtractions());
    let steps = 0;
    const collected = normalize(await seedExtractions(), null, { consume: true, betweenSteps: () => { steps++; collectGarbage(); } });
    expect(steps).toBe(2);
    expect(collected).toEqual(plain);

    const facts = { sourcesFound: plain.tables.sources.length, readProblems: [], previousChangesJson: null };
    const plainDir = mkdtempSync(path.join(tmpdir(), 'phase-garbage-'));
    const collectedDir = mkdtempSync(path.join(tmpdir(), 'phase-garbage-'));
    await writeRelease(plainDir, plain, null, facts);
    let tables = 0;
    await writeRelease(collectedDir, collected, null, facts, { betweenTables: () => { tables++; collectGarbage(); } });
    expect(tables).toBe(TABLES.length);
    expect(folderBytes(collectedDir)).toEqual(folderBytes(plainDir));

    // consume: the mentions are let go of before the site, with one more collection, and no byte changes.
    const consumedDir = mkdtempSync(path.join(tmpdir(), 'phase-garbage-'));
    const consumed = normalize(await seedExtractions());
    expect(consumed.tables.mentions.length).toBeGreaterThan(0);
    tables = 0;
    await writeRelease(consumedDir, consumed, null, facts, { betweenTables: () => { tables++; collectGarbage(); }, consume: true });
    expect(tables).toBe(TABLES.length + 1);
    expect(consumed.tables.mentions.length).toBe(0);
    expect(folderBytes(consumedDir)).toEqual(folderBytes(plainDir));
  }, 120_000);
});
