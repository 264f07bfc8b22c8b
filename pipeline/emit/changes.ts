// Compares a new dataset with the previous release: records added, changed field by field and
// removed, and the new version by semver (a corrected value is a patch; new or removed records
// or a new column, minor; a renamed or removed column, major).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetTables } from '../normalize/index.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import { mentionRecords } from './mention-block.js';
import type { ListedIds } from './mention-ids.js';
import { columnsOf, tableSchemas } from './schemas.js';
import { recordsInFile, recordsInMemory, TableDiff, UnexpectedLayout, type PreviousRecords, type TableChanges } from './table-diff.js';

export type { FieldChange, TableChanges } from './table-diff.js';
export interface ReleaseChanges {
  version: string;
  previous_version: string | null;
  date: string | null;
  columns: { added: string[]; removed: string[] };
  tables: ChangesByTable;
}

/** The mentions' changes, whose added ids may be held as changes.json lists them (mention-ids.ts). */
export interface MentionChanges extends Omit<TableChanges, 'added'> {
  added: string[] | ListedIds;
}
export type ChangesByTable = Omit<Record<TableName, TableChanges>, 'mentions'> & { mentions: MentionChanges };

type Row = Record<string, unknown>;

export interface PreviousRelease {
  version: string;
  /** Tables held in memory; the others are read from `dir` while comparing (or are empty without it). */
  tables: Partial<Record<TableName, Array<Row>>>;
  columns: Partial<Record<TableName, string[]>>;
  changelog: string;
  /** The release folder, whose json/<table>.json hold the tables not in `tables`. */
  dir?: string;
}

export function recordKey(table: TableName, record: Row): string {
  return keyFunction(table)(record);
}

/** The primary key of a table's records as one string ("a|b" for a key of two columns). */
export function keyFunction(table: TableName): (record: Row) => string {
  const key = tableSchemas().get(table)!.schema['x-primaryKey'] ?? [];
  if (key.length === 1) {
    const [k] = key as [string];
    return (record) => String(record[k]);
  }
  return (record) => key.map((k) => String(record[k])).join('|');
}

/**
 * Compares one table with the previous release's, fed the new records in order (with their
 * JSON text when it is at hand: see TableDiff). A previous table file not laid out as this
 * pipeline writes it is read whole instead, as JSON (an unreadable one counts as empty).
 */
export class TableComparison {
  private diff: TableDiff;
  private source: PreviousRecords;
  private fallback = false;

  constructor(private readonly table: TableName, private readonly previous: PreviousRelease | null) {
    this.source = this.open();
    this.diff = new TableDiff(columnsOf(table), keyFunction(table), this.source);
  }

  private open(): PreviousRecords {
    const inMemory = this.previous?.tables[this.table];
    if (inMemory) return recordsInMemory(inMemory);
    if (!this.previous?.dir) return recordsInMemory([]);
    try {
      return recordsInFile(path.join(this.previous.dir, 'json', `${this.table}.json`));
    } catch {
      return recordsInMemory([]); // no file: an empty table, as before
    }
  }

  add(index: number, record: Row | (() => Row), body: string | null): void {
    if (this.fallback) return;
    try {
      this.diff.add(index, record, body);
    } catch (error) {
      if (!(error instanceof UnexpectedLayout)) throw error;
      this.source.close?.();
      this.fallback = true;
    }
  }

  /**
   * A piece of the new table as writeJsonTable writes it: its first record's index, its records'
   * texts, and their lines' bytes (see PreviousRecords' takeSame). Taken whole where the bytes are
   * the previous table's next, else record by record as add takes them.
   */
  addPiece(start: number, bodies: readonly string[], recordBytes: Buffer, records: readonly Row[]): void {
    if (this.fallback || bodies.length === 0) return;
    try {
      if (this.diff.addSame(recordBytes, bodies.length)) return;
    } catch (error) {
      if (!(error instanceof UnexpectedLayout)) throw error;
      this.source.close?.();
      this.fallback = true;
      return;
    }
    for (let k = 0; k < bodies.length; k++) this.add(start + k, records[start + k]!, bodies[k]!);
  }

  /** The changes; `records` is the whole new table (or makes it), compared again only after a fallback. */
  finish(records: readonly Row[] | (() => readonly Row[])): TableChanges {
    if (!this.fallback) {
      try {
        return this.diff.finish();
      } catch (error) {
        if (!(error instanceof UnexpectedLayout)) throw error;
        this.source.close?.();
      }
    }
    const diff = new TableDiff(columnsOf(this.table), keyFunction(this.table), recordsInMemory(this.readWhole()));
    (typeof records === 'function' ? records() : records).forEach((r, i) => diff.add(i, r, null));
    return diff.finish();
  }

