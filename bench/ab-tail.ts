// A build's tail (normalize and the write, the mentions table in its thread as build.ts starts it)
// with two checkouts' code (--a, --b), alternately in one process, on a snapshot of
// bench/phase-profile.ts: for each round the clock, the CPU of all threads and of the main thread
// alone (/proc/thread-self/stat), split into reading the previous release, normalize and the
// write; at the end whether the two wrote the same bytes. --previous: a release written first
// (by --a's code) is the previous one, as in a rerun (its events read from the release, not the
// cache's id index). --prior: each source gets a digest (its id; one source none, so that its
// merge group is fitted again, as a new source's is) and the merge takes over the state the
// first normalize left, as a rerun does. --normalize: normalize alone, without the write. --only
// SUBSTRING: only the code whose folder holds it (for one code under --cpu-prof).
//   node --expose-gc --import tsx bench/ab-tail.ts --snapshot FILE --a DIR --b DIR [--rounds 3] [--previous] [--prior] [--normalize] [--only S] [--out DIR]
// (DIR: a checkout with node_modules linked, e.g. `git worktree add --detach DIR main`.)
import { createReadStream, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { execSync } from 'node:child_process';
import { cpuMs, threadCpuMs } from './cpu-time.js';

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, previous: { type: 'boolean' }, prior: { type: 'boolean' }, out: { type: 'string' }, only: { type: 'string' }, normalize: { type: 'boolean' } } });
const out = values.out ?? '/tmp/perf/ab-tail';
await fs.rm(out, { recursive: true, force: true });
const spool = path.join(out, 'spool');
await fs.mkdir(spool, { recursive: true });
const load = async (dir: string) => ({
  dir,
  build: await import(path.join(dir, 'pipeline/build.ts')),
  pool: await import(path.join(dir, 'pipeline/extract-pool.ts')),
  emit: await import(path.join(dir, 'pipeline/emit/index.ts')),
  table: await import(path.join(dir, 'pipeline/emit/mention-table.ts')),
  thread: await import(path.join(dir, 'pipeline/emit/mention-table-thread.ts')),
  norm: await import(path.join(dir, 'pipeline/normalize/index.ts')),
  prev: await import(path.join(dir, 'pipeline/emit/previous-release.ts')),
  hash: await import(path.join(dir, 'pipeline/lib/hash.ts')),
});
const A = await load(values.a!);
const B = await load(values.b!);
const compactor = new A.pool.ExtractionCompactor();
const xs: any[] = [];
for await (const line of readline.createInterface({ input: createReadStream(values.snapshot!) })) {
  const x = compactor.compact(JSON.parse(line));
  const block = x.mentionBlock;
  if (block) {
    const fragment = async (part: 'csv' | 'json') => {
      const bytes = Buffer.from(block[part].text);
      const file = path.join(spool, `${xs.length}.${part}`);
      await fs.writeFile(file, bytes);
      return { file, sha256: A.hash.sha256Hex(bytes), bytes: bytes.length, offset: 0 };
    };
    x.mentionBlock = { ...block, csv: await fragment('csv'), json: await fragment('json') };
  }
  xs.push(x);
}
const gc = A.build.collectGarbage;
if (values.prior) xs.forEach((x, i) => { x.digest = i === 5000 ? null : `d${x.source.source_id}`; });
gc();

let priorState: unknown = null;
/** Each code's last normalized tables, as text (--normalize). */
const tablesOf = new Map<unknown, string>();
async function tail(C: any, dir: string, previousDir: string | null) {
  await fs.rm(dir, { recursive: true, force: true });
  // The thread opens csv/ and json/ files as soon as it runs, which can be before writeRelease makes them.
  for (const sub of ['csv', 'json']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  gc(0);
  const [t0, c0, m0] = [performance.now(), cpuMs(), threadCpuMs()];
  const previous = previousDir ? await C.prev.readPreviousRelease(previousDir) : null;
  const previousEvents = previousDir ? await C.prev.readPreviousEvents(previousDir) : null;
  const m1 = threadCpuMs();
  const rendered = values.normalize ? null : C.norm.renderedMentionTable(xs);
  const started = rendered && C.thread.startMentionTable(dir, rendered, C.table.byteBaseline(previous));
  const normalized = C.norm.normalize(xs, previousEvents, { betweenSteps: gc, priorMerge: values.prior ? { codeVersion: 'v', state: priorState } : null });
  if (values.prior && priorState === null) priorState = JSON.parse(JSON.stringify(normalized.mergeState));
  const m2 = threadCpuMs();
  if (values.normalize) {
    tablesOf.set(C, JSON.stringify([normalized.tables.events, normalized.tables.evidence, normalized.tables.figures, normalized.tables.actors, normalized.rejects.length]));
    return { main: (m2 - m1) / 1000, normalize: (m2 - m1) / 1000, load: +readFileSync('/proc/loadavg', 'utf8').split(' ')[0]! };
  }
  gc();
  const previousChangesJson = previousDir ? await fs.readFile(path.join(previousDir, 'changes.json'), 'utf8').catch(() => null) : null;
  await C.emit.writeRelease(dir, normalized, previous, { sourcesFound: xs.length, readProblems: [], previousChangesJson }, { betweenTables: gc, mentionsThread: started });
  const m3 = threadCpuMs();
  const s = (ms: number) => +(ms / 1000).toFixed(2);
  return { seconds: s(performance.now() - t0), cpu: s(cpuMs() - c0), main: s(m3 - m0), prev: s(m1 - m0), normalize: s(m2 - m1), write: s(m3 - m2), load: +readFileSync('/proc/loadavg', 'utf8').split(' ')[0]! };
}
let previousDir: string | null = null;
if (values.previous) {
  previousDir = path.join(out, 'prev');
  await tail(A, previousDir, null);
}
const rounds = Number(values.rounds ?? 3);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 ? [B, A] : [A, B];
  for (const C of order) {
    if (values.only && !C.dir.includes(values.only)) continue;
    const r = await tail(C, path.join(out, C === A ? 'a' : 'b'), previousDir);
    console.log(JSON.stringify({ round, code: C === A ? 'A' : 'B', ...r }));
  }
}
if (values.normalize) console.log(tablesOf.get(A) === tablesOf.get(B) ? 'same tables' : 'TABLES DIFFER');
else if (!values.only) {
  try { execSync(`diff -r -q ${path.join(out, 'a')} ${path.join(out, 'b')}`); console.log('same bytes'); } catch (e: any) { console.log('DIFFER', e.stdout?.toString().slice(0, 500)); }
}
await fs.rm(out, { recursive: true, force: true });
