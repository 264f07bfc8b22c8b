// The previous release: the output folder's current content, or the folder given with --previous.
// Only what is small is read here (version, columns, changelog); the tables are compared with the
// new ones file by file while the new release is written (changes.ts), and normalize reads the
// events and evidence it needs for stable ids with readPreviousTables.
import fs from 'node:fs/promises';
import path from 'node:path';
import { TABLES, type TableName } from '../schemas/tables.js';
import type { PreviousRelease } from './changes.js';

export class NotAReleaseError extends Error {}

/** null when the folder is absent or empty (a first release). */
export async function readPreviousRelease(dir: string): Promise<PreviousRelease | null> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!names.length) return null;
  let pkg: { version?: unknown; resources?: Array<{ name: string; schema?: { fields?: Array<{ name: string }> } }> };
  try {
    pkg = JSON.parse(await fs.readFile(path.join(dir, 'datapackage.json'), 'utf8'));
  } catch {
    throw new NotAReleaseError(`${dir} is not empty and holds no readable datapackage.json: it is not a release of this dataset, so it is left untouched (choose an empty or new --out folder)`);
  }
  const release: PreviousRelease = { version: typeof pkg.version === 'string' ? pkg.version : '0.0.0', tables: {}, columns: {}, changelog: '', dir };
  for (const t of TABLES) {
    const fields = pkg.resources?.find((r) => r.name === t)?.schema?.fields;
    if (fields) release.columns[t] = fields.map((f) => f.name);
  }
  release.changelog = await fs.readFile(path.join(dir, 'CHANGES.md'), 'utf8').catch(() => '');
  return release;
}

/** Tables of a release folder, read whole ([] for one that is missing or unreadable). */
export async function readPreviousTables<T extends TableName>(dir: string, tables: readonly T[]): Promise<Record<T, Array<Record<string, unknown>>>> {
  const result = {} as Record<T, Array<Record<string, unknown>>>;
  for (const t of tables) {
    try {
      result[t] = JSON.parse(await fs.readFile(path.join(dir, 'json', `${t}.json`), 'utf8'));
    } catch {
      result[t] = [];
    }
  }
  return result;
}
