// The snapshot's part of a rerun that adds one source, alone: read the snapshot a run left in
// CACHE, keep every record (as a rerun that finds every stamp unchanged), add one new record and
// finish; CPU ms and clock ms of each step, ROUNDS times. The file is restored from a copy before
// each round, so every round starts from the same snapshot. Run it with the code of two versions
// (`--code DIR` of another checkout) to compare:
//   tsx bench/snapshot-rerun.ts --cache CACHE [--rounds 5] [--code DIR]
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { cacheSettings } from '../pipeline/cache/index.js';

const { values } = parseArgs({ options: { cache: { type: 'string' }, rounds: { type: 'string' }, code: { type: 'string' } } });
const code = path.resolve(values.code ?? path.join(import.meta.dirname, '..'));
const snapshotModule = (await import(pathToFileURL(path.join(code, 'pipeline/cache/source-snapshot.ts')).href)) as typeof import('../pipeline/cache/source-snapshot.js');
const settings = cacheSettings(values.cache!);
const file = snapshotModule.snapshotPath(settings);
const copy = `${file}.bench-copy`;
copyFileSync(file, copy);
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const newFile = { sourceId: 'zz-bench', file: 'zz-bench.txt', path: '/nonexistent/zz-bench.txt', format: 'text', sidecarPath: null } as never;
const newResult = { extraction: null, problems: [], mentions: null } as never;
try {
  for (let round = 0; round < Number(values.rounds ?? 5); round++) {
    copyFileSync(copy, file);
    const marks: Array<[string, number, number]> = [['start', cpuMs(), performance.now()]];
    const snapshot = snapshotModule.SourceSnapshot.read(settings)!;
    marks.push(['read', cpuMs(), performance.now()]);
    const writer = new snapshotModule.SnapshotWriter(settings, snapshot);
    // Every record kept, as taken: its line as it is (the records' results are not decoded here).
    for (const line of (snapshot as unknown as { records: Map<string, { line: Buffer }> }).records.values()) writer.add(line.line);
    writer.addResult(newFile, '1:2:3:4:5', newResult);
    writer.finish();
    marks.push(['write', cpuMs(), performance.now()]);
    console.log(JSON.stringify(Object.fromEntries(marks.slice(1).map(([name, cpu, clock], i) => [name, { cpuMs: Math.round(cpu - marks[i]![1]), ms: Math.round(clock - marks[i]![2]) }]))));
  }
} finally {
  copyFileSync(copy, file);
  rmSync(copy);
}
