// The extraction worker as one plain ES module, so that a worker thread starts without tsx:
// registering tsx in a thread starts its loader-hooks thread and compiles every pipeline file
// again, which cost a worker ~2–5 s before its first result. esbuild bundles extract-worker.ts
// with the project's own files (packages stay imports of node_modules) into .cache/workers/,
// named by the hash of its text, so concurrent runs and edits never see a stale or torn file, and
// kept there between runs (kept-bundle.ts): a run whose code did not change compiles nothing.
//
// Modules find their lexicons relative to import.meta.url; in one bundle every module would
// share the bundle's URL, so each module's `import.meta.url` is replaced by its own file URL
// while it is loaded. The bundle then reads the same files as the TypeScript it came from.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';
import { keptBundle } from './kept-bundle.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The project's root: the bundles' working folder, so that their text does not depend on where a run starts. */
export const BUNDLE_ROOT = path.join(here, '..');
export const BUNDLE_DIR = path.join(BUNDLE_ROOT, '.cache', 'workers');

/** How the project's code is bundled, for the workers and for benchmarks that run it as they do. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node 20 reads \p{…} in regex literals; without this esbuild writes every literal with one
  // outside a character class as `new RegExp(…)`, and one inside a function is then built again
  // at each call.
  supported: { 'regexp-unicode-property-escapes': true },
  packages: 'external',
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** Gives every TypeScript module of the project its own import.meta.url as a string literal. */
export const ownModuleUrl: Plugin = {
  name: 'own-module-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.readFile(args.path, 'utf8');
      // A pattern, not the string "import.meta.url": bundled into the CLI (cli-bundle.ts), this very
      // module goes through the plugin, which would replace a string of it with its own URL.
      return { contents: text.replaceAll(/import\.meta\.url/g, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/**
 * The worker imports cheerio's `load` from the module that defines it (dist/esm/load-parse.js, which
 * the package's entry re-exports): the entry also loads what fetches and decodes pages (undici,
 * encoding-sniffer, whatwg-mimetype), which the pipeline never calls and which cost each worker
 * ~0.13 CPU-s to load. Where that module is not found, the import stays the package's.
 */
export const cheerioLoadOnly = (watch: (file: string) => void): Plugin => ({
  name: 'cheerio-load-only',
  setup(b) {
    b.onResolve({ filter: /^cheerio$/ }, async () => {
      try {
        const entry = fileURLToPath(import.meta.resolve('cheerio'));
        const loadParse = path.join(path.dirname(entry), 'load-parse.js');
        // A kept bundle is built again if either changes (or load-parse.js goes missing).
        watch(entry);
        watch(loadParse);
        if (!(await fs.readFile(entry, 'utf8')).includes("export * from './load-parse.js';")) return undefined;
        await fs.access(loadParse);
        return { path: pathToFileURL(loadParse).href, external: true };
      } catch {
        return undefined;
      }
    });
  },
});

/** The bundles' entry modules: the worker thread's, and extract-file.ts's for the main thread. */
const ENTRIES = { worker: 'extract-worker', extraction: 'extract-file' } as const;
type Entry = keyof typeof ENTRIES;

let bundled: Promise<Record<Entry, URL>> | null = null;

/**
 * The URL of the bundled worker, built once per process; null when it cannot be built (then the
 * pool starts workers through tsx, slower but the same code).
 */
export async function bundledWorker(): Promise<URL | null> {
  return (await bundles())?.worker ?? null;
}

/**
 * The URL of extract-file.ts bundled, for the main thread's own lookups and extractions (a rerun
 * with fewer than 16 new sources): through tsx, its modules cost the main thread ~1 CPU-s to load
 * and cheerio's whole entry came with them; bundled, ~0.45 CPU-s. Null when it cannot be built.
 */
export async function bundledExtraction(): Promise<URL | null> {
  return (await bundles())?.extraction ?? null;
}

/** Both bundles come from one esbuild call, which parses the project's files once. */
function bundles(): Promise<Record<Entry, URL> | null> {
  bundled ??= bundle();
  return bundled.catch(() => null);
}

async function bundle(): Promise<Record<Entry, URL>> {
  const kept = await keptBundle({
    name: 'extraction',
    dir: BUNDLE_DIR,
    root: BUNDLE_ROOT,
    options: { entryPoints: Object.values(ENTRIES).map((name) => path.join(here, `${name}.ts`)), absWorkingDir: BUNDLE_ROOT, ...BUNDLE_OPTIONS },
    plugins: (watch) => [cheerioLoadOnly(watch), ownModuleUrl],
    makers: [fileURLToPath(import.meta.url)],
    extension: '.mjs',
  });
  const urls = {} as Record<Entry, URL>;
  for (const [entry, name] of Object.entries(ENTRIES) as Array<[Entry, string]>) {
    const file = kept.files[name];
    if (file === undefined) throw new Error(`esbuild produced no bundle of ${name}.ts`);
    urls[entry] = pathToFileURL(file);
  }
  return urls;
}

/**
 * A thread's entry module (`entry`, a .ts file) bundled as the workers' is and kept between runs
 * under `name`: its URL. `maker` is the module that starts the thread, whose change rebuilds it.
 * The mentions table's thread and the explorer's data thread run from such bundles.
 */
export async function keptThreadBundle(name: string, entry: string, maker: string): Promise<URL> {
  const kept = await keptBundle({
    name,
    dir: BUNDLE_DIR,
    root: BUNDLE_ROOT,
    options: { entryPoints: [entry], absWorkingDir: BUNDLE_ROOT, ...BUNDLE_OPTIONS },
    plugins: () => [ownModuleUrl],
    makers: [maker, fileURLToPath(import.meta.url)],
    extension: '.mjs',
  });
  const file = kept.files[path.basename(entry, '.ts')];
  if (file === undefined) throw new Error(`esbuild produced no bundle of ${path.basename(entry)}`);
  return pathToFileURL(file);
}
