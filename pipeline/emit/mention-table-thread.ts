// The mentions table written in a thread of its own while this one writes the other tables and the
// explorer's data. At 10,000 sources the table is ~500 MB read from the rows' files and written
// twice (CSV and JSON), seconds in which the build's second core was idle: what crosses threads is
// the blocks' file names and hashes one way, and the changes (the added ids as a string per
// source), the places and the card's first rows the other. On a rerun the thread also copies the
// unchanged sources' rows from the previous release (the layout crosses with the job, the count of
// copied fragments comes back). The thread runs mention-table.ts, as the main thread does, from an
// esbuild bundle (tsx in a thread would cost seconds to start).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { keptThreadBundle } from '../extract-worker-bundle.js';
import { bundleWorkerFlags } from '../extract-pool.js';
import type { MentionChanges } from './changes.js';
import type { MentionBlock, MentionTable } from './mention-block.js';
import { ListedIds } from './mention-ids.js';
import type { MentionPlace, PreviousMentionRows, PreviousRowsSource } from './mention-layout.js';
import type { ByteBaseline } from './mention-table.js';
import type { MentionJob, MentionReply } from './mention-table-worker.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = 'mention-table-worker';

let bundled: Promise<URL | null> | null = null;

/**
 * The bundled worker's URL, once per process: kept between runs (kept-bundle.ts), built where its
 * code changed (start it early: ~0.1 s of esbuild); null where it cannot be built.
 */
export function mentionWorkerBundle(): Promise<URL | null> {
  bundled ??= bundle().catch(() => null);
  return bundled;
}

function bundle(): Promise<URL> {
  return keptThreadBundle(ENTRY, path.join(here, `${ENTRY}.ts`), fileURLToPath(import.meta.url));
}

/** What the thread gave: the table's changes, and the fragments it copied from the previous release. */
interface ThreadOutcome {
  changes: MentionChanges;
  taken: number;
}

/**
 * writeMentionFiles (mention-table.ts) in a thread of its own: the table's changes, with `places`
 * and table.firstRows filled as there; null where this thread must write the table itself (no
 * bundle, rows held as text, a fragment that failed its check, a previous table to compare record
 * by record). Where `previousRows` is given, the thread copies the rows a PreviousMentionRows of it
 * would (its ranges checked as that reader checks them), and says how many it copied. An error in
 * the thread is thrown here with its message.
 */
async function writeInThread(dir: string, table: MentionTable, baseline: ByteBaseline, places: Map<string, MentionPlace> | undefined, previousRows: PreviousRowsSource | null, launched: () => void): Promise<ThreadOutcome | null> {
  // Rows held as text would be copied whole to the thread (~500 MB at 10,000 sources): written here.
  if (!baseline || table.blocks.some((b) => b.count && !('file' in b.csv && 'file' in b.json))) return null;
  const url = await mentionWorkerBundle();
  if (!url) return null;
  const job: MentionJob = {
    dir,
    blocks: table.blocks.map(({ source_id, count, csv, json }) => ({ source_id, count, rejects: [], csv, json })),
    baseline,
    places: places !== undefined,
    previousRows,
  };
  const reply = await new Promise<MentionReply>((resolve, reject) => {
    const worker = new Worker(url, { workerData: job, execArgv: bundleWorkerFlags(process.execArgv) });
    launched();
    let replied = false;
    worker.once('message', (message: MentionReply) => {
      replied = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the thread writing the mentions table stopped (exit code ${code}) before it replied`));
    });
  });
  if ('error' in reply) throw new Error(`writing the mentions table: ${reply.error.message}`, { cause: reply.error.stack });
  if ('sendBack' in reply) return null;
  const { changes, places: written, firstRows, taken } = reply.written;
  if (places && written) for (const [source, place] of written) places.set(source, place);
  for (const row of firstRows) table.firstRows.push(row);
  return { changes: { ...changes, added: ListedIds.fromData(changes.added) }, taken };
}

/** A mentions table whose writing in its thread was started before the release was made (see startMentionTable). */
export interface MentionTableStarted {
  dir: string;
  table: MentionTable;
  /** The thread's outcome: its first rows are in `table`, its places in the map it was given. */
  written: Promise<ThreadOutcome | null>;
  /** The reader whose rows the thread copies, which counts them once the table is taken. */
  copy?: PreviousMentionRows;
  /**
   * Settles once the thread is made, or once it is known that there will be none: a caller that
   * goes on to hold its event loop (normalize) awaits it first, or the thread is made only after.
   */
  launched: Promise<void>;
}

/**
 * Starts writing the table into dir in its thread: the mention rows depend on each source's
 * extraction alone (and, on a rerun, on the previous release's files that `copy` copies from), so
 * a build starts them before normalize. The thread itself is made once this thread's event loop
 * turns after the bundle is ready: a build awaits `launched` before normalize, so that the thread
 * writes on the second core while this one normalizes (which holds the event loop ~1-3 s), and
 * that core is free for the explorer's data thread beside the other tables.
 */
export function startMentionTable(dir: string, table: MentionTable, baseline: ByteBaseline, places?: Map<string, MentionPlace>, copy?: PreviousMentionRows): MentionTableStarted {
  let launched!: () => void;
  const made = new Promise<void>((resolve) => { launched = resolve; });
  const written = writeInThread(dir, table, baseline, places, copy?.source ?? null, launched);
  written.catch(() => {}); // awaited by whoever takes it over; not an unhandled rejection meanwhile
  // Settled by the thread's making, or by the outcome where none is made (or making it failed).
  const settled = Promise.race([made, written.then(() => {}, () => {})]);
  return { dir, table, written, copy, launched: settled };
}

/**
 * The changes of a table started earlier, where it is the table now to be written (the same
 * blocks in the same order, into the same folder); else null once its thread has stopped writing,
 * with `places` cleared, so that this thread writes the table afresh.
 */
export async function takeStartedTable(started: MentionTableStarted, dir: string, table: MentionTable, places?: Map<string, MentionPlace>): Promise<MentionChanges | null> {
  const outcome = await started.written;
  const same = started.dir === dir && started.table.blocks.length === table.blocks.length && started.table.blocks.every((b, i) => b === table.blocks[i]);
  if (!outcome || !same) {
    places?.clear();
    return null;
  }
  // The thread's first rows went to the started table: copied where the table now written is another object with the same blocks.
  if (started.table !== table) for (const row of started.table.firstRows) table.firstRows.push(row);
  started.copy?.addTaken(outcome.taken);
  return outcome.changes;
}
