// npx tsx bench/dates-throughput.ts [TRAIN_JSONL]
// Single-threaded throughput of the date tagger (`findDateMentions`) in characters per second:
// on the seed articles (raw/*.txt) repeated to about 2 MB, and on the TempEval-3 train texts
// (default ../shared/bench/tempeval3/train.jsonl, repeated to about 2 MB as well).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDateMentions } from '../pipeline/extract/dates/index.js';
import { removeOverlaps } from '../pipeline/extract/dates/refiners.js';
import { propose, proposeByFullScan } from '../pipeline/extract/dates/tag.js';

const root = resolve(import.meta.dirname, '..');
const trainFile = resolve(process.argv[2] ?? join(root, '../shared/bench/tempeval3/train.jsonl'));
const TARGET = 2_000_000;

/** Documents cycled until their total length reaches the target: each one is tagged on its own. */
function repeated(docs: string[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < TARGET && docs.length > 0; i++) {
    const d = docs[i % docs.length] ?? '';
    out.push(d);
    total += d.length;
  }
  return out;
}

function measure(name: string, docs: string[], dct: string): void {
  const chars = docs.reduce((n, d) => n + d.length, 0);
  for (const d of docs.slice(0, 20)) findDateMentions(d, { dct }); // warm up
  let best = Infinity;
  let bestCpu = Infinity;
  let mentions = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    mentions = 0;
    for (const d of docs) mentions += findDateMentions(d, { dct }).length;
    const cpu = process.cpuUsage(cpu0);
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const rate = (ms: number): string => (chars / (ms / 1000) / 1e6).toFixed(2).padStart(7);
  console.log(`${name.padEnd(20)} ${String(docs.length).padStart(5)} docs ${(chars / 1e6).toFixed(2).padStart(5)} M chars ` +
    `${best.toFixed(0).padStart(6)} ms wall ${rate(best)} M chars/s  ${bestCpu.toFixed(0).padStart(6)} ms cpu ${rate(bestCpu)} M chars/s ` +
    `${String(mentions).padStart(6)} mentions`);
}

const rawDir = join(root, 'raw');
const seeds = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(rawDir, f), 'utf8'));
const train = readFileSync(trainFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);

console.log('findDateMentions, single thread, best of 5 (wall clock, and CPU time of this process: less sensitive to a busy machine)');
measure('seeds (raw/*.txt)', repeated(seeds), '2024-01-25');
measure('TempEval-3 train', repeated(train), '1998-02-27');

// The prefilter must change nothing but speed: compare with every rule scanning whole texts.
const key = (text: string): string[] => removeOverlaps(propose(text)).map((c) => `${c.start}:${c.end}:${c.rule}`);
const full = (text: string): string[] => removeOverlaps(proposeByFullScan(text)).map((c) => `${c.start}:${c.end}:${c.rule}`);
let differences = 0;
for (const text of [...seeds, ...train]) if (key(text).join() !== full(text).join()) differences++;
console.log(`prefilter check: ${differences} of ${seeds.length + train.length} texts differ from a full scan by every rule`);
