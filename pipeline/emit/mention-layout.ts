// Where each source's mention rows stand in a release's mentions files, so that a rerun copies
// the rows of an unchanged source from the release it replaces, by byte range: at 10,000 sources
// 20,000 reads of two open files instead of 20,000 cache files opened, read and closed.
//
// The layout is kept in the cache folder (a release holds only the dataset) and written after
// each run with a cache; it names the release folder it describes. It is never trusted: a range
// is used only when its bytes are the fragment's own, checked against the fragment's hash (which
// the cache entry or the snapshot carries, checked in turn). A previous release edited, damaged,
// restored from elsewhere or built without updating the layout fails that check block by block,
// and those blocks are read from their cache files (or rendered again) as without a layout.
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../lib/hash.js';
import { readFullyAt } from '../lib/range-io.js';
import { writeFileWhole } from '../lib/write-whole.js';
import type { FragmentReader } from './mention-block.js';

/** A source's rows in the two files: [offset, bytes] in csv/mentions.csv, then in json/mentions.json. */
export type MentionPlace = [csvOffset: number, csvBytes: number, jsonOffset: number, jsonBytes: number];

export interface MentionLayout {
  /** The release folder described, resolved. */
  release: string;
  places: Map<string, MentionPlace>;
}

const FORMAT = 1;
const layoutFile = (cacheDir: string) => path.join(cacheDir, 'mentions.layout');

/** The layout the last run left in the cache folder, or null when there is none readable. */
export function readMentionLayout(cacheDir: string): MentionLayout | null {
  try {
    const value = JSON.parse(readFileSync(layoutFile(cacheDir), 'utf8')) as { format?: unknown; release?: unknown; places?: unknown };
    if (value.format !== FORMAT || typeof value.release !== 'string' || !Array.isArray(value.places)) return null;
    const places = new Map<string, MentionPlace>();
    for (const p of value.places as unknown[]) {
      if (!Array.isArray(p) || p.length !== 5 || typeof p[0] !== 'string' || !p.slice(1).every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
      places.set(p[0], p.slice(1) as MentionPlace);
    }
    return { release: value.release, places };
  } catch {
    return null;
  }
}

/** Records the layout of the release now in `release` (written through a temporary file, renamed into place). */
export function writeMentionLayout(cacheDir: string, release: string, places: Map<string, MentionPlace>): void {
  // A cache that cannot be written slows the next run down, nothing more.
  writeFileWhole(layoutFile(cacheDir), JSON.stringify({ format: FORMAT, release: path.resolve(release), places: [...places].map(([id, p]) => [id, ...p]) }));
}

/** What a reader in another thread needs to copy the rows this one would: the layout, checked against the folder. */
export interface PreviousRowsSource {
  layout: MentionLayout;
  previousDir: string;
}

/**
 * A reader that takes a block's rows from the previous release's files where the layout places
 * them and their bytes hash to the fragment's hash, and otherwise asks `fallback`. `taken` counts
 * the fragments copied from the previous release (by this reader, or by one in the thread whose
 * table was taken: addTaken).
 */
export class PreviousMentionRows {
  taken = 0;
  private readonly fds: Partial<Record<'csv' | 'json', number | null>> = {};

  constructor(private readonly layout: MentionLayout | null, private readonly previousDir: string, private readonly fallback: FragmentReader) {
    if (layout && layout.release !== path.resolve(previousDir)) this.layout = null;
  }

  readonly read: FragmentReader = async (block, part) => {
    const fragment = block[part];
    const place = this.layout?.places.get(block.source_id);
    if (!place || !('file' in fragment)) return this.fallback(block, part);
    const [offset, bytes] = part === 'csv' ? [place[0], place[1]] : [place[2], place[3]];
    const fd = bytes === fragment.bytes ? this.fileOf(part) : null;
    if (fd === null) return this.fallback(block, part);
    const copy = Buffer.allocUnsafe(bytes);
    let whole: boolean;
    try {
      whole = readFullyAt(fd, copy, offset);
    } catch {
      whole = false;
    }
    if (!whole || sha256Hex(copy) !== fragment.sha256) return this.fallback(block, part);
    this.taken++;
    return copy;
  };

  /** The layout and folder for a reader in another thread (mention-table-worker.ts), or null where none are copied. */
  get source(): PreviousRowsSource | null {
    return this.layout && { layout: this.layout, previousDir: this.previousDir };
  }

  /** Counts the fragments a reader in another thread copied for the table this build writes. */
  addTaken(fragments: number): void {
    this.taken += fragments;
  }

  close(): void {
    for (const fd of Object.values(this.fds)) if (typeof fd === 'number') closeSync(fd);
  }

  private fileOf(part: 'csv' | 'json'): number | null {
    if (!(part in this.fds)) {
      try {
        this.fds[part] = openSync(path.join(this.previousDir, part, `mentions.${part}`), 'r');
      } catch {
        this.fds[part] = null;
      }
    }
    return this.fds[part]!;
  }
}
