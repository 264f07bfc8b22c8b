// The previous release: the output folder's current content, or the folder given with --previous.
import fs from 'node:fs/promises';
import path from 'node:path';
import { TABLES } from '../schemas/tables.js';
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
  const release: PreviousRelease = { version: typeof pkg.version === 'string' ? pkg.version : '0.0.0', tables: {}, columns: {}, changelog: '' };
  for (const t of TABLES) {
    try {
      release.tables[t] = JSON.parse(await fs.readFile(path.join(dir, 'json', `${t}.json`), 'utf8'));
    } catch {
      release.tables[t] = [];
    }
    const fields = pkg.resources?.find((r) => r.name === t)?.schema?.fields;
    if (fields) release.columns[t] = fields.map((f) => f.name);
  }
  release.changelog = await fs.readFile(path.join(dir, 'CHANGES.md'), 'utf8').catch(() => '');
  return release;
}
