// npm run eval [-- --out DIR] [--gold DIR]: builds the dataset from raw/ into a temporary
// folder (or scores an existing release with --out) and prints precision, recall and F1
// against the project's gold annotations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset } from '../pipeline/build.js';
import { KINDS, readRelease, scoreRelease } from './score-gold.js';

const { values } = parseArgs({ options: { out: { type: 'string' }, gold: { type: 'string' }, raw: { type: 'string' } } });
const gold = values.gold ?? 'test/gold/seeds';
let out = values.out;
if (!out) {
  out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ipe-eval-')), 'dist');
  await buildDataset({ raw: values.raw ?? 'raw', out, workers: 1 });
}
const s = scoreRelease(gold, readRelease(out));
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`${'kind'.padEnd(16)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}   tp/pred/gold`);
for (const k of KINDS) console.log(`${k.padEnd(16)} ${pct(s[k].p)}  ${pct(s[k].r)}  ${pct(s[k].f)}   ${s[k].tp}/${s[k].pred}/${s[k].gold}`);
console.log(`dataset events   ${pct(s.dataset_events.p)}  ${pct(s.dataset_events.r)}  ${pct(s.dataset_events.f)}   ${s.dataset_events.tp}/${s.dataset_events.pred}/${s.dataset_events.gold}, ${s.duplicates} duplicates`);
console.log(`published        ${s.published_exact}/${s.sources} exact, ${s.published_compatible}/${s.sources} compatible`);
