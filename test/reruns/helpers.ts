// Shared by the rerun tests: copies of raw/, builds in the test process or as a child process,
// and whole release folders read into memory for byte comparison.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, type BuildOptions } from '../../pipeline/build.js';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_RAW = path.join(PROJECT, 'raw');
export const FIXTURES = path.join(PROJECT, 'test/fixtures/reruns');

export async function tempDir(name: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `reruns-${name}-`));
}

/** The names of the seed sources' files (sources and sidecars), sorted. */
export async function seedFiles(): Promise<string[]> {
  return (await fs.readdir(SEED_RAW)).filter((n) => /\.(txt|html?|meta\.json)$/.test(n)).sort();
}

/** A copy of raw/ in dir; `order` decides in which order the files are created. */
export async function copyRaw(dir: string, order: 'forward' | 'reverse' = 'forward'): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const names = await seedFiles();
  if (order === 'reverse') names.reverse();
  for (const name of names) await fs.copyFile(path.join(SEED_RAW, name), path.join(dir, name));
  return dir;
}

/** Builds in this process, one thread, no cache unless asked. */
export function build(raw: string, out: string, options: Partial<BuildOptions> = {}) {
  return buildDataset({ raw, out, workers: 1, cache: null, ...options });
}

/** A release folder rebuilt in place with its cache beside a build from scratch, for byte comparison. */
export interface RerunFolders { tmp: string; raw: string; cache: string; out: string }

/**
 * Reruns into `out` (warm: cache and previous release) and builds from scratch beside it, in folders
 * numbered by `step`; returns the paths that differ and the rerun's result.
 */
export async function rerunAgainstScratch({ tmp, raw, cache, out }: RerunFolders, step: number) {
  const previous = path.join(tmp, `previous-${step}`);
  await fs.cp(out, previous, { recursive: true });
  const warm = await build(raw, out, { cache });
  const scratch = path.join(tmp, `scratch-${step}`);
  await build(raw, scratch, { previous });
  return { differences: treeDifferences(await readTree(scratch), await readTree(out)), warm };
}

/** Removes the last source of raw (by name) and its sidecar. */
export async function removeLastSource(raw: string): Promise<void> {
  const [last] = (await fs.readdir(raw)).filter((n) => n.endsWith('.txt')).sort().reverse();
  await fs.rm(path.join(raw, last!));
  await fs.rm(path.join(raw, last!.replace(/\.txt$/, '.meta.json')), { force: true });
}

/** Every file under dir, by relative path (with "/"), with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (rel: string) => {
    for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else files.set(child, await fs.readFile(path.join(dir, child)));
    }
  };
  await walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The paths whose bytes differ between two trees (or that only one has); [] when identical. */
export function treeDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.has(n) || !b.has(n) || !a.get(n)!.equals(b.get(n)!)).sort();
}

export async function readJson<T = any>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T;
}

/** The pipeline's CLI as a child process (node + tsx, as `npm run pipeline` runs it). */
export function spawnPipeline(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(PROJECT, 'pipeline/cli.ts'), ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the CLI to the end; rejects with its stderr when it fails. */
export function runPipeline(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnPipeline(args, env, nodeArgs);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`pipeline exited ${code}: ${stderr}`))));
  });
}
