// What normalize carries event ids over by (readPreviousEvents), kept in the cache folder for the
// release a run wrote, so that the next run need not read it back out of that release's events
// and evidence: at 10,000 sources, parsing the ~144,000 evidence records (each with its quote)
// takes 0.5-0.7 CPU-s; this file (~5.5 MB of bare fields) and hashing the two files 0.13-0.18.
//
// Used only for files that are byte for byte those it was made from: it holds the size and hash
// of the release's json/events.json and json/evidence.json, and a previous release whose files
// differ in any way (edited, damaged, another release) is read the slow way, as without it.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Event, Evidence } from '../generated/dataset.js';
import { writeFileWhole } from '../lib/write-whole.js';
import type { PreviousEvents } from '../normalize/events/ids.js';

const FORMAT = 1;
const indexFile = (cacheDir: string) => path.join(cacheDir, 'event-ids.index');
const TABLE_FILES = ['events', 'evidence'] as const;

interface IdRows {
  format: number;
  /** Size and sha256 of json/events.json and json/evidence.json, as written. */
  files: Record<(typeof TABLE_FILES)[number], { bytes: number; sha256: string }>;
  events: Array<[string, string, string | null, string | null, string]>;
  evidence: Array<[string, string, number]>;
}

/** The size and sha256 of a file, read in pieces; null when it cannot be read. */
function fileDigest(file: string): { bytes: number; sha256: string } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(1 << 20);
    let bytes = 0;
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; bytes += n) hash.update(buffer.subarray(0, n));
    return { bytes, sha256: hash.digest('hex') };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The id rows of the release in `release`, whose events and evidence tables are `events` and `evidence`, recorded in the cache folder. */
export function writePreviousIds(cacheDir: string, release: string, events: readonly Event[], evidence: readonly Evidence[]): void {
  const files = {} as IdRows['files'];
  for (const t of TABLE_FILES) {
    const digest = fileDigest(path.join(release, 'json', `${t}.json`));
    if (!digest) return;
    files[t] = digest;
  }
  const rows: IdRows = {
    format: FORMAT,
    files,
    events: events.map((e) => [e.event_id, e.event_type, e.actor1_id, e.actor2_id, e.date]),
    evidence: evidence.map((e) => [e.event_id, e.source_id, e.char_start]),
  };
  // A cache that cannot be written slows the next run down, nothing more.
  writeFileWhole(indexFile(cacheDir), JSON.stringify(rows));
}

/**
 * The id rows recorded for the release in `dir`, or null when none are, or its events or
 * evidence file is not byte for byte the one they were recorded from.
 */
export function readPreviousIds(cacheDir: string, dir: string): PreviousEvents | null {
  let rows: IdRows;
  try {
    rows = JSON.parse(readFileSync(indexFile(cacheDir), 'utf8')) as IdRows;
    if (rows.format !== FORMAT || !Array.isArray(rows.events) || !Array.isArray(rows.evidence)) return null;
  } catch {
    return null;
  }
  for (const t of TABLE_FILES) {
    const digest = fileDigest(path.join(dir, 'json', `${t}.json`));
    if (!digest || digest.bytes !== rows.files?.[t]?.bytes || digest.sha256 !== rows.files[t].sha256) return null;
  }
  return {
    events: rows.events.map(([event_id, event_type, actor1_id, actor2_id, date]) => ({ event_id, event_type, actor1_id, actor2_id, date })),
    evidence: rows.evidence.map(([event_id, source_id, char_start]) => ({ event_id, source_id, char_start })),
  };
}
