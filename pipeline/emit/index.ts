// Emit: writes a release folder exactly as DATASET.md lays it out.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DatasetTables, Normalized } from '../normalize/index.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import { toJsonText } from '../lib/json.js';
import { changelogEntry, diffTables, isUnchanged, prependEntry, releaseChanges, TableComparison, type ChangesByTable, type PreviousRelease, type ReleaseChanges } from './changes.js';
import { changesJsonPieces } from './changes-json.js';
import { datasetCard } from './dataset-card.js';
import { buildDatapackage } from './datapackage.js';
import { LICENCE_TEXT } from './licence.js';
import { writeNpmPackage } from './npm-package.js';
import { buildReport, type RunFacts } from './report.js';
import { columnsOf, tableSchemas } from './schemas.js';
import { writeSite, writeSiteData, type SiteData } from './site/index.js';
import { startSiteDataThread, type SiteDataThread } from './site/data-thread.js';
import { MentionTable, readFragment, type FragmentReader } from './mention-block.js';
import type { MentionPlace } from './mention-layout.js';
import { writeMentionTable } from './mention-table.js';
import { takeStartedTable, type MentionTableStarted } from './mention-table-thread.js';
import { writeCsvTable, writeWhole } from './write-table.js';
import { writeComparedJsonTable } from './compared-table.js';

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
  return releaseOf(previous, diffTables(previous, normalized.tables, releaseDate(normalized)));
}

function releaseOf(previous: PreviousRelease | null, changes: ReleaseChanges): Release {
  return { version: changes.version, changes, unchanged: previous !== null && isUnchanged(changes) };
}

/** The explorer's data files are made from these tables' JSON files (site/data-from-tables.ts): they are written first. */
const SITE_TABLES: readonly TableName[] = ['evidence', 'figures'];

/**
 * Writes the tables (CSV and JSON) and compares each with the previous release's as it is
 * written: no table is held as one string, and the previous tables are never parsed whole. The
 * JSON files of the evidence and figures go first, and `onSiteTables` is called once they are
 * written, so that a thread makes the explorer's data of them while this one writes the rest.
 */
export async function writeTables(dir: string, tables: DatasetTables, previous: PreviousRelease | null, options: WriteOptions, mentionsElsewhere = false, onSiteTables?: () => void): Promise<ChangesByTable> {
  const compared = new Map<TableName, ChangesByTable[TableName]>();
  for (const t of [...SITE_TABLES, ...TABLES.filter((t) => t !== 'mentions' && !SITE_TABLES.includes(t))]) {
    const records = tables[t] as unknown as Array<Record<string, unknown>>;
    const comparison = new TableComparison(t, previous);
    await writeComparedJsonTable(path.join(dir, 'json', `${t}.json`), records, comparison);
    compared.set(t, comparison.finish(records));
    if (t === SITE_TABLES.at(-1)) onSiteTables?.();
  }
  for (const t of TABLES) {
    if (t === 'mentions') {
      if (mentionsElsewhere) continue;
      compared.set(t, await writeMentionTable(dir, tables.mentions, previous, options.readFragment ?? readFragment, options.mentionPlaces));
    } else {
      // In pieces: at archive scale the evidence table alone is tens of megabytes.
      await writeCsvTable(path.join(dir, 'csv', `${t}.csv`), columnsOf(t), tables[t] as unknown as object[]);
    }
    await fs.writeFile(path.join(dir, 'schemas', `${t}.schema.json`), tableSchemas().get(t)!.text);
    options.betweenTables?.();
  }
  // In the tables' order, as the changes are listed.
  return Object.fromEntries(TABLES.filter((t) => compared.has(t)).map((t) => [t, compared.get(t)])) as ChangesByTable;
}

export interface WriteOptions {
  /** Called after each table, and before the site, when the garbage of what came before can be collected. */
  betweenTables?: () => void;
  /**
   * The caller lets go of the tables afterwards: the mentions, which the site does not show, are
   * dropped from them once the card is written, so that the site is built beside the other
   * tables only (at 10,000 sources the mentions are most of the heap).
   */
  consume?: boolean;
  /** Reads the mention rows of a source (default: held text, or a checked cache file). */
  readFragment?: FragmentReader;
  /** Filled with where each source's rows stand in the mentions files (mention-layout.ts). */
  mentionPlaces?: Map<string, MentionPlace>;
  /**
   * The mentions table's writing in a thread of its own, started before normalize
   * (mention-table-thread.ts): taken over where it is this release's table, else written here.
   */
  mentionsThread?: MentionTableStarted | null;
  /** The explorer's data thread, made before normalize beside the mentions table's (else made here, where that one is given). */
  siteDataThread?: SiteDataThread | null;
}

