// Emit: writes a release folder exactly as DATASET.md lays it out.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Normalized } from '../normalize/index.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import { toJsonText } from '../lib/json.js';
import { changelogEntry, diffTables, isUnchanged, prependEntry, type PreviousRelease, type ReleaseChanges } from './changes.js';
import { datasetCard } from './dataset-card.js';
import { buildDatapackage } from './datapackage.js';
import { LICENCE_TEXT } from './licence.js';
import { writeNpmPackage } from './npm-package.js';
import { buildReport, type RunFacts } from './report.js';
import { columnsOf, tableSchemas } from './schemas.js';
import { writeSite } from './site/index.js';
import { writeCsvTable, writeJsonTable } from './write-table.js';

export interface Release {
  version: string;
  changes: ReleaseChanges;
  unchanged: boolean;
}

/** The release's date: the latest publication date among its sources, never the clock. */
export function releaseDate(normalized: Normalized): string | null {
  const days = normalized.tables.sources.map((s) => s.published?.split('/').at(-1)).filter((d): d is string => !!d && /^\d{4}/.test(d));
  return days.sort().at(-1) ?? null;
}

export function planRelease(previous: PreviousRelease | null, normalized: Normalized): Release {
  const changes = diffTables(previous, normalized.tables, releaseDate(normalized));
  return { version: changes.version, changes, unchanged: previous !== null && isUnchanged(changes) };
}

export async function writeRelease(dir: string, normalized: Normalized, release: Release, previous: PreviousRelease | null, facts: RunFacts): Promise<void> {
  const { tables } = normalized;
  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  // A run that changes no data keeps the changelog as it was, so that no byte changes.
  const entry = release.unchanged ? null : changelogEntry(release.changes, counts);
  const changelog = entry ? prependEntry(previous?.changelog ?? '', entry) : previous!.changelog;
  const latestEntry = entry ?? latestEntryOf(changelog);

  for (const sub of ['csv', 'json', 'schemas', 'npm', 'site']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  for (const t of TABLES) {
    // In pieces: at archive scale the mentions table alone is hundreds of megabytes.
    await writeCsvTable(path.join(dir, 'csv', `${t}.csv`), columnsOf(t), tables[t]);
    await writeJsonTable(path.join(dir, 'json', `${t}.json`), tables[t]);
    await fs.writeFile(path.join(dir, 'schemas', `${t}.schema.json`), tableSchemas().get(t)!.text);
  }
  await fs.writeFile(path.join(dir, 'datapackage.json'), toJsonText(buildDatapackage(release.version, tables.sources, release.changes.date)));
  await fs.writeFile(path.join(dir, 'report.json'), toJsonText(buildReport(normalized, release.version, facts)));
  await fs.writeFile(path.join(dir, 'CHANGES.md'), changelog);
  if (entry) await fs.writeFile(path.join(dir, 'changes.json'), toJsonText(release.changes));
  else await fs.writeFile(path.join(dir, 'changes.json'), facts.previousChangesJson ?? toJsonText(release.changes));
  const card = datasetCard(release.version, tables, latestEntry);
  await fs.writeFile(path.join(dir, 'README.md'), card);
  await writeNpmPackage(path.join(dir, 'npm'), release.version, tables as unknown as Record<string, unknown[]>, card, LICENCE_TEXT);
  await writeSite(path.join(dir, 'site'), { ...tables, version: release.version, latestChange: latestEntry });
}

function latestEntryOf(changelog: string): string {
  const start = changelog.indexOf('\n## ');
  if (start < 0) return '';
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start + 1, next < 0 ? undefined : next + 1);
}
