// CPU time of each phase of a source's extraction as a worker of a full run does it
// (extract-file.ts), one thread, over every source of a folder in order (no repeats, as in a run):
// read, the rules (extractSource), rendering the mention rows, writing the rows and the entry to
// the run's spool folder (hashes included), and the hand-over: the structured clone a worker's
// postMessage makes of the entry's text, and the main thread's parse of it. Prints the CPU per source of each block of sources, so that warm-up shows, and
// then the first block again, warm, as bench/stage-profile.ts measures the rules.
//
//   tsx bench/source-phases.ts DIR [--block 250]
// (Process CPU time: it counts V8's helper threads, as a worker's share of a run does.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheKey, writeSourceEntry } from '../pipeline/cache/extract-cache.js';
import { rulesVersion } from '../pipeline/cache/index.js';
import { renderMentions } from '../pipeline/emit/mention-block.js';
import { extractSource } from '../pipeline/extract/index.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes } from '../pipeline/read/read-source.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { block: { type: 'string' } } });
const block = Number(values.block ?? 250);
const { files } = await listSources(positionals[0]!);
const phases = ['read', 'rules', 'render', 'spool', 'clone'] as const;
// A spool folder as a run without a cache writes (build.ts).
const spool = { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'source-phases-')), rulesVersion: rulesVersion() };
type Phase = (typeof phases)[number];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function run(from: number, to: number): Promise<Record<Phase, number>> {
  const spent: Record<Phase, number> = { read: 0, rules: 0, render: 0, spool: 0, clone: 0 };
  for (let i = from; i < to; i++) {
    let t = cpuMs();
    const lap = (phase: Phase) => {
      const now = cpuMs();
      spent[phase] += now - t;
      t = now;
    };
    const file = files[i]!;
    const input = await readSourceBytes(file);
    const reading = await readSource(file, input);
    lap('read');
    if (!reading.ok) continue;
    const full = extractSource(reading.document);
    lap('rules');
    const rendered = renderMentions(full);
    lap('render');
    const extraction = { ...full, dates: [], actors: [], amounts: [] };
    const key = cacheKey(spool, file, input.bytes, input.sidecar);
    const { text } = writeSourceEntry(spool, key, [rendered.csv, rendered.json], ([csv, json]) => ({ extraction, problems: [], mentions: { count: rendered.count, rejects: rendered.rejects, csv, json } }))!;
    lap('spool');
    JSON.parse(structuredClone({ entry: { key, text } }).entry.text);
    lap('clone');
  }
  return spent;
}

const row = (label: string, n: number, spent: Record<Phase, number>) => {
  const total = phases.reduce((s, p) => s + spent[p], 0);
  console.log(`| ${label} | ${phases.map((p) => (spent[p] / n).toFixed(2)).join(' | ')} | ${(total / n).toFixed(2)} |`);
};
console.log(`${files.length} sources; CPU ms per source`);
console.log(`| sources | ${phases.join(' | ')} | total |`);
console.log(`| --- | ${phases.map(() => '---').join(' | ')} | --- |`);
for (let from = 0; from < files.length; from += block) {
  const to = Math.min(files.length, from + block);
  row(`${from + 1}–${to}`, to - from, await run(from, to));
}
const first = Math.min(block, files.length);
row(`1–${first} again`, first, await run(0, first));
fs.rmSync(spool.dir, { recursive: true, force: true });
