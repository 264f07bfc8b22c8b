// The explorer's data files of a release written again by two checkouts' writeSiteData (--a,
// --b), alternately in one process: main-thread CPU ms a round (a forced collection before and
// after, counted), and whether both wrote the same files. RELEASE is a release folder (e.g. a
// 10,000-source run's): its json/events.json, evidence.json and figures.json are the input, and
// a checkout whose writeSiteData takes a third argument is given RELEASE/json, where the tables'
// bytes are (site/data-from-tables.ts).
//   node --expose-gc --import tsx bench/ab-site-data.ts --release RELEASE --a DIR --b DIR [--rounds 6] [--out DIR]
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { cpuMs, threadCpuMs } from './cpu-time.js';

const { values } = parseArgs({ options: { release: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, out: { type: 'string' } } });
const release = path.resolve(values.release!);
const table = (t: string) => JSON.parse(readFileSync(path.join(release, 'json', `${t}.json`), 'utf8'));
const input = { events: table('events'), evidence: table('evidence'), figures: table('figures') };
type WriteSiteData = (dir: string, input: unknown, jsonDir?: string) => Promise<unknown>;
const codes = await Promise.all([values.a!, values.b!].map(async (dir) => {
  const site = await import(pathToFileURL(path.join(path.resolve(dir), 'pipeline/emit/site/index.ts')).href);
  return { name: path.basename(dir), write: site.writeSiteData as WriteSiteData };
}));
const out = values.out ?? '/tmp/perf/ab-site-data';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => { throw new Error('run node with --expose-gc'); });
const rounds = Number(values.rounds ?? 6);
const figures: Record<string, { thread: number[]; process: number[] }> = {};
for (let round = 0; round < rounds; round++) {
  for (const code of codes) {
    const dir = path.join(out, code.name);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    gc();
    const [t0, p0] = [threadCpuMs(), cpuMs()];
    await code.write(dir, input, path.join(release, 'json'));
    gc();
    (figures[code.name] ??= { thread: [], process: [] }).thread.push(threadCpuMs() - t0);
    figures[code.name]!.process.push(Math.round(cpuMs() - p0));
  }
}
for (const [name, f] of Object.entries(figures)) console.log(name, 'main thread CPU ms', f.thread.join(' '), '| process', f.process.join(' '));
const names = (dir: string) => fs.readdir(path.join(dir, 'data')).then((n) => n.sort());
const [a, b] = codes.map((c) => path.join(out, c.name));
const [na, nb] = [await names(a!), await names(b!)];
let same = na.join() === nb.join();
for (const n of na) if (same) same = readFileSync(path.join(a!, 'data', n)).equals(readFileSync(path.join(b!, 'data', n)));
console.log(same ? `same files (${na.length})` : 'FILES DIFFER');
