// A rerun's taking of the snapshot's records, alone: read the snapshot a run left in CACHE, take
// every record (as a rerun that finds every stamp unchanged: each result decoded, its strings
// shared as build.ts shares them), CPU ms and clock ms of each step. With --code DIR and
// --other-cache CACHE2 (a snapshot that code wrote: the layout may differ), that checkout's code
// runs on its snapshot in the same process, alternately with this one's, ROUNDS times each:
//   node --expose-gc --import tsx bench/snapshot-take.ts --cache CACHE [--code DIR --other-cache CACHE2] [--rounds 5]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { cacheSettings } from '../pipeline/cache/index.js';

const { values } = parseArgs({ options: { cache: { type: 'string' }, rounds: { type: 'string' }, code: { type: 'string' }, 'other-cache': { type: 'string' } } });
const here = path.join(import.meta.dirname, '..');
const load = async (code: string) => ({
  snapshot: (await import(pathToFileURL(path.join(code, 'pipeline/cache/source-snapshot.ts')).href)) as typeof import('../pipeline/cache/source-snapshot.js'),
  pool: (await import(pathToFileURL(path.join(code, 'pipeline/extract-pool.ts')).href)) as typeof import('../pipeline/extract-pool.js'),
});
const sides = [{ name: 'this', code: await load(here), cache: values.cache! }];
if (values.code) sides.unshift({ name: 'other', code: await load(path.resolve(values.code)), cache: values['other-cache']! });
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };

for (let round = 0; round < Number(values.rounds ?? 5); round++) {
  for (const { name, code, cache } of sides) {
    globalThis.gc?.();
    const marks: Array<[string, number, number]> = [['start', cpuMs(), performance.now()]];
    const snapshot = code.snapshot.SourceSnapshot.read(cacheSettings(cache))!;
    marks.push(['read', cpuMs(), performance.now()]);
    const compactor = new code.pool.ExtractionCompactor();
    const kept = [];
    // Every record, by the file and stamp it was written for.
    for (const [id, { stamp }] of (snapshot as unknown as { records: Map<string, { stamp: string }> }).records) {
      const [sourceId, file, filePath, format, sidecarPath] = JSON.parse(id) as [string, string, string, string, string | null];
      const record = snapshot.take({ sourceId, file, path: filePath, format, sidecarPath } as never, stamp)!;
      const x = record.result.extraction;
      if (x && !(record as { candidatesShared?: boolean }).candidatesShared) record.result.extraction = { ...compactor.compact({ ...x, actorDefinitions: [] }), actorDefinitions: x.actorDefinitions };
      kept.push(record);
    }
    marks.push(['take', cpuMs(), performance.now()]);
    console.log(JSON.stringify({ code: name, records: kept.length, ...Object.fromEntries(marks.slice(1).map(([step, cpu, clock], i) => [step, { cpuMs: Math.round(cpu - marks[i]![1]), ms: Math.round(clock - marks[i]![2]) }])) }));
  }
}
