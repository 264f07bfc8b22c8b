// The mentions table, streamed from each source's rendered rows (mention-block.ts): the same bytes
// as writing its records, with no record built. It is compared with the previous release a source
// at a time (mention-diff.ts), where a source whose rows did not change costs one byte comparison.
// The same code runs in the main thread or, during a build, in a thread of its own beside the
// other tables (mention-table-thread.ts).
import path from 'node:path';
import { TableComparison, type MentionChanges, type PreviousRelease } from './changes.js';
import { csvHeader } from './csv.js';
import { saysSomething } from './dataset-card.js';
import { blockRecords, mentionRecords, type FragmentReader, type MentionBlock, type MentionTable } from './mention-block.js';
import { MentionTableDiff } from './mention-diff.js';
import type { MentionPlace } from './mention-layout.js';
import { columnsOf } from './schemas.js';
import { UnexpectedLayout } from './table-diff.js';
import { EMPTY_TABLE, RECORD_SEPARATOR, TABLE_CLOSE, TABLE_OPEN, writeWhole } from './write-table.js';

/**
 * Writes csv/mentions.csv and json/mentions.json and compares the table with the previous release.
 * Where each source's rows land in the two files goes into `places` (mention-layout.ts).
 */
export async function writeMentionTable(dir: string, table: MentionTable, previous: PreviousRelease | null, read: FragmentReader, places?: Map<string, MentionPlace>): Promise<MentionChanges> {
  const changes = await writeMentionFiles(dir, table, byteBaseline(previous), read, places);
  if (changes) return changes;
  // The previous table is held in memory, or not laid out as written here: compared record by record.
  const records = mentionRecords(table);
  const comparison = new TableComparison('mentions', previous);
  records.forEach((r, i) => comparison.add(i, r, null));
  return comparison.finish(records);
}

/**
 * What the table is compared with by bytes: the previous release's json/mentions.json (file null
 * where there is no previous table, and every row is added), or null where the comparison is by
 * records (the previous table is held in memory).
 */
export type ByteBaseline = { file: string | null } | null;

export function byteBaseline(previous: PreviousRelease | null): ByteBaseline {
  if (previous?.tables.mentions) return null;
  return { file: previous?.dir ? path.join(previous.dir, 'json', 'mentions.json') : null };
}

/**
 * writeMentionTable's files and its byte comparison with `baseline`; null where that comparison
 * cannot be used (no baseline, or a previous file laid out otherwise), and the table must be
 * compared record by record.
 */
export async function writeMentionFiles(dir: string, table: MentionTable, baseline: ByteBaseline, read: FragmentReader, places?: Map<string, MentionPlace>): Promise<MentionChanges | null> {
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
  let diff = openMentionDiff(baseline);
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
  return null;
}

const NO_ROWS = Buffer.alloc(0);
const byteLength = (rows: string | Buffer): number => (typeof rows === 'string' ? Buffer.byteLength(rows) : rows.length);

/** The byte comparison with the previous release's mentions file, or null where it cannot be used. */
function openMentionDiff(baseline: ByteBaseline): MentionTableDiff | null {
  if (!baseline) return null;
  try {
    return new MentionTableDiff(baseline.file);
  } catch (error) {
    if (error instanceof UnexpectedLayout) return null;
    throw error;
  }
}
