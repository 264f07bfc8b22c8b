// The previous release: the output folder's current content, or the folder given with --previous.
// Only what is small is read here (version, columns, changelog); the tables are compared with the
// new ones file by file while the new release is written (changes.ts), and normalize reads the
// events and evidence it needs for stable ids with readPreviousEvents.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PreviousEvents } from '../normalize/events/ids.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import type { PreviousRelease } from './changes.js';
import { recordsInFile, UnexpectedLayout } from './table-diff.js';

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

type Row = Record<string, unknown>;

/** The given fields of each record of a release's table, read a record at a time where it can be. */
async function readFields(dir: string, table: TableName, fields: readonly string[]): Promise<Row[]> {
  const pick = (record: Row): Row => Object.fromEntries(fields.map((f) => [f, record[f]]));
  const rows: Row[] = [];
  let records: ReturnType<typeof recordsInFile> | null = null;
  try {
    records = recordsInFile(path.join(dir, 'json', `${table}.json`));
    for (let r = records.peek(); r; records.take(), r = records.peek()) rows.push(pick(JSON.parse(`{\n${r.body}\n}`) as Row));
    return rows;
  } catch (error) {
    records?.close?.();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    if (!(error instanceof UnexpectedLayout || error instanceof SyntaxError)) throw error;
  }
  // Not laid out as this pipeline writes tables (a hand-edited release): read whole.
  const whole = (await readPreviousTables(dir, [table]))[table];
  return Array.isArray(whole) ? whole.map((r) => pick(r ?? {})) : [];
}

/**
 * What normalize carries event ids over by (events/ids.ts): each event's type, initiator, target
 * and date, and where each
 * evidence row stands. Only those fields are kept, read a record at a time: at 10,000 sources the
 * evidence table, which quotes every sentence, held ~150 MB more at the build's peak when parsed whole.
 */
export async function readPreviousEvents(dir: string): Promise<PreviousEvents> {
  return {
    events: await readFields(dir, 'events', ['event_id', 'event_type', 'actor1_id', 'actor2_id', 'date']) as unknown as PreviousEvents['events'],
    evidence: await readFields(dir, 'evidence', ['event_id', 'source_id', 'char_start']) as unknown as PreviousEvents['evidence'],
  };
}
