// The explorer's data files written in a thread of their own while this one goes on with the
// release (the mentions table, the version, the other files): they depend on the events, evidence
// and figures alone, and are made from the bytes of the tables' files (data-from-tables.ts), so
// that what crosses to the thread is each record's event id (event-id-codes.ts), not the records. Its ~80 MB of files
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
import { codeEventIds } from './event-id-codes.js';

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

/** The explorer's data thread, made before its job is known (see startSiteDataThread). */
export interface SiteDataThread {
  /**
   * writeSiteDataFromTables in the thread: the layout of the files written; null, with nothing
   * written, where there is no bundle or the tables' files do not hold the records (the caller
   * then writes them from the records). An error in the thread is thrown here with its message.
   * Called once.
   */
  write(dir: string, input: EventIds, jsonDir: string): Promise<DataLayout | null>;
  /** Ends the thread where no job was given to it (a release that failed before its tables were written). */
  stop(): void;
  /** Settles once the thread is made, or once it is known there will be none: awaited before normalize holds the event loop. */
  launched: Promise<void>;
}

/**
 * Makes the thread now, once its bundle is ready, to wait for its job: made before normalize (a
 * build makes it beside the mentions table's thread), its start (0.2-0.7 s of loading its bundle,
 * most of it waiting for reads in the process's file system pool, which the main thread's writes
 * fill) is over by the time the evidence and figures files are written, instead of on the way to
 * the files it writes.
 */
export function startSiteDataThread(): SiteDataThread {
  let given = false;
  let stopped = false;
  const made = siteDataWorkerBundle().then((url) => {
    if (!url || stopped) return null;
    const worker = new Worker(url, { execArgv: bundleWorkerFlags(process.execArgv) });
    worker.unref(); // waiting for a job that may never come, it does not keep the process alive
    const reply = new Promise<SiteDataReply>((resolve, reject) => {
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
    reply.catch(() => {}); // awaited by write; not an unhandled rejection meanwhile
    return { worker, reply };
  });
  return {
    launched: made.then(() => {}, () => {}),
    async write(dir, input, jsonDir) {
      const thread = await made;
      if (!thread) return null;
      given = true;
      thread.worker.ref();
      const job: SiteDataJob = { dir, jsonDir, ids: codeEventIds(input) };
      thread.worker.postMessage(job);
      const reply = await thread.reply;
      if ('error' in reply) throw new Error(`writing the explorer's data: ${reply.error.message}`, { cause: reply.error.stack });
      return reply.layout;
    },
    stop() {
      stopped = true;
      void made.then((thread) => { if (thread && !given) void thread.worker.terminate(); });
    },
  };
}

/** writeSiteDataFromTables in a thread made for it (see SiteDataThread.write). */
export function writeSiteDataInThread(dir: string, input: EventIds, jsonDir: string): Promise<DataLayout | null> {
  return startSiteDataThread().write(dir, input, jsonDir);
}
