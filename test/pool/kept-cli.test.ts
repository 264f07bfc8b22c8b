// `npm run pipeline` starts pipeline/start.mjs, which runs the command line from its bundle kept
// between runs (pipeline/cli-bundle.ts) instead of compiling it through tsx: the release must be
// the one the TypeScript writes, byte for byte, from the run that builds the bundle and from a run
// that finds it kept.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE } from '../../pipeline/cli-bundle.js';
import { BUNDLE_DIR } from '../../pipeline/extract-worker-bundle.js';
import { keptOutputs } from '../../pipeline/kept-bundle-check.mjs';
import { listFiles, PROJECT, tempDir } from '../pipeline/helpers.js';

const GOLD = path.join(PROJECT, 'test', 'gold', 'unseen', 'raw');
const node = (...args: string[]) => spawnSync(process.execPath, ['--expose-gc', ...args], { cwd: PROJECT, encoding: 'utf8', timeout: 180_000 });
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run pipeline through start.mjs', () => {
  it('is the script npm runs', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).scripts;
    // node's own options may come before the script (the young generation: test/perf/young-generation.test.ts).
    expect(scripts.pipeline).toMatch(/^node( --[\w=-]+)* pipeline\/start\.mjs$/);
    expect(scripts.pipeline).toContain('--expose-gc');
  });

  it('prints the usage', () => {
    const r = node('pipeline/start.mjs', '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('--raw DIR');
  });

  it('writes the release the TypeScript writes, built and kept', async () => {
    const work = tempDir();
    folders.push(work);
    const run = (out: string, ...start: string[]) => {
      const r = node(...start, '--quiet', '--no-cache', '--raw', GOLD, '--out', path.join(work, out));
      expect(r.status, r.stderr).toBe(0);
    };
    run('tsx', '--import', 'tsx', 'pipeline/cli.ts');
    run('started', 'pipeline/start.mjs');
    run('again', 'pipeline/start.mjs');
    const files = listFiles(path.join(work, 'tsx'));
    expect(files.length).toBeGreaterThan(10);
    for (const out of ['started', 'again']) {
      expect(listFiles(path.join(work, out))).toEqual(files);
      for (const f of files) expect(fs.readFileSync(path.join(work, out, f)).equals(fs.readFileSync(path.join(work, 'tsx', f))), `${out}/${f}`).toBe(true);
    }
    // The bundle is kept, from cli.ts and the modules it imports.
    const kept = await keptOutputs(BUNDLE_DIR, CLI_BUNDLE);
    expect(kept?.files.cli).toMatch(/\/cli-[0-9a-f]{16}\.mjs$/);
    expect(kept?.inputs).toContain(path.join(PROJECT, 'pipeline', 'cli.ts'));
    expect(kept?.inputs).toContain(path.join(PROJECT, 'pipeline', 'build.ts'));
  });
});
