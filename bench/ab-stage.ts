// A/B measure of one extraction stage: this checkout's code (A) against another checkout's (B),
// alternately, warm, in one process, over the same generated sources. On a machine shared with
// other sessions, runs of a whole build differ by ±20 %; two versions alternated round by round in
// one thread, block by block of a few sources, see the same load, so a gain of a few per cent shows.
//
//   npx tsx bench/ab-stage.ts --stage events|dates|actors|places|actors+places|amounts|figures --code DIR [--count 300] [--rounds 9]
// DIR is the root of another checkout (e.g. `git worktree add /tmp/main-ab main`), whose
// `pipeline/` is used for B. Each side's stage is bundled as the worker bundle is
// (pipeline/extract-worker-bundle.ts: esbuild, node20, each module its own import.meta.url), so
// neither runs under tsx's wrappers. The inputs of the stage (the earlier stages' results) are
// computed once with this checkout's code and given to both; the outputs of both must be equal
// (JSON), or the measure stops. Prints each side's median CPU ms a round and the ratio A/B (below
// 1: this checkout is faster). Run with `node --expose-gc --import tsx` to collect garbage between rounds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { findActors, findPlaces } from '../pipeline/extract/actors/index.js';
import { recognizeAmounts } from '../pipeline/extract/amounts/index.js';
import { findDateMentions, reasonPublication } from '../pipeline/extract/dates/index.js';
import { findFigures } from '../pipeline/extract/figures/index.js';
import { splitSentences } from '../pipeline/extract/sentences.js';
import { BUNDLE_OPTIONS, ownModuleUrl } from '../pipeline/extract-worker-bundle.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource } from '../pipeline/read/read-source.js';
import { generateCorpus } from './generate-corpus.js';

/**
 * Actors and places as extractSource calls them. A checkout whose findPlaces takes only the text
 * ignores the reading passed to it.
 */
const ACTORS_AND_PLACES = `
import { findActors, findPlaces, readActors } from './actors/index.ts';
import { titledTenureStart } from './actors/tenure.ts';
export function run(content, dct) {
  const reading = readActors(content);
  const tenure = titledTenureStart(reading);
  return [tenure, findActors(content, { date: dct }, reading), findPlaces(content, reading)];
}`;

/** Each stage: the module under pipeline/extract that exports it (or the module's text), and how it is called on a source's inputs. */
const STAGES = {
  events: { module: 'events/index.ts', name: 'findEvents', call: (f: StageFn, x: Inputs) => f({ content: x.content, sentences: x.sentences, dates: x.dates, actors: x.actors, definitions: x.definitions, places: x.places, figures: x.figures, published: x.dct }) },
  dates: { module: 'dates/index.ts', name: 'findDateMentions', call: (f: StageFn, x: Inputs) => f(x.content, { dct: x.dct }) },
  actors: { module: 'actors/index.ts', name: 'findActors', call: (f: StageFn, x: Inputs) => f(x.content, { date: x.dct }) },
  places: { module: 'actors/index.ts', name: 'findPlaces', call: (f: StageFn, x: Inputs) => f(x.content) },
  // Actors and places as extractSource calls them: one reading of the text for the tenure bound,
  // the actors and the places (`actors-places.ts` below, the same for both checkouts).
  'actors+places': { module: ACTORS_AND_PLACES, name: 'run', call: (f: StageFn, x: Inputs) => f(x.content, x.dct) },
  amounts: { module: 'amounts/index.ts', name: 'recognizeAmounts', call: (f: StageFn, x: Inputs) => f(x.content) },
  figures: { module: 'figures/index.ts', name: 'findFigures', call: (f: StageFn, x: Inputs) => f({ content: x.content, sentences: x.sentences, amounts: x.amounts, actors: x.actors, dates: x.dates }) },
} as const;

type StageFn = (...args: unknown[]) => unknown;
type StageName = keyof typeof STAGES;

const { values } = parseArgs({ options: { stage: { type: 'string' }, code: { type: 'string' }, count: { type: 'string' }, rounds: { type: 'string' }, work: { type: 'string' } } });
const stageName = values.stage as StageName;
if (!(stageName in STAGES) || values.code === undefined) {
  console.error('usage: npx tsx bench/ab-stage.ts --stage events|dates|actors|places|actors+places|amounts|figures --code DIR [--count 300] [--rounds 9]');
  process.exit(2);
}
const stage = STAGES[stageName];
const count = Number(values.count ?? 300);
const rounds = Number(values.rounds ?? 9);
const project = path.resolve(import.meta.dirname, '..');
const other = path.resolve(values.code);

