// Throughput of each extraction stage alone, single thread, after a warm-up, on generated sources:
// read, sentences, dates, actors, places, amounts, figures and events, in characters per second
// of the sources' text. Each stage is given what extractSource would give it (the earlier stages'
// results are computed once, outside the timing), so the numbers add up to extraction's cost.
//
//   tsx bench/stage-profile.ts [--count 200] [--rounds 3] [--work bench/out]
// For the hot functions of one stage: node --cpu-prof --cpu-prof-dir bench/out/prof --import tsx
//   bench/stage-profile.ts --only dates
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findActors, findPlaces } from '../pipeline/extract/actors/index.js';
import { recognizeAmounts } from '../pipeline/extract/amounts/index.js';
import { findDateMentions, reasonPublication } from '../pipeline/extract/dates/index.js';
import { findEvents } from '../pipeline/extract/events/index.js';
import { findFigures } from '../pipeline/extract/figures/index.js';
import { extractSource } from '../pipeline/extract/index.js';
import { splitSentences } from '../pipeline/extract/sentences.js';
import type { SourceDocument } from '../pipeline/model.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes, type SourceBytes } from '../pipeline/read/read-source.js';
import { generateCorpus } from './generate-corpus.js';

const { values } = parseArgs({ options: { count: { type: 'string' }, rounds: { type: 'string' }, work: { type: 'string' }, only: { type: 'string' } } });
const count = Number(values.count ?? 200);
const rounds = Number(values.rounds ?? 3);
const project = path.resolve(import.meta.dirname, '..');
const dir = path.join(path.resolve(values.work ?? path.join(project, 'bench/out')), `corpus-${count}`);
if (!fs.existsSync(dir) || fs.readdirSync(dir).length !== count) {
  fs.rmSync(dir, { recursive: true, force: true });
  generateCorpus(path.join(project, 'raw'), dir, count);
}

const { files } = await listSources(dir);
const bytes: SourceBytes[] = await Promise.all(files.map((f) => readSourceBytes(f)));
const docs: SourceDocument[] = [];
for (const [i, f] of files.entries()) {
  const r = await readSource(f, bytes[i]);
  if (r.ok) docs.push(r.document);
}
const chars = docs.reduce((s, d) => s + d.content.length, 0);

// The inputs of the later stages, computed once.
const inputs = docs.map((doc) => {
  const { content } = doc;
  const dct = (doc.published ?? reasonPublication(content, doc.dateline))?.value ?? null;
  const sentences = splitSentences(content);
  const dates = findDateMentions(content, { dct });
  const { mentions: actors, definitions } = findActors(content, { date: dct });
  const places = findPlaces(content);
  const amounts = recognizeAmounts(content);
  const figures = findFigures({ content, sentences, amounts, actors, dates });
  return { content, dct, sentences, dates, actors, definitions, places, amounts, figures };
});

type Stage = [name: string, run: () => Promise<void> | void];
const stages: Stage[] = [
  ['read', async () => { for (const [i, f] of files.entries()) await readSource(f, bytes[i]); }],
  ['sentences', () => { for (const x of inputs) splitSentences(x.content); }],
  ['dates', () => { for (const x of inputs) findDateMentions(x.content, { dct: x.dct }); }],
  ['actors', () => { for (const x of inputs) findActors(x.content, { date: x.dct }); }],
  ['places', () => { for (const x of inputs) findPlaces(x.content); }],
  ['amounts', () => { for (const x of inputs) recognizeAmounts(x.content); }],
  ['figures', () => { for (const x of inputs) findFigures({ content: x.content, sentences: x.sentences, amounts: x.amounts, actors: x.actors, dates: x.dates }); }],
  ['events', () => {
    for (const x of inputs) findEvents({ content: x.content, sentences: x.sentences, dates: x.dates, actors: x.actors, definitions: x.definitions, places: x.places, figures: x.figures, published: x.dct });
  }],
  ['extractSource (all)', () => { for (const d of docs) extractSource(d); }],
];

console.log(`${docs.length} sources, ${(chars / 1e6).toFixed(2)} M chars, best of ${rounds} rounds after a warm-up, single thread, CPU time`);
console.log('| stage | ms | M chars/s |');
console.log('| --- | --- | --- |');
const results: Record<string, { ms: number; charsPerSecond: number }> = {};
for (const [name, run] of stages) {
  if (values.only && !name.startsWith(values.only)) continue;
  await run();
  // CPU time of this thread, not the clock: on a loaded machine the clock counts other processes.
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = process.cpuUsage();
    await run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  results[name] = { ms: best, charsPerSecond: chars / (best / 1000) };
  console.log(`| ${name} | ${best.toFixed(0)} | ${(chars / best / 1000).toFixed(2)} |`);
}
fs.mkdirSync(path.join(project, 'bench/out'), { recursive: true });
fs.writeFileSync(path.join(project, 'bench/out/stage-profile.json'), `${JSON.stringify({ sources: docs.length, chars, results }, null, 2)}\n`);
