// esbuild bundles kept between runs, keyed by the code that makes them, so that a run whose code
// did not change compiles nothing (esbuild's own process costs ~0.25–0.6 s a bundle on every run).
//
// A build writes each output file named by the hash of its text (concurrent runs and edits never
// see a torn file: written under a temporary name, then renamed) and a manifest beside them, with
// the hash of what configures the build (esbuild's version, the options, the plugins' names).
// The manifest lists what the build depended on: the content hash of every input esbuild read (its
// metafile), of the files the plugins and the build's own modules read (esbuild's package.json
// among them), of the package.json and tsconfig.json files esbuild looks for in every folder from
// an input up to the project's root (or that they are missing), of the project's package-lock.json
// (an install that moves a package), and of the names in every input's folder that could change
// how an import resolves (a new x.js beside x.ts). A later run reads every one of them again
// (kept-bundle-check.mjs): any difference, a missing output or an unreadable manifest builds
// again, so kept code is never stale. A build whose inputs changed while it ran (ctime within
// RACY_MS of its start) is used but not kept: what it read might not be what the manifest says.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import { contentHash, keptOutputs, manifestFile, type Manifest, MISSING, namesHash, outputPaths } from './kept-bundle-check.mjs';
import { sha256Hex } from './lib/hash.js';
import { writeFileWhole } from './lib/write-whole.js';

/** An input changed this close to (or after) a build's start may have been read before it changed. */
export const RACY_MS = 2000;
/** Files of earlier code are removed once this old: past the age at which a running build could still load one. */
const REMOVE_AFTER_MS = 24 * 3600 * 1000;
/** Files esbuild looks for in every folder above a module, whose content changes how it reads the module. */
const CONFIG_FILES = ['package.json', 'tsconfig.json', 'jsconfig.json'];

export interface KeptBundleSpec {
  /** Names the manifest and, with the options' hash inside it, the bundle (one kept per name). */
  name: string;
  /** Where the outputs and the manifest are kept. */
  dir: string;
  /** The project's root: config files are looked for from each input up to it (or up to the filesystem's). */
  root: string;
  /** esbuild's options: entryPoints as absolute paths; outdir, write: false and metafile are set here. */
  options: Omit<BuildOptions, 'plugins' | 'write' | 'metafile' | 'outdir'>;
  /** The plugins, given a function through which each reports the files it read. */
  plugins?: (watch: (file: string) => void) => Plugin[];
  /** Files the build's outcome depends on besides its inputs: the modules that configure it. */
  makers?: string[];
  /** The extension of the output files (".mjs" for ES modules the workers load). */
  extension: string;
}

export interface KeptBundle {
  /** Each output's file, by the base name of its entry without extension ("extract-worker"). */
  files: Record<string, string>;
  /** The inputs esbuild read, absolute paths, in the metafile's order. */
  inputs: string[];
  /** Whether this run built it (false: a kept bundle was found). */
  built: boolean;
}

/**
 * The bundle described by spec: the kept one where every file and folder it depended on is as it
 * was, else built now (and kept where nothing changed while it was built). Throws where esbuild
 * cannot build it.
 */
export async function keptBundle(spec: KeptBundleSpec): Promise<KeptBundle> {
  const key = await buildKey(spec);
  const kept = await keptOutputs(spec.dir, spec.name, key);
  if (kept) return { ...kept, built: false };
  return buildAndKeep(spec, key);
}

/** esbuild's package.json: its version is in the key, and it is a watched file (start.mjs checks no key). */
const esbuildPackage = () => fileURLToPath(import.meta.resolve('esbuild/package.json'));

/** The hash of what configures the build: esbuild's package, the options, the plugins' names. */
async function buildKey(spec: KeptBundleSpec): Promise<string> {
  const pluginNames = (spec.plugins?.(() => {}) ?? []).map((p) => p.name);
  const esbuild = await fs.readFile(esbuildPackage(), 'utf8');
  return sha256Hex(JSON.stringify({ esbuild, dir: spec.dir, options: spec.options, pluginNames, extension: spec.extension }));
}

