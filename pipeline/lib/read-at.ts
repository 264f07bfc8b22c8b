// A byte range of an open file read whole: readSync may return fewer bytes than asked, so each
// caller's check (a length, then a hash) sees either every byte of the range or a file that ended.
import { readSync } from 'node:fs';

/** Fills `bytes` from `position` of the file; false when the file ends first. Throws as readSync does. */
export function readFullyAt(fd: number, bytes: Buffer, position: number): boolean {
  for (let done = 0, n; done < bytes.length; done += n) {
    if ((n = readSync(fd, bytes, done, bytes.length - done, position + done)) === 0) return false;
  }
  return true;
}
