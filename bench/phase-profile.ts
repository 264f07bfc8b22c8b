// Time of each phase of one build in one process (extract, read the previous release, normalize,
// write: emit compares the tables with the previous release as it writes them), the live heap
// after extract and after normalize (after a full collection, as a build runs one there), and peak RSS:
//   tsx --expose-gc bench/phase-profile.ts DIR [WORKERS] [--cache DIR | --snapshot FILE] [--previous DIR] [--out DIR]
// With --cache a second run takes extraction from the cache; with --snapshot the extractions are
// saved to FILE (JSON lines) by the first run and read back by later ones, whatever the rules
// version, so that normalize and emit can be profiled alone while the extractors change
// (node --cpu-prof --import tsx bench/phase-profile.ts ...). Writes to --out (default
// /tmp/perf/phase-out).
import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { collectGarbage } from '../pipeline/build.js';
import { cacheSettings } from '../pipeline/cache/index.js';
import { ExtractionCompactor, extractAll } from '../pipeline/extract-pool.js';
import { normalize } from '../pipeline/normalize/index.js';
import { writeRelease } from '../pipeline/emit/index.js';
import { readPreviousEvents, readPreviousRelease } from '../pipeline/emit/previous-release.js';
import { listSources } from '../pipeline/read/read-folder.js';
import { readFragment } from '../pipeline/emit/mention-block.js';
import type { NormalizeInput } from '../pipeline/normalize/index.js';
import { cpuMs } from './cpu-time.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { cache: { type: 'string' }, snapshot: { type: 'string' }, previous: { type: 'string' }, out: { type: 'string' } } });
const dir = positionals[0]!;
const out = values.out ?? '/tmp/perf/phase-out';
const seconds = (from: number, to: number) => +((to - from) / 1000).toFixed(2);
// CPU time of the whole process (all threads) at each mark: steadier than the clock on a shared machine.
const cpu: number[] = [cpuMs()];
const t0 = performance.now();
const { files } = await listSources(dir);
const xs: NormalizeInput[] = [];
if (values.snapshot && existsSync(values.snapshot)) {
  // Shared as the pool shares what it receives, so that memory is as in a build.
  const compactor = new ExtractionCompactor();
  for await (const line of readline.createInterface({ input: createReadStream(values.snapshot) })) xs.push(compactor.compact(JSON.parse(line)));
} else {
  await extractAll(files, { workers: Number(positionals[1] ?? 2), cache: values.cache ? cacheSettings(values.cache) : null, onResult: (_i, r) => { if (r.extraction) xs.push({ ...r.extraction, mentionBlock: r.mentions }); } });
  if (values.snapshot) {
    // The mention rows as text, so that the snapshot does not depend on the cache's files.
    const fd = openSync(values.snapshot, 'w');
    for (const x of xs) {
      const block = x.mentionBlock ? { ...x.mentionBlock, origin: undefined, csv: { text: (await readFragment(x.mentionBlock, 'csv')).toString('utf8') }, json: { text: (await readFragment(x.mentionBlock, 'json')).toString('utf8') } } : null;
      writeSync(fd, `${JSON.stringify({ ...x, mentionBlock: block })}\n`);
    }
    closeSync(fd);
  }
}
const t1 = performance.now();
cpu[1] = cpuMs();
collectGarbage(); // as a build does, here and in normalize
const heapAfterExtract = Math.round(process.memoryUsage().heapUsed / 1e6);
const peakAfterExtract = Math.round(process.resourceUsage().maxRSS / 1024);
const previous = values.previous ? await readPreviousRelease(values.previous) : null;
const t2 = performance.now();
cpu[2] = cpuMs();
const n = normalize(xs, previous ? await readPreviousEvents(previous.dir!) : null, { consume: true, betweenSteps: collectGarbage });
const t3 = performance.now();
cpu[3] = cpuMs();
xs.length = 0;
collectGarbage();
const heapAfterNormalize = Math.round(process.memoryUsage().heapUsed / 1e6);
const peakAfterNormalize = Math.round(process.resourceUsage().maxRSS / 1024);
const t4 = performance.now();
cpu[4] = cpuMs();
await fs.rm(out, { recursive: true, force: true });
await fs.mkdir(out, { recursive: true });
const mentions = n.tables.mentions.length;
await writeRelease(out, n, previous, { sourcesFound: files.length, readProblems: [], previousChangesJson: null }, { betweenTables: collectGarbage, consume: true });
const t5 = performance.now();
cpu[5] = cpuMs();
console.log(JSON.stringify({ sources: files.length, extract_s: seconds(t0, t1), previous_s: seconds(t1, t2), normalize_s: seconds(t2, t3), write_s: seconds(t4, t5), extract_cpu_s: seconds(cpu[0]!, cpu[1]!), previous_cpu_s: seconds(cpu[1]!, cpu[2]!), normalize_cpu_s: seconds(cpu[2]!, cpu[3]!), write_cpu_s: seconds(cpu[4]!, cpu[5]!), rssMB: Math.round(process.resourceUsage().maxRSS / 1024), heapAfterExtract, heapAfterNormalize, peakAfterExtract, peakAfterNormalize, mentions, events: n.tables.events.length }));