async function buildAndKeep(spec: KeptBundleSpec, key: string): Promise<KeptBundle> {
  const started = Date.now();
  const ownModules = [fileURLToPath(import.meta.url), fileURLToPath(new URL('kept-bundle-check.mjs', import.meta.url))];
  const watched = new Set<string>([...(spec.makers ?? []), ...ownModules, esbuildPackage()]);
  const { build } = await import('esbuild');
  const result = await build({
    ...spec.options,
    outdir: spec.dir,
    write: false,
    metafile: true,
    plugins: spec.plugins?.((file) => watched.add(path.resolve(file))) ?? [],
  });
  const inputs = inputPaths(result.metafile, spec.options.absWorkingDir);
  const outputs: Record<string, string> = {};
  for (const output of result.outputFiles) {
    const entry = path.basename(output.path).replace(/\.[^.]*$/, '');
    outputs[entry] = path.basename(await writtenOutput(spec.dir, entry, output.text, spec.extension));
  }
  const manifest = await describe(key, inputs, watched, spec.root, started);
  if (manifest) writeAtomically(manifestFile(spec.dir, spec.name), JSON.stringify({ ...manifest, inputs, outputs } satisfies Manifest));
  return { files: outputPaths(outputs, spec.dir), inputs, built: true };
}

/** The metafile's inputs as absolute paths (they are relative to the working folder); the plugins' own namespaces left out. */
function inputPaths(metafile: Metafile, workingDir = process.cwd()): string[] {
  return Object.keys(metafile.inputs)
    .filter((input) => !/^[a-z-]+:/.test(input) || /^file:/.test(input))
    .map((input) => path.resolve(workingDir, input.replace(/^file:/, '')));
}

/** Every folder from each file's up to root (inclusive) or, for a file outside root, up to the filesystem's root. */
function foldersAbove(files: string[], root: string): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    let folder = path.dirname(file);
    while (!folders.has(folder)) {
      folders.add(folder);
      const parent = path.dirname(folder);
      if (folder === root || parent === folder) break;
      folder = parent;
    }
  }
  return [...folders].sort();
}

/**
 * What a manifest lists for a build: the content hash of each input and watched file, and of the
 * config files (CONFIG_FILES, and the root's package-lock.json) in every folder above an input (or
 * that they are missing: one that appears later builds again); the names in each input's folder.
 * Null where a file or folder changed within RACY_MS of the build's start (or cannot be read):
 * each is read, then stat-ed, so a ctime before that moment proves the build read what is hashed.
 */
async function describe(key: string, inputs: string[], watched: Iterable<string>, root: string, started: number): Promise<Omit<Manifest, 'inputs' | 'outputs'> | null> {
  const configs = foldersAbove(inputs, root).flatMap((folder) => CONFIG_FILES.map((name) => path.join(folder, name)));
  const files = [...new Set([...inputs, ...watched, ...configs, path.join(root, 'package-lock.json')])].sort();
  const settled = async (target: string, hashOf: (t: string) => Promise<string | null>): Promise<[string, string] | null> => {
    const hash = await hashOf(target);
    if (hash === MISSING) return [target, hash];
    const stat = await fs.stat(target).catch(() => null);
    return hash !== null && stat && stat.ctimeMs < started - RACY_MS && stat.mtimeMs < started - RACY_MS ? [target, hash] : null;
  };
  const described = await Promise.all(files.map((f) => settled(f, contentHash)));
  const folders = await Promise.all([...new Set(inputs.map((f) => path.dirname(f)))].sort().map((f) => settled(f, namesHash)));
  if (described.includes(null) || folders.includes(null)) return null;
  return { key, files: described as Array<[string, string]>, folders: folders as Array<[string, string]> };
}

/** An output in dir named by the hash of its text; written unless a run wrote it already. */
async function writtenOutput(dir: string, entry: string, text: string, extension: string): Promise<string> {
  const file = path.join(dir, `${entry}-${sha256Hex(text).slice(0, 16)}${extension}`);
  try {
    await fs.access(file);
  } catch {
    writeAtomically(file, text);
    await removeOldFiles(dir, file);
  }
  return file;
}

/** Writes text to file whole (lib/write-whole.ts); throws where it could not, as the build then has no bundle to give. */
function writeAtomically(file: string, text: string): void {
  if (!writeFileWhole(file, text)) throw new Error(`could not write ${file}`);
}

/**
 * Files of earlier code (bundles, manifests, partial writes of a run that died), REMOVE_AFTER_MS
 * old; a bundle in use is stamped again before it is that old (kept-bundle-check.mjs).
 */
async function removeOldFiles(dir: string, keep: string): Promise<void> {
  const cutoff = Date.now() - REMOVE_AFTER_MS;
  for (const name of await fs.readdir(dir)) {
    const file = path.join(dir, name);
    if (file === keep) continue;
    const stat = await fs.stat(file).catch(() => null);
    if (stat && stat.isFile() && stat.mtimeMs < cutoff) await fs.rm(file, { force: true });
  }
}
