// A developer's first use: install the packed tarball into a fresh project, compile TypeScript
// that imports it under `strict` (node16 as ESM, node16 as CommonJS, bundler), run the output
// with node, and bundle it with esbuild. Wrong enum literals and writes must not compile.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../../pipeline/helpers.js';
import { release, readReleaseJson, releaseFile, run } from '../release.js';
import { packNpm } from './pack.js';

const TSC = path.join(PROJECT, 'node_modules/typescript/bin/tsc');

/** The consumer's code, the same for every module system. Prints what it found as JSON. */
const CONSUMER = `import { actorById, actors, events, eventsBetween, eventsByActor, evidence, evidenceFor, figures, mentions, schemas, sources } from 'iran-pakistan-events';
import type { Actor, Event, EventType, FigureKind, FigureUnit, Row } from 'iran-pakistan-events';

const assault: EventType = 'ASSAULT';
// @ts-expect-error: not a PLOVER event type
const invade: EventType = 'INVADE';
// @ts-expect-error: not a unit of the dataset
const dollars: FigureUnit = 'dollars';
const trade: FigureKind = 'trade_value';
const first: Row<Event> = events[0]!;
export function neverCalled(): void {
  // @ts-expect-error: records are read-only
  first.summary = 'changed';
  // @ts-expect-error: lists are read-only
  first.source_ids.push('x');
  // @ts-expect-error: tables are read-only
  events.push(first);
}
const iran: Row<Actor> | undefined = actorById('iran');
const nobody = actorById(null);
const name: string | undefined = iran?.name;
const type: EventType = first.event_type;
const firstSource: string = first.source_ids[0]; // a non-empty list: its first item is there

function failure(f: () => unknown): string {
  try { f(); return 'none'; } catch (error) { return (error as Error).name; }
}
function mutation(f: () => void): string {
  return failure(f);
}

console.log(JSON.stringify({
  counts: { sources: sources.length, actors: actors.length, events: events.length, evidence: evidence.length, figures: figures.length, mentions: mentions.length },
  literals: [assault, invade, dollars, trade, type],
  firstSource,
  iran: name ?? null,
  nobody: nobody ?? null,
  byActor: eventsByActor('iran').map((e) => e.event_id),
  between2024: eventsBetween('2024', '2024').map((e) => e.event_id),
  betweenJan2024: eventsBetween('2024-01-01', '2024-01-31').map((e) => e.event_id),
  evidenceOfFirst: evidenceFor(first.event_id).map((e) => e.quote),
  schemaTitle: schemas.events.title,
  badDate: failure(() => eventsBetween('16/01/2024', '2024')),
  writeRow: mutation(() => { (first as { summary: string }).summary = 'changed'; }),
  pushList: mutation(() => { (first.source_ids as unknown as string[]).push('x'); }),
}));
`;

const COMPILER = { strict: true, noUncheckedIndexedAccess: true, target: 'ES2022', lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [] };

const VARIANTS = {
  'node16 ESM': { file: 'esm.ts', options: { module: 'node16', moduleResolution: 'node16' }, output: 'esm.js' },
  'node16 CommonJS': { file: 'cjs.cts', options: { module: 'node16', moduleResolution: 'node16' }, output: 'cjs.cjs' },
  bundler: { file: 'bundler.ts', options: { module: 'esnext', moduleResolution: 'bundler' }, output: 'bundler.js' },
} as const;

interface Seen {
  counts: Record<string, number>; literals: string[]; firstSource: string; iran: string | null; nobody: null; byActor: string[];
  between2024: string[]; betweenJan2024: string[]; evidenceOfFirst: string[]; schemaTitle: string;
  badDate: string; writeRow: string; pushList: string;
}

