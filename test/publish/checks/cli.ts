// The CLI: a machine-readable summary with --json, nothing with --quiet, a summary line
// otherwise, and a progress bar only on a terminal (`script` gives the run a pseudo-terminal).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../pipeline/helpers.js';
import { CLI, TSX, readReleaseJson, release, releaseArgs, run } from '../release.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A quick run on one source into a folder of its own. */
const oneSource = (name: string, ...flags: string[]) => [CLI, ...releaseArgs(name), '--max-sources', '1', ...flags];

export function cliChecks(): void {
  describe.concurrent('the CLI', () => {
    it('prints one JSON summary with --json that agrees with the release, and no progress', () => {
      const lines = release.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const summary = JSON.parse(lines[0]!) as Record<string, unknown>;
      expect(summary.version).toBe(readReleaseJson<{ version: string }>('datapackage.json').version);
      expect(summary.events).toBe(readReleaseJson<unknown[]>('json', 'events.json').length);
      expect(summary.sources).toBe(readReleaseJson<unknown[]>('json', 'sources.json').length);
      expect(summary).toMatchObject({ changed: true, rejects: expect.any(Number), seconds: expect.any(Number) });
      expect(release.stderr).not.toMatch(/\r|\x1b\[/);
    });

    it('prints nothing with --quiet', async () => {
      const { stdout, stderr } = await run(TSX, oneSource('quiet', '--quiet'), { cwd: PROJECT });
      expect(stdout).toBe('');
      expect(stderr).toBe('');
    });

    it('prints a closing summary and no progress bar when not on a terminal', async () => {
      const out = path.join(release.work, 'plain');
      const { stdout, stderr } = await run(TSX, oneSource('plain'), { cwd: PROJECT });
      expect(stdout).toMatch(new RegExp(`^1/1 sources read, \\d+ events, .*version 1\\.0\\.0.*→ ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
      expect(stderr).not.toMatch(/\r|\x1b\[/);
    });

    it.runIf(hasScript)('draws a progress bar on a terminal', async () => {
      const command = [TSX, ...oneSource('tty')].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
      const { stdout } = await run('script', ['-qec', command, '/dev/null'], { cwd: PROJECT });
      expect(stdout).toMatch(/\[#+\] 1\/1 sources/);
      expect(stdout).toMatch(/1\/1 sources read/);
    });

    it('refuses a bad option with a message and exit code 2', async () => {
      const failure = await run(TSX, [CLI, '--workers', 'many'], { cwd: PROJECT }).then(() => null, (error: { code: number; stderr: string }) => error);
      expect(failure?.code).toBe(2);
      expect(failure?.stderr).toMatch(/--workers must be a number/);
    });
  });
}
