// The command line (cli.ts) as one ES module kept between runs (kept-bundle.ts), which
// `npm run pipeline` (start.mjs) starts without tsx: through tsx the main thread compiles every
// module of the pipeline again on each start. Bundled as the workers' code is (the same options and
// plugins: each module keeps its own import.meta.url, packages stay imports of node_modules).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, BUNDLE_OPTIONS, BUNDLE_ROOT, cheerioLoadOnly, ownModuleUrl } from './extract-worker-bundle.js';
import { keptBundle } from './kept-bundle.js';

/** The kept bundle's name: start.mjs checks `.cache/workers/cli.json` before it loads anything. */
export const CLI_BUNDLE = 'cli';

/** The CLI's bundle file: the kept one, or built now. Throws where esbuild cannot build it. */
export async function keptCli(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const kept = await keptBundle({
    name: CLI_BUNDLE,
    dir: BUNDLE_DIR,
    root: BUNDLE_ROOT,
    options: { entryPoints: [path.join(here, 'cli.ts')], absWorkingDir: BUNDLE_ROOT, ...BUNDLE_OPTIONS },
    plugins: (watch) => [cheerioLoadOnly(watch), ownModuleUrl],
    makers: [fileURLToPath(import.meta.url), path.join(here, 'extract-worker-bundle.ts')],
    extension: '.mjs',
  });
  const file = kept.files.cli;
  if (file === undefined) throw new Error('esbuild produced no bundle of cli.ts');
  return file;
}
