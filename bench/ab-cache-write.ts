// A/B measure of a source's cache write as a worker makes it (cache/extract-cache.ts
// writeSourceEntry: the rendered rows and the entry encoded, hashed and appended to the thread's
// pack): this checkout's against another checkout's, alternately round by round in one process,
// each round into a fresh cache folder, over sources extracted and rendered once beforehand, so
// that both see the same load and the rules' cost stays out. The two must write the same bytes
// (packs and indexes), or the measure stops. Prints each side's median CPU ms a source (user and
// system apart) and the ratio A/B (below 1: this checkout is faster).
//
//   node --expose-gc --import tsx bench/ab-cache-write.ts DIR --code OTHER [--count 400] [--rounds 16]
// OTHER is the root of another checkout with a node_modules link (e.g. a detached worktree of main).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSourceEntry, type FragmentCheck } from '../pipeline/cache/extract-cache.js';
import { renderMentions, type RenderedMentions } from '../pipeline/emit/mention-block.js';
import { extractSource } from '../pipeline/extract/index.js';
import type { SourceExtraction } from '../pipeline/model.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes } from '../pipeline/read/read-source.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { code: { type: 'string' }, count: { type: 'string' }, rounds: { type: 'string' } } });
const other = (await import(pathToFileURL(path.resolve(values.code!, 'pipeline/cache/extract-cache.ts')).href)) as { writeSourceEntry: typeof writeSourceEntry };
const rounds = Number(values.rounds ?? 16);
const { files } = await listSources(positionals[0]!);

/** What extract-file.ts hands writeSourceEntry for a source: its key, its rows' two texts, and the entry it makes of their checks. */
const sources: Array<{ key: string; rendered: RenderedMentions; extraction: SourceExtraction }> = [];
for (const file of files.slice(0, Number(values.count ?? 400))) {
  const reading = await readSource(file, await readSourceBytes(file));
  if (!reading.ok) continue;
  const full = extractSource(reading.document);
  sources.push({ key: `${sources.length}`.padStart(64, '0'), rendered: renderMentions(full), extraction: { ...full, dates: [], actors: [], amounts: [] } });
}

const sides = { A: writeSourceEntry, B: other.writeSourceEntry };
const spent = { A: { user: [] as number[], system: [] as number[] }, B: { user: [] as number[], system: [] as number[] } };
const written: Partial<Record<'A' | 'B', string>> = {};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const rulesVersion = 'f'.repeat(64);

/** A cache folder's packs and indexes, in name order of their kind (one pack a thread: this one). */
const packBytes = (dir: string): string => {
  const packs = path.join(dir, rulesVersion.slice(0, 16), 'packs');
  return readdirSync(packs).sort((a, b) => path.extname(a).localeCompare(path.extname(b))).map((name) => readFileSync(path.join(packs, name)).toString('base64')).join('\n');
};

for (let round = 0; round < rounds; round++) {
  for (const side of (round % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>) {
    const settings = { dir: mkdtempSync(path.join(tmpdir(), 'ab-cache-write-')), rulesVersion };
    gc();
    const before = process.cpuUsage();
    for (const { key, rendered, extraction } of sources) {
      sides[side](settings, key, [rendered.csv, rendered.json], (checks: FragmentCheck[]) => {
        const [csv, json] = checks as [FragmentCheck, FragmentCheck];
        return { extraction, problems: [], mentions: { count: rendered.count, rejects: rendered.rejects, csv, json } };
      });
    }
    const { user, system } = process.cpuUsage(before);
    spent[side].user.push(user / 1000 / sources.length);
    spent[side].system.push(system / 1000 / sources.length);
    if (round === 0) written[side] = packBytes(settings.dir);
    rmSync(settings.dir, { recursive: true, force: true });
  }
  if (round === 0 && written.A !== written.B) throw new Error('the two checkouts wrote different bytes');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const total = (side: 'A' | 'B') => median(spent[side].user.map((u, i) => u + spent[side].system[i]!));
console.log(`${sources.length} sources, ${rounds} rounds; median CPU ms a source (user + system)`);
console.log(`A (this checkout): ${total('A').toFixed(4)} (user ${median(spent.A.user).toFixed(4)}, system ${median(spent.A.system).toFixed(4)})`);
console.log(`B (${values.code}): ${total('B').toFixed(4)} (user ${median(spent.B.user).toFixed(4)}, system ${median(spent.B.system).toFixed(4)})`);
console.log(`A/B ${(total('A') / total('B')).toFixed(3)}`);