/** The stage of the checkout at `root`, bundled into this checkout's .cache (where its packages resolve). */
async function loadStage(root: string): Promise<StageFn> {
  const result = await build({
    stdin: { contents: stage.module.includes('\n') ? stage.module : `export { ${stage.name} as run } from './${stage.module}';`, resolveDir: path.join(root, 'pipeline', 'extract'), loader: 'ts' },
    ...BUNDLE_OPTIONS,
    plugins: [ownModuleUrl],
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error(`esbuild produced no bundle for ${root}`);
  const dir = path.join(project, '.cache', 'ab-stage');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${stageName}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  fs.writeFileSync(file, text);
  try {
    return ((await import(pathToFileURL(file).href)) as { run: StageFn }).run;
  } finally {
    fs.rmSync(file, { force: true }); // loaded: the bundle is not needed again
  }
}

const corpus = path.join(path.resolve(values.work ?? path.join(project, 'bench/out')), `corpus-${count}`);
if (!fs.existsSync(corpus) || fs.readdirSync(corpus).length !== count) {
  fs.rmSync(corpus, { recursive: true, force: true });
  generateCorpus(path.join(project, 'raw'), corpus, count);
}

// The stage's inputs, computed once with this checkout's earlier stages.
const inputs = [];
for (const file of (await listSources(corpus)).files) {
  const r = await readSource(file);
  if (!r.ok) continue;
  const { content, published, dateline } = r.document;
  const dct = (published ?? reasonPublication(content, dateline))?.value ?? null;
  const sentences = splitSentences(content);
  const dates = findDateMentions(content, { dct });
  const { mentions: actors, definitions } = findActors(content, { date: dct });
  const amounts = recognizeAmounts(content);
  inputs.push({ content, dct, sentences, dates, actors, definitions, places: findPlaces(content), amounts, figures: findFigures({ content, sentences, amounts, actors, dates }) });
}
type Inputs = (typeof inputs)[number];

const sides = [
  { label: 'A (this checkout)', run: await loadStage(project), ms: [] as number[] },
  { label: `B (${other})`, run: await loadStage(other), ms: [] as number[] },
];

// Equal outputs first (this also warms both sides up).
const outputs = sides.map((side) => JSON.stringify(inputs.map((x) => stage.call(side.run, x))));
if (outputs[0] !== outputs[1]) {
  console.error(`${stageName}: the two versions' outputs differ; no measure`);
  process.exit(1);
}

// A round runs both sides over every block of BLOCK sources in turn (A then B on one block, B then
// A on the next), so the two see the same load within a few milliseconds of each other; a round's
// figure for a side is the sum of its blocks.
const BLOCK = 10;
const gc = (globalThis as { gc?: () => void }).gc;
for (let r = 0; r < rounds; r++) {
  gc?.();
  const spent = [0, 0];
  for (let b = 0; b < inputs.length; b += BLOCK) {
    const block = inputs.slice(b, b + BLOCK);
    for (const i of (b / BLOCK + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t = process.cpuUsage();
      for (const x of block) stage.call(sides[i]!.run, x);
      const used = process.cpuUsage(t);
      spent[i] += (used.user + used.system) / 1000;
    }
  }
  for (const [i, side] of sides.entries()) side.ms.push(spent[i]!);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const chars = inputs.reduce((s, x) => s + x.content.length, 0);
console.log(`${stageName}: ${inputs.length} sources, ${(chars / 1e6).toFixed(2)} M chars, ${rounds} rounds each, alternately, CPU ms a round; outputs equal`);
for (const side of sides) console.log(`${side.label}: median ${median(side.ms)!.toFixed(1)}, min ${Math.min(...side.ms).toFixed(1)} [${side.ms.map((m) => m.toFixed(0)).join(' ')}]`);
const ratios = sides[0]!.ms.map((a, r) => a / sides[1]!.ms[r]!);
console.log(`A/B: of the medians ${(median(sides[0]!.ms) / median(sides[1]!.ms)).toFixed(3)}; median of the rounds' ratios ${median(ratios).toFixed(3)} [${ratios.map((x) => x.toFixed(2)).join(' ')}]`);
