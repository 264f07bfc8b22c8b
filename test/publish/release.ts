// One release, built once by the CLI (with --json) and shared by every publishing check.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT, tempDir } from '../pipeline/helpers.js';

export const run = promisify(execFile);
export const TSX = path.join(PROJECT, 'node_modules/.bin/tsx');
export const CLI = path.join(PROJECT, 'pipeline/cli.ts');
export const RAW = path.join(PROJECT, 'raw');

export interface BuiltRelease {
  /** The release folder. */
  dir: string;
  /** A scratch folder for packing, installing and compiling. */
  work: string;
  /** What `--json` printed. */
  stdout: string;
  stderr: string;
}

export const release: BuiltRelease = { dir: '', work: '', stdout: '', stderr: '' };

/** CLI arguments for a release into `work/<name>`: one worker, an extraction cache of our own. */
export const releaseArgs = (name: string) => ['--raw', RAW, '--out', path.join(release.work, name), '--workers', '1', '--cache', path.join(release.work, 'cache')];

export async function buildRelease(): Promise<void> {
  release.work = tempDir('ipe-publish-');
  release.dir = path.join(release.work, 'dist');
  const { stdout, stderr } = await run(TSX, [CLI, ...releaseArgs('dist'), '--json'], { cwd: PROJECT });
  Object.assign(release, { stdout, stderr });
}

export const releaseFile = (...parts: string[]) => path.join(release.dir, ...parts);
export const readReleaseJson = <T = unknown>(...parts: string[]): T => JSON.parse(fs.readFileSync(releaseFile(...parts), 'utf8')) as T;
