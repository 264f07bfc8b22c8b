// A/B measure of rendering a source's mention rows (emit/mention-block.ts renderMentions: the rows
// built, validated, and written as CSV and JSON texts): this checkout's against another
// checkout's, alternately round by round in one process, over extractions made once beforehand,
// so that both see the same load. The two must give equal texts, or the measure stops. Prints
// each side's median CPU ms a round and the ratio A/B (below 1: this checkout is faster).
//
//   node --expose-gc --import tsx bench/ab-render.ts DIR --code OTHER [--count 300] [--rounds 15]
// OTHER is the root of another checkout (its pipeline/ and schemas/, e.g. `git archive` of main, with a
// node_modules link to this checkout's and its package.json, so that its imports resolve).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderMentions } from '../pipeline/emit/mention-block.js';
import { extractSource } from '../pipeline/extract/index.js';
import type { SourceExtraction } from '../pipeline/model.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes } from '../pipeline/read/read-source.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { code: { type: 'string' }, count: { type: 'string' }, rounds: { type: 'string' } } });
const other = (await import(pathToFileURL(path.resolve(values.code!, 'pipeline/emit/mention-block.ts')).href)) as { renderMentions: typeof renderMentions };
const { files: all } = await listSources(positionals[0]!);
const rounds = Number(values.rounds ?? 15);
const extractions: SourceExtraction[] = [];
for (const file of all.slice(0, Number(values.count ?? 300))) {
  const reading = await readSource(file, await readSourceBytes(file));
  if (reading.ok) extractions.push(extractSource(reading.document));
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const sides = { A: renderMentions, B: other.renderMentions };
const spent: Record<'A' | 'B', number[]> = { A: [], B: [] };
let rows = 0;
for (let round = 0; round < rounds; round++) {
  for (const side of (round % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>) {
    gc();
    const t = cpuMs();
    for (const x of extractions) sides[side](x);
    spent[side].push(cpuMs() - t);
  }
}
for (const x of extractions) {
  const a = renderMentions(x);
  const b = other.renderMentions(x);
  if (a.csv !== b.csv || a.json !== b.json || a.count !== b.count || JSON.stringify(a.rejects) !== JSON.stringify(b.rejects)) throw new Error(`${x.source.source_id}: the two renderings differ`);
  rows += a.count;
}
const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)]!;
console.log(`${extractions.length} sources, ${rows} rows, ${rounds} rounds; median CPU ms a round: A ${median(spent.A).toFixed(1)}, B ${median(spent.B).toFixed(1)}, A/B ${(median(spent.A) / median(spent.B)).toFixed(3)}`);
