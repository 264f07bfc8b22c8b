// The explorer's data files written in a thread of its own: data-thread.ts starts this module
// (bundled) with the job as workerData, and it posts one reply. It writes them from the bytes of
// the release's evidence and figures files (data-from-tables.ts), given each record's event id.
import { parentPort, workerData } from 'node:worker_threads';
import { writeSiteDataFromTables, type DataLayout, type EventIds } from './data-from-tables.js';

export interface SiteDataJob extends EventIds {
  /** The site folder (its data/ is made here) and the folder of the release's JSON tables. */
  dir: string;
  jsonDir: string;
}

/** The files' layout; null where the tables' files do not hold the records (nothing written). */
export type SiteDataReply = { layout: DataLayout | null } | { error: { message: string; stack?: string } };

async function run(job: SiteDataJob): Promise<SiteDataReply> {
  try {
    return { layout: await writeSiteDataFromTables(job.dir, job, job.jsonDir) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { error: { message: e.message, stack: e.stack } };
  }
}

parentPort!.postMessage(await run(workerData as SiteDataJob));
