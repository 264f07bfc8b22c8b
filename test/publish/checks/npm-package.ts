// The npm package as published: its manifest, its file list, and what publint and
// @arethetypeswrong/cli (the ecosystem's own checkers) say about the packed tarball.
import fs from 'node:fs';
import path from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../pipeline/helpers.js';
import { tableSchemas } from '../../../pipeline/emit/schemas.js';
import { GENERATED_TYPES } from '../../../pipeline/schemas/paths.js';
import { TABLES } from '../../../pipeline/schemas/tables.js';
import { readReleaseJson, releaseFile, run } from '../release.js';
import { packNpm } from './pack.js';

interface Manifest {
  name: string; version: string; type: string; sideEffects: unknown; files: string[];
  exports: Record<string, unknown>; dependencies?: object; peerDependencies?: object; optionalDependencies?: object;
}

export function npmPackageChecks(): void {
  describe('the npm package', () => {
    const manifest = () => readReleaseJson<Manifest>('npm', 'package.json');

    it('is named by the contract and versioned as the dataset', () => {
      expect(manifest().name).toBe('iran-pakistan-events');
      expect(manifest().version).toBe(readReleaseJson<{ version: string }>('datapackage.json').version);
      expect(manifest().version).toBe(readReleaseJson<{ version: string }>('report.json').version);
    });

    it('has no runtime dependencies, no side effects and an explicit file list', () => {
      const m = manifest();
      expect(m.dependencies ?? {}).toEqual({});
      expect(m.peerDependencies ?? {}).toEqual({});
      expect(m.optionalDependencies ?? {}).toEqual({});
      expect(m.sideEffects).toBe(false);
      expect(m.files.length).toBeGreaterThan(0);
    });

    it('exports ESM and CommonJS entry points with types first in each condition', () => {
      const root = manifest().exports['.'] as Record<string, Record<string, string>>;
      expect(Object.keys(root)).toEqual(['import', 'require']);
      expect(Object.entries(root.import!)).toEqual([['types', './index.d.ts'], ['default', './index.js']]);
      expect(Object.entries(root.require!)).toEqual([['types', './index.d.cts'], ['default', './index.cjs']]);
    });

    it('packs only the entry points, types, data, schemas, README and licence', async () => {
      const { files } = await packNpm();
      const expected = [
        'LICENSE', 'README.md', 'index.cjs', 'index.d.cts', 'index.d.ts', 'index.js', 'package.json',
        ...TABLES.map((t) => `data/${t}.json`), ...TABLES.map((t) => `schemas/${t}.schema.json`),
      ].sort();
      expect(files).toEqual(expected);
    });

    it('ships the dataset card as its README and the data as JSON', () => {
      expect(fs.readFileSync(releaseFile('npm', 'README.md'), 'utf8')).toBe(fs.readFileSync(releaseFile('README.md'), 'utf8'));
      for (const t of TABLES) expect(readReleaseJson('npm', 'data', `${t}.json`)).toEqual(readReleaseJson('json', `${t}.json`));
    });

    it('never evaluates data: the entry points only import or require JSON files', () => {
      for (const entry of ['index.js', 'index.cjs']) {
        const code = fs.readFileSync(releaseFile('npm', entry), 'utf8');
        expect(code).not.toMatch(/\beval\(|new Function|JSON\.parse/);
        const loads = [...code.matchAll(/(?:from|require\()\s*'([^']+)'/g)].map((m) => m[1]!);
        expect(loads.length).toBe(TABLES.length * 2);
        for (const file of loads) expect(file).toMatch(/^\.\/(?:data|schemas)\/[a-z]+(?:\.schema)?\.json$/);
        if (entry === 'index.js') expect(code.match(/with \{ type: 'json' \}/g)).toHaveLength(TABLES.length * 2);
      }
    });

    it('declares the generated types, with a literal union for every enumeration of the schemas', () => {
      const dts = fs.readFileSync(releaseFile('npm', 'index.d.ts'), 'utf8');
      const generated = fs.readFileSync(GENERATED_TYPES, 'utf8').replace(/^\/\/ GENERATED.*\n/, '').trim();
      expect(dts).toContain(generated);
      expect(fs.readFileSync(releaseFile('npm', 'index.d.cts'), 'utf8')).toBe(dts);
      for (const t of TABLES) {
        const { schema } = tableSchemas().get(t)!;
        expect(dts).toMatch(new RegExp(`export interface ${schema.title} \\{`));
        for (const [name, def] of Object.entries(schema.$defs ?? {})) {
          if (!Array.isArray(def.enum)) continue;
          const union = /export type (\w+) =\s*([^;]+);/g;
          const declared = [...dts.matchAll(union)].find((m) => m[1] === name)?.[2];
          expect(declared, name).toBeDefined();
          const members = [...declared!.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
          expect(members, name).toEqual(def.enum);
        }
      }
      for (const name of ['EventType', 'FigureUnit', 'FigureKind', 'ActorType', 'MentionKind']) expect(dts).toContain(`export type ${name} =`);
    });

    it('gets no message from publint, suggestions included', async () => {
      const { tarball } = await packNpm();
      const bytes = fs.readFileSync(tarball);
      const result = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
      expect(result.messages.map((m) => formatMessage(m, result.pkg) ?? m.code)).toEqual([]);
    });

    it('gets no problem from @arethetypeswrong/cli in node10, node16 (ESM and CJS) and bundler', async () => {
      const { tarball } = await packNpm();
      const attw = path.join(PROJECT, 'node_modules/.bin/attw');
      const { stdout } = await run(attw, [tarball, '--format', 'json'], { cwd: path.dirname(tarball) }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      const report = JSON.parse(stdout) as { problems: Record<string, unknown[]>; analysis: { types: { kind: string } } };
      expect(report.analysis.types.kind).toBe('included');
      expect(Object.values(report.problems).flat()).toEqual([]);
    });
  });
}
