// npx tsx bench/actors-throughput.ts [CORPUS_DIR] [--dump FILE]
// Single-threaded throughput of actor and place recognition (`findActors` + `findPlaces`) in
// characters per second: on the seed articles (raw/*.txt) repeated to about 2 MB, on the unseen
// gold articles, and on a generated corpus (default: 200 sources written to bench/out/corpus-200
// by bench/generate-corpus.ts). `--dump FILE` writes every finding as JSON lines, so that two
// versions of the recogniser can be compared byte for byte.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findActors, findPlaces } from '../pipeline/extract/actors/index.js';
import { generateCorpus } from './generate-corpus.js';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { dump: { type: 'string' } } });
const TARGET = 2_000_000;
const DATE = '2024-01-20';

function texts(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Documents cycled until their total length reaches the target: each one is read on its own. */
function repeated(docs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0, total = 0; total < TARGET && docs.length > 0; i++) {
    const d = docs[i % docs.length] ?? '';
    out.push(d);
    total += d.length;
  }
  return out;
}

function measure(name: string, docs: string[]): void {
  const chars = docs.reduce((n, d) => n + d.length, 0);
  for (const d of docs.slice(0, 20)) findActors(d, { date: DATE }), findPlaces(d); // warm up
  let best = Infinity;
  let bestCpu = Infinity;
  let found = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    found = 0;
    for (const d of docs) found += findActors(d, { date: DATE }).mentions.length + findPlaces(d).length;
    const cpu = process.cpuUsage(cpu0);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const rate = (ms: number): string => (chars / (ms / 1000) / 1e6).toFixed(2).padStart(6);
  console.log(`${name.padEnd(12)} ${String(docs.length).padStart(5)} docs ${(chars / 1e6).toFixed(2).padStart(5)} M chars ` +
    `${best.toFixed(0).padStart(5)} ms wall ${rate(best)} M chars/s ${bestCpu.toFixed(0).padStart(5)} ms cpu ${rate(bestCpu)} M chars/s ${String(found).padStart(6)} findings`);
}

const corpusDir = resolve(positionals[0] ?? join(root, 'bench/out/corpus-200'));
if (!existsSync(corpusDir)) generateCorpus(join(root, 'raw'), corpusDir, 200);
const sets: Array<[string, string[]]> = [
  ['seeds x N', repeated(texts(join(root, 'raw')))],
  ['unseen x N', repeated(texts(join(root, 'test/gold/unseen/raw')))],
  ['generated', texts(corpusDir)],
];

if (values.dump) {
  const lines: string[] = [];
  for (const [name, docs] of sets) {
    for (const d of [...new Set(docs)]) lines.push(JSON.stringify({ set: name, actors: findActors(d, { date: DATE }), places: findPlaces(d) }));
  }
  writeFileSync(values.dump, `${lines.join('\n')}\n`);
}
for (const [name, docs] of sets) measure(name, docs);
