// `npm run pipeline`: starts the command line (cli.ts) from its bundle kept in .cache/workers/
// (cli-bundle.ts) where every file it was built from is as it was: ~0.25 CPU-s less than tsx
// compiling each module of the main thread again. Otherwise tsx loads cli-bundle.ts, which builds
// the bundle (kept for the next run), and the run starts from it; where it cannot be built, from
// the TypeScript through tsx. Plain JavaScript: nothing here needs tsx before the check.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keptOutputs } from './kept-bundle-check.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The folder and name cli-bundle.ts keeps it under (BUNDLE_DIR of extract-worker-bundle.ts, CLI_BUNDLE).
const kept = await keptOutputs(path.join(here, '..', '.cache', 'workers'), 'cli');
if (kept?.files.cli) {
  await import(pathToFileURL(kept.files.cli).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { keptCli } = await import('./cli-bundle.ts');
  const bundle = await keptCli().catch(() => null);
  await import(bundle ? pathToFileURL(bundle).href : './cli.ts');
}
