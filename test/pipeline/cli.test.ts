// The command line: help, a one-line summary, and clear errors with a non-zero exit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, tempDir } from './helpers.js';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT, 'pipeline/cli.ts'), ...args], { cwd: PROJECT, encoding: 'utf8', timeout: 120_000 });

describe('npm run pipeline', () => {
  it('prints its usage with --help', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--raw DIR');
    expect(r.stdout).toContain('--out DIR');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--raw'], /argument missing|--raw/],
    [['--max-sources', 'many'], /--max-sources must be a number/],
    [['--workers', '0'], /--workers must be positive/],
  ])('rejects %j with a clear message and exit code 2', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('says when the sources folder does not exist, and writes nothing', () => {
    const out = path.join(tempDir(), 'dist');
    const r = cli('--raw', '/nonexistent/raw', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read the sources folder "/nonexistent/raw"');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses to overwrite a folder that is not a release', () => {
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'thesis.docx'), 'precious');
    const r = cli('--raw', path.join(PROJECT, 'raw'), '--out', out, '--workers', '1');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a release');
    expect(fs.readFileSync(path.join(out, 'thesis.docx'), 'utf8')).toBe('precious');
  });

  it('ends with a one-line summary, and --json gives it to machines', () => {
    const work = tempDir();
    const raw = path.join(work, 'raw');
    fs.mkdirSync(raw);
    fs.copyFileSync(path.join(PROJECT, 'raw', '004_a97dfe2f5cdec073.txt'), path.join(raw, 'a.txt'));
    fs.writeFileSync(path.join(raw, 'empty.txt'), '');
    const text = cli('--raw', raw, '--out', path.join(work, 'd1'), '--workers', '1');
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(1);
    expect(text.stdout).toMatch(/^1\/2 sources read, \d+ events, \d+ figures, \d+ actors, 0 rejects, \d+ problems[^;]*; version 1\.0\.0; [\d.]+ s/);
    const json = cli('--raw', raw, '--out', path.join(work, 'd2'), '--workers', '1', '--json');
    const summary = JSON.parse(json.stdout);
    expect(summary).toMatchObject({ version: '1.0.0', sources: 1, sourcesFound: 2, rejects: 0 });
    expect(typeof summary.seconds).toBe('number');
    const report = JSON.parse(fs.readFileSync(path.join(work, 'd2', 'report.json'), 'utf8'));
    expect(report.problems).toContainEqual(expect.objectContaining({ source_id: 'empty', problem: 'empty file', action: 'skipped' }));
  });
});
