// npx tsx bench/dates-throughput.ts [TRAIN_JSONL]
// Single-threaded throughput of the date tagger (`findDateMentions`) in characters per second:
// on the seed articles (raw/*.txt) repeated to about 2 MB, and on the TempEval-3 train texts
// (default ../shared/bench/tempeval3/train.jsonl, repeated to about 2 MB as well).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDateMentions } from '../pipeline/extract/dates/index.js';

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
  let mentions = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    mentions = 0;
    for (const d of docs) mentions += findDateMentions(d, { dct }).length;
    best = Math.min(best, performance.now() - t0);
  }
  const rate = chars / (best / 1000);
  console.log(`${name.padEnd(22)} ${String(docs.length).padStart(6)} docs ${(chars / 1e6).toFixed(2).padStart(6)} M chars ` +
    `${best.toFixed(0).padStart(7)} ms ${(rate / 1e6).toFixed(2).padStart(7)} M chars/s ${String(mentions).padStart(7)} mentions`);
}

const rawDir = join(root, 'raw');
const seeds = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(rawDir, f), 'utf8'));
const train = readFileSync(trainFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);

console.log('findDateMentions, single thread, best of 3');
measure('seeds (raw/*.txt)', repeated(seeds), '2024-01-25');
measure('TempEval-3 train', repeated(train), '1998-02-27');
