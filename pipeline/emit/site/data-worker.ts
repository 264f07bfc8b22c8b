// The explorer's data files written in a thread of its own: data-thread.ts starts this module
// (bundled) before the tables it reads are written, and it posts one reply to the job it is then
// sent. It writes them from the bytes of the release's evidence and figures files
// (data-from-tables.ts), given each record's event id (coded: event-id-codes.ts).
import { parentPort } from 'node:worker_threads';
import { writeSiteDataFromTables, type DataLayout } from './data-from-tables.js';
import { decodeEventIds, type CodedEventIds } from './event-id-codes.js';

export interface SiteDataJob {
  /** The site folder (its data/ is made here) and the folder of the release's JSON tables. */
  dir: string;
  jsonDir: string;
  ids: CodedEventIds;
}

/** The files' layout; null where the tables' files do not hold the records (nothing written). */
export type SiteDataReply = { layout: DataLayout | null } | { error: { message: string; stack?: string } };

async function run(job: SiteDataJob): Promise<SiteDataReply> {
  try {
    return { layout: await writeSiteDataFromTables(job.dir, decodeEventIds(job.ids), job.jsonDir) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { error: { message: e.message, stack: e.stack } };
  }
}

// Once replied, the thread has nothing left to wait for and ends.
parentPort!.once('message', async (job: SiteDataJob) => parentPort!.postMessage(await run(job)));
