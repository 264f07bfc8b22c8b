// Emit: writes a release folder exactly as DATASET.md lays it out.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DatasetTables, Normalized } from '../normalize/index.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import { toJsonText } from '../lib/json.js';
import { changelogEntry, diffTables, isUnchanged, prependEntry, releaseChanges, TableComparison, type ChangesByTable, type MentionChanges, type PreviousRelease, type ReleaseChanges } from './changes.js';
import { changesJsonPieces } from './changes-json.js';
import { datasetCard, saysSomething } from './dataset-card.js';
import { buildDatapackage } from './datapackage.js';
import { LICENCE_TEXT } from './licence.js';
import { writeNpmPackage } from './npm-package.js';
import { buildReport, type RunFacts } from './report.js';
import { columnsOf, tableSchemas } from './schemas.js';
import { writeSite } from './site/index.js';
import { csvHeader } from './csv.js';
import { blockRecords, mentionRecords, MentionTable, readFragment, type FragmentReader, type MentionBlock } from './mention-block.js';
import { MentionTableDiff } from './mention-diff.js';
import type { MentionPlace } from './mention-layout.js';
import { UnexpectedLayout } from './table-diff.js';
import { EMPTY_TABLE, RECORD_SEPARATOR, TABLE_CLOSE, TABLE_OPEN, writeCsvTable, writeJsonTable, writeWhole } from './write-table.js';

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

/**
 * Writes the tables (CSV and JSON) and compares each with the previous release's as it is
 * written: no table is held as one string, and the previous tables are never parsed whole.
 */
async function writeTables(dir: string, tables: DatasetTables, previous: PreviousRelease | null, options: WriteOptions): Promise<ChangesByTable> {
  const changes = {} as ChangesByTable;
  for (const t of TABLES) {
    if (t === 'mentions') {
      changes[t] = await writeMentionTable(dir, tables.mentions, previous, options.readFragment ?? readFragment, options.mentionPlaces);
    } else {
      const records = tables[t] as unknown as Array<Record<string, unknown>>;
      // In pieces: at archive scale the evidence table alone is tens of megabytes.
      await writeCsvTable(path.join(dir, 'csv', `${t}.csv`), columnsOf(t), records);
      const comparison = new TableComparison(t, previous);
      await writeJsonTable(path.join(dir, 'json', `${t}.json`), records, (piece) => {
        for (let k = 0; k < piece.bodies.length; k++) comparison.add(piece.start + k, records[piece.start + k]!, piece.bodies[k]!);
      });
      changes[t] = comparison.finish(records);
    }
    await fs.writeFile(path.join(dir, 'schemas', `${t}.schema.json`), tableSchemas().get(t)!.text);
    options.betweenTables?.();
  }
  return changes;
}

/**
 * The mentions table, streamed from each source's rendered rows (mention-block.ts): the same bytes
 * as writing its records, with no record built. It is compared with the previous release a source
 * at a time (mention-diff.ts), where a source whose rows did not change costs one byte comparison.
 * Where each source's rows land in the two files goes into `places` (mention-layout.ts).
 */
async function writeMentionTable(dir: string, table: MentionTable, previous: PreviousRelease | null, read: FragmentReader, places?: Map<string, MentionPlace>): Promise<MentionChanges> {
  // A fragment held in memory is written as its text: the bytes every reader gives for it, without
  // a copy of them (at 10,000 sources ~500 MB of Buffers, whose external memory set off collections).
  const rowsOf = async (block: MentionBlock, part: 'csv' | 'json'): Promise<string | Buffer> => {
    const fragment = block[part];
    return 'text' in fragment ? fragment.text : read(block, part);
  };
  await writeWhole(path.join(dir, 'csv', 'mentions.csv'), async (write) => {
    const header = csvHeader(columnsOf('mentions'));
    await write(header);
    let offset = Buffer.byteLength(header);
    for (const block of table.blocks) {
      if (!block.count) continue;
      const rows = await rowsOf(block, 'csv');
      if (places) {
        const bytes = byteLength(rows);
        places.set(block.source_id, [offset, bytes, 0, 0]);
        offset += bytes;
      }
      await write(rows);
    }
  });
  let diff = openMentionDiff(previous);
  const giveUp = (error: unknown) => {
    if (!(error instanceof UnexpectedLayout)) throw error;
    diff?.close();
    diff = null;
  };
  const unexampled = new Set(columnsOf('mentions'));
  await writeWhole(path.join(dir, 'json', 'mentions.json'), async (write) => {
    if (!table.length) await write(EMPTY_TABLE);
    let first = true;
    let offset = 0;
    for (const block of table.blocks) {
      const rows = block.count ? await rowsOf(block, 'json') : NO_ROWS;
      try {
        diff?.block(block.source_id, rows, block.count);
      } catch (error) {
        giveUp(error);
      }
      if (!block.count) continue;
      const lead = first ? TABLE_OPEN : RECORD_SEPARATOR;
      await write(lead);
      if (places) {
        offset += Buffer.byteLength(lead);
        const bytes = byteLength(rows);
        const place = places.get(block.source_id);
        if (place) [place[2], place[3]] = [offset, bytes];
        offset += bytes;
      }
      await write(rows);
      first = false;
      // The dataset card quotes the table's first rows, up to an example of every column.
      if (unexampled.size) {
        for (const record of blockRecords(typeof rows === 'string' ? rows : rows.toString('utf8'))) {
          if (!unexampled.size) break;
          table.firstRows.push(record);
          for (const c of unexampled) if (saysSomething(record[c])) unexampled.delete(c);
        }
      }
    }
    if (!first) await write(TABLE_CLOSE);
  });
  if (diff) {
    try {
      return diff.finishListed();
    } catch (error) {
      giveUp(error);
    }
  }
  // The previous table is held in memory, or not laid out as written here: compared record by record.
  const records = mentionRecords(table);
  const comparison = new TableComparison('mentions', previous);
  records.forEach((r, i) => comparison.add(i, r, null));
  return comparison.finish(records);
}

const NO_ROWS = Buffer.alloc(0);
const byteLength = (rows: string | Buffer): number => (typeof rows === 'string' ? Buffer.byteLength(rows) : rows.length);

/** The byte comparison with the previous release's mentions file, or null where it cannot be used. */
function openMentionDiff(previous: PreviousRelease | null): MentionTableDiff | null {
  if (previous?.tables.mentions) return null;
  try {
    return new MentionTableDiff(previous?.dir ? path.join(previous.dir, 'json', 'mentions.json') : null);
  } catch (error) {
    if (error instanceof UnexpectedLayout) return null;
    throw error;
  }
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
}

/** Writes the release into dir (an empty folder) and returns what it is. */
export async function writeRelease(dir: string, normalized: Normalized, previous: PreviousRelease | null, facts: RunFacts, options: WriteOptions = {}): Promise<Release> {
  const { tables } = normalized;
  for (const sub of ['csv', 'json', 'schemas', 'npm', 'site']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  const release = releaseOf(previous, releaseChanges(previous, await writeTables(dir, tables, previous, options), releaseDate(normalized)));

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
  await writeSite(path.join(dir, 'site'), { ...tables, version: release.version, latestChange: latestEntry });
  return release;
}

function latestEntryOf(changelog: string): string {
  const start = changelog.indexOf('\n## ');
  if (start < 0) return '';
  const next = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start + 1, next < 0 ? undefined : next + 1);
}
