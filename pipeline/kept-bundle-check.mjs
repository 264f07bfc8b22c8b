// The check of a bundle kept between runs (kept-bundle.ts builds and keeps them): plain JavaScript,
// so that `npm run pipeline` (start.mjs) can check the CLI's kept bundle before it loads anything
// through tsx. Types: kept-bundle-check.d.mts.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The hash a manifest gives a file that did not exist: one that appears later builds again. */
export const MISSING = 'missing';
/** A kept bundle still in use is stamped again at most this often, so the age-based clean-up spares it. */
const RESTAMP_MS = 12 * 3600 * 1000;

/** The manifest of the bundle `name` in dir. */
export function manifestFile(dir, name) {
  return path.join(dir, `${name}.json`);
}

/**
 * The kept bundle `name` in dir (its output files by entry, and its inputs), where its manifest is
 * readable, has this key (when one is given) and every file, folder and output it lists is as it
 * was; else null. A bundle used again has its files stamped now and then.
 */
export async function keptOutputs(dir, name, key) {
  const file = manifestFile(dir, name);
  let manifest;
  try {
    manifest = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return null;
  }
  if ((key !== undefined && manifest.key !== key) || !(await stillValid(manifest, dir))) return null;
  const files = outputPaths(manifest.outputs, dir);
  await restampIfOld(file, Object.values(files));
  return { files, inputs: manifest.inputs };
}

/** Every file's content and folder's names as the manifest says, and every output there. */
async function stillValid(manifest, dir) {
  const checks = [
    ...manifest.files.map(async ([file, hash]) => (await contentHash(file)) === hash),
    ...manifest.folders.map(async ([folder, hash]) => (await namesHash(folder)) === hash),
    ...Object.values(manifest.outputs).map((name) => fs.access(path.join(dir, name)).then(() => true, () => false)),
  ];
  return (await Promise.all(checks)).every(Boolean);
}

/** Each output's path, by entry, from the base names a manifest lists. */
export function outputPaths(outputs, dir) {
  return Object.fromEntries(Object.entries(outputs).map(([entry, name]) => [entry, path.join(dir, name)]));
}

/** The sha256 of a file's content; MISSING for a file that does not exist, null for one that cannot be read. */
export async function contentHash(file) {
  try {
    return sha256(await fs.readFile(file));
  } catch (error) {
    return error.code === 'ENOENT' ? MISSING : null;
  }
}

/** Names that an import's resolution can pick up: modules, JSON files, and node_modules folders. */
const RESOLVABLE = /\.(?:[cm]?[jt]sx?|json|css)$|^node_modules$/;

/**
 * The hash of a folder's names that can change how an import resolves in it (a new x.js beside
 * x.ts); other names (a release folder written beside the code) leave it as it was. Null for a
 * folder that cannot be listed.
 */
export async function namesHash(folder) {
  let names;
  try {
    names = await fs.readdir(folder);
  } catch {
    return null;
  }
  return sha256(names.filter((n) => RESOLVABLE.test(n)).sort().join('\n'));
}

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

async function restampIfOld(manifest, outputs) {
  const stat = await fs.stat(manifest).catch(() => null);
  if (!stat || Date.now() - stat.mtimeMs < RESTAMP_MS) return;
  const now = new Date();
  for (const file of [manifest, ...outputs]) await fs.utimes(file, now, now).catch(() => {});
}
