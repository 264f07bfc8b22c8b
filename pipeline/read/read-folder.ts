// Lists the sources of a raw/ folder: one file per source, with its optional sidecar. Anything
// that cannot be used is reported with what was done about it; the rest goes on.
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../model.js';
import { compareText } from '../lib/json.js';

/** Starts with a letter or digit, so that no id is "." or "..", hidden, or read as an option. */
export const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Preference when one id has several files: the first kept, the others reported. */
const FORMATS = [
  { ext: '.txt', format: 'text' },
  { ext: '.html', format: 'html' },
  { ext: '.htm', format: 'html' },
] as const;

export interface ReadLimits {
  /** Largest source file read, in bytes. */
  maxSourceBytes: number;
  /** Most sources read in one run (the first ones by id are kept). */
  maxSources: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxSourceBytes: 20 * 1024 * 1024, maxSources: 500_000 };

export interface SourceFile {
  sourceId: string;
  file: string;
  path: string;
  format: 'text' | 'html';
  sidecarPath: string | null;
}

const problem = (file: string, sourceId: string | null, text: string, action: string, severity: Problem['severity'] = 'error'): Problem =>
  ({ source_id: sourceId, file, stage: 'read', severity, problem: text, action });

export async function listSources(rawDir: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<{ files: SourceFile[]; problems: Problem[] }> {
  const root = await fs.realpath(rawDir);
  const dirents = await fs.readdir(root, { withFileTypes: true });
  // A regular file listed in root (not a link) is a regular file inside it: only the other
  // entries need resolving. Each resolution is two system calls, ~1 CPU-s for 10,000 sources.
  const plainFiles = new Set(dirents.filter((e) => e.isFile()).map((e) => e.name));
  const entries = dirents.map((e) => e.name).sort(compareText);
  const problems: Problem[] = [];
  const byId = new Map<string, { files: Array<{ name: string; format: 'text' | 'html'; rank: number }>; sidecar: string | null }>();
  const slot = (id: string) => byId.get(id) ?? byId.set(id, { files: [], sidecar: null }).get(id)!;

  for (const name of entries) {
    const full = path.join(root, name);
    if (!plainFiles.has(name) && !(await isRegularFileInside(full, root))) {
      problems.push(problem(name, null, 'not a regular file inside the raw folder (a folder, or a link that leads outside it)', 'ignored'));
      continue;
    }
    if (name.endsWith('.meta.json')) {
      const id = name.slice(0, -'.meta.json'.length);
      slot(id).sidecar = name;
      continue;
    }
    const rank = FORMATS.findIndex((f) => name.toLowerCase().endsWith(f.ext));
    if (rank < 0) {
      if (!name.startsWith('.')) problems.push(problem(name, null, 'not a source (sources end in .txt, .html or .htm; sidecars in .meta.json)', 'ignored', 'warning'));
      continue;
    }
    const id = name.slice(0, name.length - FORMATS[rank]!.ext.length);
    slot(id).files.push({ name, format: FORMATS[rank]!.format, rank });
  }

  const files: SourceFile[] = [];
  for (const [id, { files: candidates, sidecar }] of [...byId].sort(([a], [b]) => compareText(a, b))) {
    if (!candidates.length) {
      problems.push(problem(sidecar!, id, 'sidecar with no source file beside it', 'ignored', 'warning'));
      continue;
    }
    if (!SOURCE_ID.test(id)) {
      problems.push(problem(candidates[0]!.name, null, `"${id}" is not a valid source id (letters, digits, ".", "_", "-", starting with a letter or digit, at most 128 characters)`, 'skipped; rename the file'));
      continue;
    }
    candidates.sort((a, b) => a.rank - b.rank);
    for (const dup of candidates.slice(1)) {
      problems.push(problem(dup.name, id, `another file has the same source id (${candidates[0]!.name})`, `skipped; ${candidates[0]!.name} is used`));
    }
    const chosen = candidates[0]!;
    // Synchronous: a promise per file cost ~3 times the call itself at 10,000 sources.
    const stat = statSync(path.join(root, chosen.name));
    if (stat.size > limits.maxSourceBytes) {
      problems.push(problem(chosen.name, id, `larger than the limit of ${limits.maxSourceBytes} bytes (${stat.size})`, 'skipped; raise --max-source-bytes to read it'));
      continue;
    }
    if (files.length >= limits.maxSources) {
      problems.push(problem(chosen.name, id, `more sources than the limit of ${limits.maxSources}`, 'skipped; raise --max-sources to read it'));
      continue;
    }
    files.push({ sourceId: id, file: chosen.name, path: path.join(root, chosen.name), format: chosen.format, sidecarPath: sidecar ? path.join(root, sidecar) : null });
  }
  return { files, problems };
}

/** Links are followed only when they end inside the raw folder: a link never publishes a file from elsewhere. */
async function isRegularFileInside(full: string, root: string): Promise<boolean> {
  try {
    const real = await fs.realpath(full);
    if (path.dirname(real) !== root && !real.startsWith(root + path.sep)) return false;
    return (await fs.stat(real)).isFile();
  } catch {
    return false;
  }
}