export function consumerChecks(): void {
  describe('a fresh project that installs the packed tarball', () => {
    let project: string;
    const table = <T>(name: string) => readReleaseJson<T[]>('json', `${name}.json`);

    beforeAll(async () => {
      const { tarball } = await packNpm();
      project = path.join(release.work, 'consumer');
      fs.mkdirSync(project, { recursive: true });
      fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      fs.copyFileSync(tarball, path.join(project, 'pkg.tgz'));
      await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', './pkg.tgz'], { cwd: project });
    });

    it('installs no dependency but the package', () => {
      expect(fs.readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['iran-pakistan-events']);
    });

    it.concurrent.for(Object.entries(VARIANTS))('compiles under strict with %s and runs with node', async ([name, variant]) => {
      const dir = path.join(project, name.replace(/\W+/g, '-'));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, variant.file), CONSUMER);
      // The card's own example must compile too (as ESM, the way it is written).
      const example = /```ts\n([\s\S]*?)```/.exec(fs.readFileSync(releaseFile('README.md'), 'utf8'))?.[1];
      expect(example).toBeDefined();
      fs.writeFileSync(path.join(dir, 'readme-example.ts'), example!);
      const files = name === 'node16 CommonJS' ? [variant.file] : [variant.file, 'readme-example.ts'];
      const tsconfig = { compilerOptions: { ...COMPILER, ...variant.options, outDir: 'out', rootDir: '.' }, files };
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
      const compiled = await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir }).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
      expect(compiled.stdout).toBe('');
      const { stdout } = await run(process.execPath, [path.join(dir, 'out', variant.output)], { cwd: dir });
      checkSeen(JSON.parse(stdout) as Seen);
      if (name === 'bundler') {
        // A bundler inlines the JSON tables and the code into one file that needs no package.
        const outfile = path.join(release.work, 'bundle.mjs');
        await build({ entryPoints: [path.join(dir, 'out', variant.output)], bundle: true, platform: 'neutral', format: 'esm', outfile, logLevel: 'silent' });
        checkSeen(JSON.parse((await run(process.execPath, [outfile], { cwd: release.work })).stdout) as Seen);
      }
    });

    function checkSeen(seen: Seen): void {
      const events = table<{ event_id: string; actor1_id: string | null; actor2_id: string | null; date_start: string; date_end: string }>('events');
      const evidence = table<{ event_id: string; quote: string }>('evidence');
      expect(seen.counts).toEqual({
        sources: table('sources').length, actors: table('actors').length, events: events.length,
        evidence: evidence.length, figures: table('figures').length, mentions: table('mentions').length,
      });
      expect(events.length).toBeGreaterThan(0);
      expect(seen.literals.slice(0, 4)).toEqual(['ASSAULT', 'INVADE', 'dollars', 'trade_value']);
      expect(seen.iran).toBe(table<{ actor_id: string; name: string }>('actors').find((a) => a.actor_id === 'iran')?.name ?? null);
      expect(seen.nobody).toBeNull();
      expect(seen.firstSource).toBe(table<{ source_ids: string[] }>('events')[0]!.source_ids[0]);
      expect(seen.byActor).toEqual(events.filter((e) => e.actor1_id === 'iran' || e.actor2_id === 'iran').map((e) => e.event_id));
      const overlapping = (from: string, to: string) => events.filter((e) => !(e.date_end < from || e.date_start > to)).map((e) => e.event_id);
      expect(seen.between2024).toEqual(overlapping('2024-01-01', '2024-12-31'));
      expect(seen.betweenJan2024).toEqual(overlapping('2024-01-01', '2024-01-31'));
      expect(seen.evidenceOfFirst).toEqual(evidence.filter((e) => e.event_id === events[0]!.event_id).map((e) => e.quote));
      expect(seen.evidenceOfFirst.length).toBeGreaterThan(0);
      expect(seen.schemaTitle).toBe('Event');
      expect(seen.badDate).toBe('RangeError');
      // Frozen: in strict-mode code (ES modules, and "use strict" CommonJS output) writes throw.
      expect([seen.writeRow, seen.pushList]).toEqual(['TypeError', 'TypeError']);
    }
  });
}
