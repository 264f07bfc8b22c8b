// The JSON files of the five tables emit compares with the previous release (sources, actors,
// events, evidence, figures: not the mentions), written and compared as writeRelease does it,
// with two checkouts' code (--a, --b) alternately in one process: CPU ms a round (a forced
// collection before and after, counted), and whether both found the same changes and wrote the
// same bytes. NEW is a release whose tables are written again (e.g. a rerun's); PREVIOUS the
// release they are compared with (e.g. the release before that rerun; an empty folder for a first
// release, as a full run without a previous release). A checkout without
// pipeline/emit/compared-table.ts is run the way emit did before it (writeJsonTable, record by record).
//   node --expose-gc --import tsx bench/ab-json-tables.ts --new NEW --previous PREVIOUS --a DIR --b DIR [--rounds 8] [--out DIR]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { cpuMs } from './cpu-time.js';

const { values } = parseArgs({ options: { new: { type: 'string' }, previous: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, out: { type: 'string' } } });
const TABLES = ['sources', 'actors', 'events', 'evidence', 'figures'];
type Row = Record<string, unknown>;
const load = async (dir: string) => {
  const module = (file: string) => import(pathToFileURL(path.join(dir, 'pipeline/emit', file)).href);
  const compared = existsSync(path.join(dir, 'pipeline/emit/compared-table.ts')) ? await module('compared-table.ts') : null;
  return { dir, changes: await module('changes.ts'), table: await module('write-table.ts'), compared };
};
const codes = [await load(path.resolve(values.a!)), await load(path.resolve(values.b!))];
const rows: Record<string, Row[]> = {};
for (const t of TABLES) rows[t] = JSON.parse(readFileSync(path.join(values.new!, 'json', `${t}.json`), 'utf8'));
const previous = { version: '1.0.0', tables: {}, columns: {}, changelog: '', dir: path.resolve(values.previous!) };
const out = values.out ?? '/tmp/perf/ab-json-tables';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => { throw new Error('run node with --expose-gc'); });

const results = codes.map(() => ({ ms: [] as number[], changes: '' }));
for (let round = 0; round < Number(values.rounds ?? 8); round++) {
  for (const [k, code] of codes.entries()) {
    const dir = path.join(out, String(k));
    mkdirSync(dir, { recursive: true });
    gc();
    const start = cpuMs();
    const changes: Record<string, unknown> = {};
    for (const t of TABLES) {
      const records = rows[t]!;
      const comparison = new code.changes.TableComparison(t, previous);
      const file = path.join(dir, `${t}.json`);
      if (code.compared) await code.compared.writeComparedJsonTable(file, records, comparison);
      else {
        await code.table.writeJsonTable(file, records, (piece: { start: number; bodies: string[] }) => {
          for (let i = 0; i < piece.bodies.length; i++) comparison.add(piece.start + i, records[piece.start + i]!, piece.bodies[i]!);
        });
      }
      changes[t] = comparison.finish(records);
    }
    gc();
    results[k]!.ms.push(Math.round(cpuMs() - start));
    results[k]!.changes = JSON.stringify(changes);
  }
}
const sameBytes = TABLES.every((t) => readFileSync(path.join(out, '0', `${t}.json`)).equals(readFileSync(path.join(out, '1', `${t}.json`))));
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const [k, code] of codes.entries()) console.log(JSON.stringify({ code: code.dir, cpuMs: results[k]!.ms, median: median(results[k]!.ms) }));
console.log(JSON.stringify({ sameChanges: results[0]!.changes === results[1]!.changes, sameBytes }));
