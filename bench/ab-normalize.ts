// Normalize alone as a rerun of 10,000 + 1 makes it, two checkouts' code (--a, --b) alternately in
// one process, on a snapshot of bench/phase-profile.ts: each code's own merge state is made first
// from the snapshot's sources (each with a digest, as a full run leaves it; the two codes' states
// may differ in form), then each timed round adds one source (a copy of one, as "zz-new-source",
// no digest, last in merge order, as the bench's rerun adds one) and takes over that state, with
// the previous release's events read from --previous (the full run's release of the same
// sources). Each round's main-thread CPU ms counts normalize and the state's JSON text made and
// read back (a rerun writes it, the next one reads it). At the end whether both made the same
// tables, and the same merge state (which differs where the two codes keep different states). Unlike bench/ab-tail.ts --prior
// --normalize, each code has its own state and a previous release, and the changed source sorts
// last, so the merge replays all but its groups' new mentions, as the bench's rerun does.
//   node --expose-gc --import tsx bench/ab-normalize.ts --snapshot FILE --previous DIR --a DIR --b DIR [--rounds 6] [--only S] [--full]
// --full: no prior state and no previous release (a full run's normalize). --only SUBSTRING: only
// the code whose folder holds it (for one code under --cpu-prof).
// (DIR: a checkout with node_modules linked, e.g. `git worktree add --detach DIR main`.)
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { threadCpuMs } from './cpu-time.js';
const { values } = parseArgs({ options: { snapshot: { type: 'string' }, previous: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' }, full: { type: 'boolean' } } });
const load = async (dir: string) => ({
  dir,
  build: await import(path.join(dir, 'pipeline/build.ts')),
  pool: await import(path.join(dir, 'pipeline/extract-pool.ts')),
  norm: await import(path.join(dir, 'pipeline/normalize/index.ts')),
  prev: await import(path.join(dir, 'pipeline/emit/previous-release.ts')),
});
const A = await load(values.a!);
const B = await load(values.b!);
const compactor = new A.pool.ExtractionCompactor();
const xs: any[] = [];
for await (const line of readline.createInterface({ input: createReadStream(values.snapshot!) })) {
  const x = compactor.compact(JSON.parse(line));
  x.digest = `d${x.source.source_id}`;
  xs.push(x);
}
const gc = A.build.collectGarbage;
const full = !!values.full;
// Each code's own prior state (their formats may differ), as its full run would have left it.
const priorStates = new Map<unknown, unknown>();
if (!full) for (const C of [A, B]) if (!values.only || C.dir.includes(values.only)) priorStates.set(C, JSON.parse(JSON.stringify(C.norm.normalize(xs, null, { priorMerge: { codeVersion: 'v', state: null } }).mergeState)));
const donor = xs[1234];
const all = full ? xs : [...xs, { ...donor, source: { ...donor.source, source_id: 'zz-new-source' }, digest: null }];
const tablesOf = new Map<unknown, string>();
const statesOf = new Map<unknown, string>();
const rounds = Number(values.rounds ?? 6);
const res: Record<string, number[]> = { A: [], B: [] };
for (let round = 0; round < rounds; round++) {
  for (const C of round % 2 ? [B, A] : [A, B]) {
    if (values.only && !C.dir.includes(values.only)) continue;
    const previousEvents = full ? null : await C.prev.readPreviousEvents(values.previous!);
    gc();
    const m0 = threadCpuMs();
    const n = C.norm.normalize(all, previousEvents, { betweenSteps: gc, priorMerge: full ? null : { codeVersion: 'v', state: priorStates.get(C) } });
    // The state's text made and read back, as a rerun writes it and the next one reads it.
    if (n.mergeState) JSON.parse(JSON.stringify(n.mergeState));
    const ms = threadCpuMs() - m0;
    res[C === A ? 'A' : 'B']!.push(ms);
    console.log(JSON.stringify({ round, code: C === A ? 'A' : 'B', ms, replayed: n.replayed, load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0] }));
    tablesOf.set(C, JSON.stringify([n.tables.sources, n.tables.events, n.tables.evidence, n.tables.figures, n.tables.actors, n.rejects, n.undated, n.problems]));
    statesOf.set(C, JSON.stringify(n.mergeState));
  }
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log('A', res.A!.join(' '), 'median', med(res.A!), '| B', res.B!.join(' '), 'median', med(res.B!));
if (!values.only) console.log(tablesOf.get(A) === tablesOf.get(B) ? 'same tables' : 'TABLES DIFFER', statesOf.get(A) === statesOf.get(B) ? 'same state' : 'states differ');
