// The version of the extraction rules: one hash of everything that decides what a source
// extracts to. A cached extraction is reused only under the same version, so editing a rule, a
// lexicon, or upgrading a library the rules use invalidates the cache.
//
// What counts: every file under pipeline/read/, pipeline/extract/, pipeline/lexicons/ and
// pipeline/lib/, plus pipeline/model.ts, pipeline/extract-file.ts and the entry it writes
// (pipeline/cache/source-entry.ts); what renders a source's mention rows, which are cached with
// its extraction (the schemas, their validation and its length keyword, the mention rows and
// their CSV and JSON layout); the package-lock versions of the npm packages those files import,
// with everything those packages depend on; and the Node.js version (its regular expressions and
// ICU data are part of the rules too).
// Not counted: the rest of normalize/ and emit/, which run on every run after the cache.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../lib/hash.js';
import { compareText } from '../lib/json.js';

/**
 * Bumped when the layout of a cache entry changes (2: checked entries, mention rows in fragment
 * files; 3: a source's fragments in one file, each at its offset; 4: a source's fragments and
 * entry one record of its thread's pack file, found by the packs' indexes).
 */
export const CACHE_FORMAT = 4;

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const RULE_FOLDERS = ['pipeline/read', 'pipeline/extract', 'pipeline/lexicons', 'pipeline/lib', 'pipeline/schemas', 'schemas'];
const RULE_FILES = [
  'pipeline/model.ts', 'pipeline/extract-file.ts', 'pipeline/cache/source-entry.ts',
  'pipeline/normalize/mention-rows.ts', 'pipeline/normalize/validate.ts', 'pipeline/normalize/length-keyword.ts',
  'pipeline/emit/mention-block.ts', 'pipeline/emit/csv.ts', 'pipeline/emit/schemas.ts', 'pipeline/emit/write-table.ts',
];
/** Bare specifiers in `from '…'` and `import('…')`; relative paths start with "." and are skipped. */
const IMPORT = /\bfrom\s*['"]([^'"./][^'"]*)['"]|\bimport\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g;

/** The files under a folder (relative to root), as paths relative to root, sorted; none for a folder that is missing. */
function filesUnder(root: string, folder: string): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) found.push(child);
    }
  };
  walk(folder);
  return found.sort(compareText);
}

/** The files that make up the rules, as paths relative to root, in a fixed order. */
export function ruleFiles(root: string): string[] {
  const found = [...RULE_FOLDERS.flatMap((folder) => filesUnder(root, folder)), ...RULE_FILES];
  return [...new Set(found)].sort(compareText);
}

/** The package name of a bare import specifier ("cheerio/slim" → cheerio, "@a/b/c" → @a/b). */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface LockPackage { version?: string; dependencies?: Record<string, string> }

/** name@version of each package and of everything it depends on, from package-lock.json. */
export function lockedVersions(names: Iterable<string>, lock: { packages?: Record<string, LockPackage> }): string[] {
  const packages = lock.packages ?? {};
  const seen = new Map<string, string>();
  // npm's resolution: the nearest node_modules folder up from the dependent package.
  const resolve = (name: string, parent: string): string => {
    let base = parent;
    for (;;) {
      const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
      if (packages[key] || !base) return key;
      const cut = base.lastIndexOf('/node_modules/');
      base = cut < 0 ? '' : base.slice(0, cut);
    }
  };
  const visit = (name: string, parent: string) => {
    const key = resolve(name, parent);
    if (seen.has(key)) return;
    const entry = packages[key];
    seen.set(key, `${key}@${entry?.version ?? 'missing'}`);
    for (const dep of Object.keys(entry?.dependencies ?? {}).sort(compareText)) visit(dep, key);
  };
  for (const name of names) visit(name, '');
  return [...seen.values()].sort(compareText);
}

/** Computes the rules version of the project at root (a hex hash). */
export function computeRulesVersion(root: string = PROJECT_ROOT): string {
  const parts: string[] = [`format ${CACHE_FORMAT}`, `node ${process.version}`];
  const imported = new Set<string>();
  for (const rel of ruleFiles(root)) {
    let content: string;
    try {
      content = readFileSync(path.join(root, rel), 'utf8');
    } catch {
      content = '<missing>';
    }
    parts.push(`${rel}\0${sha256Hex(content)}`);
    if (rel.endsWith('.ts')) {
      for (const m of content.matchAll(IMPORT)) {
        const name = packageOf(m[1] ?? m[2]!);
        if (name) imported.add(name);
      }
    }
  }
  let lock = {};
  try {
    lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  } catch {
    parts.push('no package-lock.json');
  }
  parts.push(...lockedVersions([...imported].sort(compareText), lock));
  return sha256Hex(parts.join('\n'));
}

let memo: { root: string; version: string } | null = null;

/** The rules version, computed once per process. */
export function rulesVersion(root: string = PROJECT_ROOT): string {
  if (memo?.root !== root) memo = { root, version: computeRulesVersion(root) };
  return memo.version;
}

/**
 * The version of the code that merges events (pipeline/normalize/) under these rules: a merge
 * state kept by an earlier run is taken over only under the same one. Computed once per process.
 */
export function mergeCodeVersion(root: string = PROJECT_ROOT): string {
  if (mergeMemo?.root !== root) {
    const parts = [rulesVersion(root), ...filesUnder(root, 'pipeline/normalize').map((file) => `${file}\0${sha256Hex(readFileSync(path.join(root, file)))}`)];
    mergeMemo = { root, version: sha256Hex(parts.join('\n')) };
  }
  return mergeMemo.version;
}

let mergeMemo: { root: string; version: string } | null = null;
