// CPU of the reader and of the amounts, sentences, places and figures stages alone, warm, one
// thread: each stage run over every source after a warm-up, least and median CPU ms of N rounds.
// The HTML reader runs over the .html sources of a second folder (4 times each: they are few).
//
//   tsx bench/text-parts.ts DIR [ROUNDS] [HTML_DIR]        (ONLY=read-text,amounts,... to pick stages)
// To compare two versions as a worker runs them (bundled, without tsx), bundle this file in each
// tree with the worker bundle's options (pipeline/extract-worker-bundle.ts: esm, node20,
// regexp-unicode-property-escapes, packages external, each module's own import.meta.url) and run
// the two bundles alternately, several times each.
import { findActors, findPlaces } from '../pipeline/extract/actors/index.js';
import { recognizeAmounts } from '../pipeline/extract/amounts/index.js';
import { findDateMentions, reasonPublication } from '../pipeline/extract/dates/index.js';
import { findFigures } from '../pipeline/extract/figures/index.js';
import { splitSentences } from '../pipeline/extract/sentences.js';
import type { SourceDocument } from '../pipeline/model.js';
import { listSources, type SourceFile } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes, type SourceBytes } from '../pipeline/read/read-source.js';

const [dir, roundsArg, htmlDir] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);

async function load(folder: string, only?: SourceFile['format']): Promise<Array<[SourceFile, SourceBytes]>> {
  const { files } = await listSources(folder);
  const kept = only ? files.filter((f) => f.format === only) : files;
  return Promise.all(kept.map(async (f) => [f, await readSourceBytes(f)] as [SourceFile, SourceBytes]));
}
const sources = await load(dir!);
const pages = htmlDir ? await load(htmlDir, 'html') : [];
const docs: SourceDocument[] = [];
for (const [f, b] of sources) {
  const r = await readSource(f, b);
  if (r.ok) docs.push(r.document);
}
// The inputs of the later stages, computed once.
const inputs = docs.map((doc) => {
  const { content } = doc;
  const dct = (doc.published ?? reasonPublication(content, doc.dateline))?.value ?? null;
  return { content, sentences: splitSentences(content), dates: findDateMentions(content, { dct }), actors: findActors(content, { date: dct }).mentions, amounts: recognizeAmounts(content) };
});

const stages: Array<[string, () => Promise<void> | void]> = [
  ['read-text', async () => { for (const [f, b] of sources) await readSource(f, b); }],
  ['read-html', async () => { for (let k = 0; k < 4; k++) for (const [f, b] of pages) await readSource(f, b); }],
  ['sentences', () => { for (const x of inputs) splitSentences(x.content); }],
  // (findPlaces tokenizes the text unless findActors just did: in a worker it did)
  ['places', () => { for (const x of inputs) findPlaces(x.content); }],
  ['amounts', () => { for (const x of inputs) recognizeAmounts(x.content); }],
  ['figures', () => { for (const x of inputs) findFigures(x); }],
];
const only = process.env.ONLY?.split(',');
const out: string[] = [];
for (const [name, run] of stages) {
  if ((only && !only.includes(name)) || (name === 'read-html' && pages.length === 0)) continue;
  await run();
  const spent: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.cpuUsage();
    await run();
    const u = process.cpuUsage(t);
    spent.push((u.user + u.system) / 1000);
  }
  spent.sort((a, b) => a - b);
  out.push(`${name}: least ${spent[0]!.toFixed(0)} median ${spent[spent.length >> 1]!.toFixed(0)} ms`);
}
console.log(`${docs.length} sources, ${pages.length} pages x 4; CPU ms, ${rounds} rounds: ${out.join(' | ')}`);