  private readWhole(): Row[] {
    try {
      return JSON.parse(readFileSync(path.join(this.previous!.dir!, 'json', `${this.table}.json`), 'utf8')) as Row[];
    } catch {
      return [];
    }
  }
}

/** The columns added and removed since the previous release, and the new version. */
export function releaseChanges(previous: PreviousRelease | null, tables: ChangesByTable, date: string | null): ReleaseChanges {
  const columns = { added: [] as string[], removed: [] as string[] };
  for (const table of TABLES) {
    const cols = columnsOf(table);
    // A first release has no columns to compare with: its entry says "First release", not "columns added".
    const prevCols = previous?.columns[table] ?? cols;
    columns.added.push(...cols.filter((c) => !prevCols.includes(c)).map((c) => `${table}.${c}`));
    columns.removed.push(...prevCols.filter((c) => !cols.includes(c)).map((c) => `${table}.${c}`));
  }
  const result = { columns, tables };
  const previousVersion = previous?.version ?? null;
  return { version: nextVersion(previousVersion, result), previous_version: previousVersion, date, ...result };
}

/** Every table compared with the previous release (emit does the same while it writes the tables). */
export function diffTables(previous: PreviousRelease | null, tables: DatasetTables, date: string | null): ReleaseChanges {
  const changes = {} as Record<TableName, TableChanges>;
  for (const table of TABLES) {
    const records = table === 'mentions' ? mentionRecords(tables.mentions) : tables[table] as unknown as Row[];
    const comparison = new TableComparison(table, previous);
    records.forEach((r, i) => comparison.add(i, r, null));
    changes[table] = comparison.finish(records);
  }
  return releaseChanges(previous, changes, date);
}

export function isUnchanged(c: Pick<ReleaseChanges, 'columns' | 'tables'>): boolean {
  return !c.columns.added.length && !c.columns.removed.length
    && Object.values(c.tables).every((t) => !t.added.length && !t.removed.length && !t.changed.length);
}

export function nextVersion(previous: string | null, c: Pick<ReleaseChanges, 'columns' | 'tables'>): string {
  if (!previous) return '1.0.0';
  const [major, minor, patch] = previous.split('.').map(Number) as [number, number, number];
  if (isUnchanged(c)) return previous;
  if (c.columns.removed.length) return `${major + 1}.0.0`;
  const grows = c.columns.added.length || Object.values(c.tables).some((t) => t.added.length || t.removed.length);
  return grows ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

const LISTED = 50;
const show = (v: unknown) => (v === null ? '∅' : JSON.stringify(v));

/** One changelog entry in Markdown; long lists are cut, and changes.json holds them whole. */
export function changelogEntry(c: ReleaseChanges, counts: Record<TableName, number>): string {
  const lines = [`## ${c.version}${c.date ? ` (data up to ${c.date})` : ''}`, ''];
  lines.push(c.previous_version ? `Changes since ${c.previous_version}.` : 'First release.', '');
  lines.push(`| table | records | added | changed | removed |`, `| --- | --- | --- | --- | --- |`);
  for (const t of TABLES) {
    const x = c.tables[t];
    lines.push(`| ${t} | ${counts[t]} | ${x.added.length} | ${x.changed.length} | ${x.removed.length} |`);
  }
  if (c.columns.added.length) lines.push('', `Columns added: ${c.columns.added.join(', ')}.`);
  if (c.columns.removed.length) lines.push('', `Columns removed: ${c.columns.removed.join(', ')}.`);
  if (c.previous_version) {
    for (const t of ['events', 'figures', 'actors', 'sources'] as const) {
      const x = c.tables[t];
      const items = [
        ...x.added.map((id) => `- added ${t} \`${id}\``),
        ...x.changed.map((ch) => `- changed ${t} \`${ch.id}\`: ${ch.fields.map((f) => `${f.field} ${show(f.from)} → ${show(f.to)}`).join('; ')}`),
        ...x.removed.map((id) => `- removed ${t} \`${id}\``),
      ];
      if (!items.length) continue;
      lines.push('', `### ${t}`, '', ...items.slice(0, LISTED));
      if (items.length > LISTED) lines.push(`- … and ${items.length - LISTED} more (changes.json lists them all)`);
    }
  }
  // Ends with a blank line, so that an entry cut out of CHANGES.md is the entry as written.
  return `${lines.join('\n')}\n\n`;
}

export function prependEntry(changelog: string, entry: string): string {
  const header = '# Changelog\n\nOne entry per release of the dataset, newest first. `changes.json` holds the latest entry in full.\n';
  const body = changelog.startsWith('# Changelog') ? changelog.slice(changelog.indexOf('\n## ') + 1) : '';
  return `${header}\n${entry}${body}`;
}
