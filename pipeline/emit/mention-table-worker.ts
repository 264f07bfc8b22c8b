// The mentions table written in a thread of its own: mention-table-thread.ts starts this module
// (bundled) with the job as workerData, and it posts one reply. It reads the rows' files as the
// main thread's plain reader does, and on a rerun copies unchanged sources' rows from the previous
// release as the main thread's PreviousMentionRows does (each range checked against its hash); a
// fragment that fails its check, or a previous table it cannot compare by bytes, sends the table
// back to the main thread, whose reader can render it again.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { MentionChanges } from './changes.js';
import { FragmentMismatch, MentionTable, readFragment, type MentionBlock } from './mention-block.js';
import type { ListedIds, ListedIdsData } from './mention-ids.js';
import { PreviousMentionRows, type MentionPlace, type PreviousRowsSource } from './mention-layout.js';
import { writeMentionFiles, type ByteBaseline } from './mention-table.js';

export interface MentionJob {
  dir: string;
  blocks: MentionBlock[];
  baseline: ByteBaseline;
  /** Whether to say where each source's rows land (mention-layout.ts). */
  places: boolean;
  /** Where unchanged sources' rows are copied from (the previous release), or null to read every fragment's file. */
  previousRows: PreviousRowsSource | null;
}

export type MentionReply =
  | { written: { changes: Omit<MentionChanges, 'added'> & { added: ListedIdsData }; places: Map<string, MentionPlace> | null; firstRows: Array<Record<string, unknown>>; taken: number } }
  | { sendBack: string }
  | { error: { message: string; stack?: string } };

async function run(job: MentionJob): Promise<MentionReply> {
  const table = new MentionTable(job.blocks);
  const places = job.places ? new Map<string, MentionPlace>() : undefined;
  // A fragment neither copied nor read from its file fails here (FragmentMismatch): the main thread's reader renders it again.
  const copy = job.previousRows && new PreviousMentionRows(job.previousRows.layout, job.previousRows.previousDir, readFragment);
  try {
    // The release's writer makes these folders too, but this thread may start writing first.
    for (const sub of ['csv', 'json']) mkdirSync(path.join(job.dir, sub), { recursive: true });
    const changes = await writeMentionFiles(job.dir, table, job.baseline, copy?.read ?? readFragment, places);
    if (!changes) return { sendBack: 'the previous mentions table is not laid out as this code writes it' };
    // A byte comparison lists the added ids as ListedIds (mention-diff.ts).
    const added = (changes.added as ListedIds).toData();
    return { written: { changes: { ...changes, added }, places: places ?? null, firstRows: table.firstRows, taken: copy?.taken ?? 0 } };
  } catch (error) {
    if (error instanceof FragmentMismatch) return { sendBack: error.message };
    const e = error instanceof Error ? error : new Error(String(error));
    return { error: { message: e.message, stack: e.stack } };
  } finally {
    copy?.close();
  }
}

parentPort!.postMessage(await run(workerData as MentionJob));