/** Writes the release into dir (an empty folder) and returns what it is. */
export async function writeRelease(dir: string, normalized: Normalized, previous: PreviousRelease | null, facts: RunFacts, options: WriteOptions = {}): Promise<Release> {
  const { tables } = normalized;
  for (const sub of ['csv', 'json', 'schemas', 'npm', 'site']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  // The mentions table, most of the release's bytes, is written in a thread of its own while this
  // one writes the other tables and the explorer's data files, which do not depend on the version.
  const mentionsThread = options.mentionsThread ? takeStartedTable(options.mentionsThread, dir, tables.mentions, options.mentionPlaces) : null;
  // Set by startSiteData, which the tables' writer calls: typed so, or the compiler takes it for null below.
  let siteDataThread = null as Promise<SiteData | null> | null;
  // Made before normalize where a build made it, it has started by the time its files are written (site/data-thread.ts).
  const dataThread = mentionsThread ? options.siteDataThread ?? startSiteDataThread() : null;
  try {
    // The explorer's data files, which do not depend on the version either, in a thread of their
    // own (site/data-thread.ts), made from the evidence and figures files as soon as they are
    // written: the mentions table's thread was started before normalize, so the second core is
    // free for it while this one writes the other tables.
    const startSiteData = () => {
      siteDataThread = dataThread!.write(path.join(dir, 'site'), tables, path.join(dir, 'json'));
      siteDataThread.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
    };
    const changes = await writeTables(dir, tables, previous, options, mentionsThread !== null, mentionsThread ? startSiteData : undefined);
    if (mentionsThread) {
      changes.mentions = await mentionsThread ?? await writeMentionTable(dir, tables.mentions, previous, options.readFragment ?? readFragment, options.mentionPlaces);
      await fs.writeFile(path.join(dir, 'schemas', 'mentions.schema.json'), tableSchemas().get('mentions')!.text);
      options.betweenTables?.();
    }
    return await writeVersioned(dir, normalized, previous, facts, options, changes, siteDataThread);
  } catch (error) {
    // No write of the threads' after this fails.
    await mentionsThread?.catch(() => {});
    await siteDataThread?.catch(() => {});
    throw error;
  } finally {
    (dataThread ?? options.siteDataThread)?.stop(); // where it was given no job
  }
}

/** The rest of the release, which depends on its version: what the tables' changes make it. */
async function writeVersioned(dir: string, normalized: Normalized, previous: PreviousRelease | null, facts: RunFacts, options: WriteOptions, changes: ChangesByTable, siteDataThread: Promise<SiteData | null> | null): Promise<Release> {
  const { tables } = normalized;
  const release = releaseOf(previous, releaseChanges(previous, changes, releaseDate(normalized)));

  const counts = Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  // A run that changes no data keeps the changelog as it was, so that no byte changes.
  const entry = release.unchanged ? null : changelogEntry(release.changes, counts);
  const changelog = entry ? prependEntry(previous?.changelog ?? '', entry) : previous!.changelog;
  const latestEntry = entry ?? latestEntryOf(changelog);

  await fs.writeFile(path.join(dir, 'datapackage.json'), toJsonText(buildDatapackage(release.version, tables.sources, release.changes.date)));
  await fs.writeFile(path.join(dir, 'report.json'), toJsonText(buildReport(normalized, release.version, facts)));
  await fs.writeFile(path.join(dir, 'CHANGES.md'), changelog);
  if (!entry && facts.previousChangesJson != null) await fs.writeFile(path.join(dir, 'changes.json'), facts.previousChangesJson);
  else {
    await writeWhole(path.join(dir, 'changes.json'), async (write) => {
      for (const piece of changesJsonPieces(release.changes)) await write(piece);
    });
  }
  const card = datasetCard(release.version, tables, latestEntry);
  await fs.writeFile(path.join(dir, 'README.md'), card);
  await writeNpmPackage(path.join(dir, 'npm'), release.version, path.join(dir, 'json'), card, LICENCE_TEXT);
  if (options.consume) {
    tables.mentions = new MentionTable([]);
    options.betweenTables?.();
  }
  const siteData = await siteDataThread ?? await writeSiteData(path.join(dir, 'site'), tables, path.join(dir, 'json'));
  await writeSite(path.join(dir, 'site'), { ...tables, version: release.version, latestChange: latestEntry }, siteData);
  return release;
}

function latestEntryOf(changelog: string): string {
  const start = changelog.indexOf('\n## ');
  if (start < 0) return '';
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start + 1, next < 0 ? undefined : next + 1);
}
