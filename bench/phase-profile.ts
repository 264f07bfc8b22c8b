// Time of each phase of one build (extract, normalize, plan, write) in one process, and peak RSS:
//   tsx bench/phase-profile.ts DIR [WORKERS]   (writes to /tmp/perf/phase-out)
import fs from 'node:fs/promises';
import { extractAll } from '../pipeline/extract-pool.js';
import { normalize } from '../pipeline/normalize/index.js';
import { planRelease, writeRelease } from '../pipeline/emit/index.js';
import { listSources } from '../pipeline/read/read-folder.js';
import type { SourceExtraction } from '../pipeline/model.js';
const dir = process.argv[2]!;
const t0 = performance.now();
const { files } = await listSources(dir);
const xs: SourceExtraction[] = [];
await extractAll(files, { workers: Number(process.argv[3] ?? 2), onResult: (_i, r) => { if (r.extraction) xs.push(r.extraction); } });
const t1 = performance.now();
const n = normalize(xs);
const t2 = performance.now();
const rel = planRelease(null, n);
const t3 = performance.now();
await fs.rm('/tmp/perf/phase-out', { recursive: true, force: true });
await fs.mkdir('/tmp/perf/phase-out');
await writeRelease('/tmp/perf/phase-out', n, rel, null, { sourcesFound: files.length, readProblems: [], previousChangesJson: null });
const t4 = performance.now();
console.log(JSON.stringify({ sources: files.length, extract_s: (t1 - t0) / 1000, normalize_s: (t2 - t1) / 1000, plan_s: (t3 - t2) / 1000, write_s: (t4 - t3) / 1000, rssMB: process.resourceUsage().maxRSS / 1024, mentions: n.tables.mentions.length, events: n.tables.events.length }));
