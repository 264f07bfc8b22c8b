// CPU time of what a worker does with a source after the rules (extract-file.ts), step by step,
// over results extracted once beforehand, so that the rules' cost and their warm-up stay out:
// rendering the mention rows, the cache key, the two fragment files, the entry, and handing the
// result over to the main thread, both ways on the same entries: as the ninth session does (the
// entry's text cloned into the message and parsed where it arrives) and as before (the entry
// parsed back in the worker and its values cloned). The least CPU of several rounds, each round
// into a fresh spool folder as a full run writes.
//
//   tsx bench/worker-tail.ts DIR [--count 300] [--rounds 7]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheKey, writeSourceEntry } from '../pipeline/cache/extract-cache.js';
import { rulesVersion } from '../pipeline/cache/index.js';
import { renderMentions } from '../pipeline/emit/mention-block.js';
import { extractSource } from '../pipeline/extract/index.js';
import type { SourceExtraction } from '../pipeline/model.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readSource, readSourceBytes } from '../pipeline/read/read-source.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string' }, rounds: { type: 'string' } } });
const { files: all } = await listSources(positionals[0]!);
const files = all.slice(0, Number(values.count ?? 300));
const rounds = Number(values.rounds ?? 7);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const prepared: Array<{ file: (typeof files)[number]; bytes: Uint8Array; sidecar: Uint8Array | null; full: SourceExtraction }> = [];
for (const file of files) {
  const input = await readSourceBytes(file);
  const reading = await readSource(file, input);
  if (reading.ok) prepared.push({ file, bytes: input.bytes, sidecar: input.sidecar, full: extractSource(reading.document) });
}

const steps = ['render', 'key', 'fragments', 'entry', 'hand-over: text', 'hand-over: values'] as const;
type Step = (typeof steps)[number];
const least = Object.fromEntries(steps.map((s) => [s, Infinity])) as Record<Step, number>;
for (let round = 0; round < rounds; round++) {
  const spool = { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'worker-tail-')), rulesVersion: rulesVersion() };
  const spent = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  for (const { file, bytes, sidecar, full } of prepared) {
    let t = cpuMs();
    const lap = (step: Step) => {
      const now = cpuMs();
      spent[step] += now - t;
      t = now;
    };
    const rendered = renderMentions(full);
    lap('render');
    const key = cacheKey(spool, file, bytes, sidecar);
    lap('key');
    // The fragments and the entry are one record of a pack since CACHE_FORMAT 4: timed together.
    const { text } = writeSourceEntry(spool, key, [rendered.csv, rendered.json], ([csv, json]) => ({ extraction: { ...full, dates: [], actors: [], amounts: [] }, problems: [], mentions: { count: rendered.count, rejects: rendered.rejects, csv, json } }))!;
    lap('fragments');
    lap('entry'); // nothing of its own: written with the fragments
    JSON.parse(structuredClone({ key, text }).text);
    lap('hand-over: text');
    structuredClone(JSON.parse(text));
    lap('hand-over: values');
  }
  fs.rmSync(spool.dir, { recursive: true, force: true });
  for (const s of steps) least[s] = Math.min(least[s], spent[s]);
}
console.log(`${prepared.length} sources, ${rounds} rounds; least CPU ms per source`);
for (const s of steps) console.log(`${s.padEnd(18)} ${(least[s] / prepared.length).toFixed(3)}`);
