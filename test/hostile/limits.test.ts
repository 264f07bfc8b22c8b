// Limits (largest source, most sources) are options with defaults; hitting one is reported, and
// the run goes on with the sources within them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, listSources } from '../../pipeline/read/read-folder.js';
import { build, copyRaw, PROJECT, readJson, tempDir } from '../reruns/helpers.js';

describe('limits', () => {
  it('has documented defaults', async () => {
    expect(DEFAULT_LIMITS).toEqual({ maxSourceBytes: 20 * 1024 * 1024, maxSources: 500_000 });
    const cli = await fs.readFile(path.join(PROJECT, 'pipeline/cli.ts'), 'utf8');
    for (const option of ['--max-source-bytes', '--max-sources', '--max-source-seconds']) expect(cli).toContain(option);
  });

  it('skips and reports sources larger than the limit, and those past the most sources', async () => {
    const raw = await copyRaw(path.join(await tempDir('limits'), 'raw'));
    const sizes = new Map<string, number>();
    for (const name of (await fs.readdir(raw)).filter((n) => n.endsWith('.txt'))) sizes.set(name, (await fs.stat(path.join(raw, name))).size);
    const sorted = [...sizes.values()].sort((a, b) => a - b);
    const limit = sorted[Math.floor(sorted.length / 2)]!; // about half the sources are larger
    const { files, problems } = await listSources(raw, { maxSourceBytes: limit, maxSources: 2 });
    expect(files.length).toBe(2);
    const tooLarge = [...sizes].filter(([, size]) => size > limit).map(([name]) => name);
    expect(tooLarge.length).toBeGreaterThan(0);
    for (const name of tooLarge) {
      expect(problems.find((p) => p.file === name)).toMatchObject({ severity: 'error', action: expect.stringMatching(/raise --max-source-bytes/) });
    }
    expect(problems.filter((p) => /more sources than the limit of 2/.test(p.problem)).length).toBe(sizes.size - tooLarge.length - 2);

    const out = path.join(path.dirname(raw), 'dist');
    const summary = await build(raw, out, { limits: { maxSourceBytes: limit, maxSources: 2 } });
    expect(summary.sources).toBe(2);
    const report = await readJson(path.join(out, 'report.json'));
    expect(report.sources).toEqual({ found: 2, published: 2, skipped: 0 });
    expect(report.problems.filter((p: { action: string }) => /raise --max-source/.test(p.action)).length).toBe(sizes.size - 2);
  });
});
