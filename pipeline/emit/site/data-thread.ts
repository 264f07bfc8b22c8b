// The explorer's data files written in a thread of their own while this one goes on with the
// release (the mentions table, the version, the other files): they depend on the events, evidence
// and figures alone, and are made from the bytes of the tables' files (data-from-tables.ts), so
// that what crosses to the thread is each record's event id, not the records. Its ~80 MB of files
// read at 10,000 sources are held in the thread's heap, not in this one's, whose collections cost
// in proportion to the tables it holds. The thread runs from an esbuild bundle kept between runs,
// as the mentions table's does (mention-table-thread.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { keptThreadBundle } from '../../extract-worker-bundle.js';
import { bundleWorkerFlags } from '../../extract-pool.js';
import type { DataLayout, EventIds } from './data-from-tables.js';
import type { SiteDataJob, SiteDataReply } from './data-worker.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = 'data-worker';

let bundled: Promise<URL | null> | null = null;

/** The bundled worker's URL, once per process (kept-bundle.ts); null where it cannot be built. */
export function siteDataWorkerBundle(): Promise<URL | null> {
  bundled ??= bundle().catch(() => null);
  return bundled;
}

function bundle(): Promise<URL> {
  return keptThreadBundle('site-data-worker', path.join(here, `${ENTRY}.ts`), fileURLToPath(import.meta.url));
}

/**
 * writeSiteDataFromTables in a thread: the layout of the files written; null, with nothing
 * written, where there is no bundle or the tables' files do not hold the records (the caller then
 * writes them from the records). An error in the thread is thrown here with its message.
 */
export async function writeSiteDataInThread(dir: string, input: EventIds, jsonDir: string): Promise<DataLayout | null> {
  const url = await siteDataWorkerBundle();
  if (!url) return null;
  const ids = (items: ReadonlyArray<{ event_id: string | null }>) => items.map((item) => ({ event_id: item.event_id }));
  const job: SiteDataJob = { dir, jsonDir, events: ids(input.events) as Array<{ event_id: string }>, evidence: ids(input.evidence), figures: ids(input.figures) };
  const reply = await new Promise<SiteDataReply>((resolve, reject) => {
    const worker = new Worker(url, { workerData: job, execArgv: bundleWorkerFlags(process.execArgv) });
    let replied = false;
    worker.once('message', (message: SiteDataReply) => {
      replied = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the thread writing the explorer's data stopped (exit code ${code}) before it replied`));
    });
  });
  if ('error' in reply) throw new Error(`writing the explorer's data: ${reply.error.message}`, { cause: reply.error.stack });
  return reply.layout;
}
