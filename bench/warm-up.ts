// The extraction's warm-up in a fresh process: CPU time per source, by blocks of sources in
// order, over a first pass (cold: lexicons loading, the optimising compiler warming up on the
// rules) and a second pass over the same sources (warm). A worker thread pays the first pass's
// excess on its own; node flags such as --no-opt show what of it is the optimising compiler.
//   node --import tsx bench/warm-up.ts DIR [--block 100]
import { parseArgs } from 'node:util';
import { extractSource } from '../pipeline/extract/index.js';
import type { SourceDocument } from '../pipeline/model.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes } from '../pipeline/read/read-source.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { block: { type: 'string' } } });
if (!positionals[0]) {
  console.error('usage: node --import tsx bench/warm-up.ts DIR [--block 100]');
  process.exit(2);
}
const block = Number(values.block ?? 100);
const { files } = await listSources(positionals[0]);
const docs: SourceDocument[] = [];
for (const f of files) {
  const r = await readSource(f, await readSourceBytes(f));
  if (r.ok) docs.push(r.document);
}
for (const pass of ['first (cold)', 'second (warm)']) {
  const perSource: string[] = [];
  for (let b = 0; b < docs.length; b += block) {
    // CPU time of the whole process: the compiler's background threads count too.
    const t = process.cpuUsage();
    for (const d of docs.slice(b, b + block)) extractSource(d);
    const used = process.cpuUsage(t);
    perSource.push(((used.user + used.system) / 1000 / Math.min(block, docs.length - b)).toFixed(1));
  }
  console.log(`${pass} pass, CPU ms a source by blocks of ${block}: ${perSource.join(' ')}`);
}
