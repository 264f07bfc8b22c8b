// A byte range of an open file read or written whole: readSync and writeSync may move fewer bytes
// than asked, so each caller's check (a length, then a hash) sees either every byte of the range
// or a file that ended, and a write returns only once every byte is handed to the file.
import { readSync, writeSync } from 'node:fs';

/** Fills `bytes` from `position` of the file; false when the file ends first. Throws as readSync does. */
export function readFullyAt(fd: number, bytes: Buffer, position: number): boolean {
  for (let done = 0, n; done < bytes.length; done += n) {
    if ((n = readSync(fd, bytes, done, bytes.length - done, position + done)) === 0) return false;
  }
  return true;
}

/** Writes all of `bytes` at `position` of the file. Throws as writeSync does. */
export function writeFullyAt(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}
