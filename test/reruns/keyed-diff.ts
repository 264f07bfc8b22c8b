// The oracle of the table comparisons (table-diff, mention-diff): every previous record keyed in a
// map, the comparison emit made before it compared record texts.
import type { TableChanges } from '../../pipeline/emit/changes.js';
import { columnsOf } from '../../pipeline/emit/schemas.js';

export type Row = Record<string, unknown>;
const COLUMNS = columnsOf('mentions');

export function keyedDiff(before: Row[], now: Row[]): TableChanges {
  const old = new Map(before.map((r) => [String(r.mention_id), r]));
  const changes: TableChanges = { added: [], removed: [], changed: [] };
  for (const r of now) {
    const id = String(r.mention_id);
    const prev = old.get(id);
    if (!prev) { changes.added.push(id); continue; }
    old.delete(id);
    const fields = COLUMNS.filter((c) => JSON.stringify(prev[c] ?? null) !== JSON.stringify(r[c] ?? null)).map((c) => ({ field: c, from: prev[c] ?? null, to: r[c] ?? null }));
    if (fields.length) changes.changed.push({ id, fields });
  }
  changes.removed = [...old.keys()];
  return changes;
}
