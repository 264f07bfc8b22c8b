// Compares a new dataset with the previous release: records added, changed field by field and
// removed, and the new version by semver (a corrected value is a patch; new or removed records
// or a new column, minor; a renamed or removed column, major).
import type { DatasetTables } from '../normalize/index.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import { columnsOf, tableSchemas } from './schemas.js';

export interface FieldChange { field: string; from: unknown; to: unknown }
export interface TableChanges { added: string[]; removed: string[]; changed: Array<{ id: string; fields: FieldChange[] }> }
export interface ReleaseChanges {
  version: string;
  previous_version: string | null;
  date: string | null;
  columns: { added: string[]; removed: string[] };
  tables: Record<TableName, TableChanges>;
}

export interface PreviousRelease {
  version: string;
  tables: Partial<Record<TableName, Array<Record<string, unknown>>>>;
  columns: Partial<Record<TableName, string[]>>;
  changelog: string;
}

export function recordKey(table: TableName, record: Record<string, unknown>): string {
  const key = tableSchemas().get(table)!.schema['x-primaryKey'] ?? [];
  return key.map((k) => String(record[k])).join('|');
}

export function diffTables(previous: PreviousRelease | null, tables: DatasetTables, date: string | null): ReleaseChanges {
  const result = { columns: { added: [] as string[], removed: [] as string[] }, tables: {} as Record<TableName, TableChanges> };
  for (const table of TABLES) {
    const now = tables[table] as unknown as Array<Record<string, unknown>>;
    const before = previous?.tables[table] ?? [];
    const cols = columnsOf(table);
    // A first release has no columns to compare with: its entry says "First release", not "columns added".
    const prevCols = previous?.columns[table] ?? cols;
    result.columns.added.push(...cols.filter((c) => !prevCols.includes(c)).map((c) => `${table}.${c}`));
    result.columns.removed.push(...prevCols.filter((c) => !cols.includes(c)).map((c) => `${table}.${c}`));
    const old = new Map(before.map((r) => [recordKey(table, r), r]));
    const changes: TableChanges = { added: [], removed: [], changed: [] };
    for (const r of now) {
      const id = recordKey(table, r);
      const prev = old.get(id);
      if (!prev) { changes.added.push(id); continue; }
      old.delete(id);
      const fields = cols.filter((c) => JSON.stringify(prev[c] ?? null) !== JSON.stringify(r[c] ?? null)).map((c) => ({ field: c, from: prev[c] ?? null, to: r[c] ?? null }));
      if (fields.length) changes.changed.push({ id, fields });
    }
    changes.removed = [...old.keys()];
    result.tables[table] = changes;
  }
  const previousVersion = previous?.version ?? null;
  return { version: nextVersion(previousVersion, result), previous_version: previousVersion, date, ...result };
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
