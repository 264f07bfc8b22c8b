// A file written whole or not at all: readers (other runs, other threads) never see it torn.
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes data to target whole (a temporary file of this process and thread, then rename); false
 * when it could not, with nothing left behind. Synchronous, and the folder is made only when the
 * write finds it missing: a worker writes small cache files for every source, and a recursive
 * mkdir before each with promise calls cost several times the CPU of the writes themselves.
 */
export function writeFileWhole(target: string, data: string | Uint8Array): boolean {
  const temp = `${target}.${process.pid}-${threadId}-${randomUUID()}.tmp`;
  try {
    try {
      writeFileSync(temp, data);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(temp, data);
    }
    renameSync(temp, target);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}
