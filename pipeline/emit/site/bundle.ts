// Bundles the page's browser code (page/main.ts with Observable Plot and the d3 modules it uses)
// into one script, at pipeline time, so nothing generated is kept in the source tree. esbuild's
// output depends only on its version and the inputs, so reruns give the same bytes, and the
// script is kept between runs beside the workers' bundles (kept-bundle.ts): a run whose page code
// did not change compiles nothing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, BUNDLE_ROOT } from '../../extract-worker-bundle.js';
import { keptBundle } from '../../kept-bundle.js';

const pageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');

export interface PageBundle {
  script: string;
  style: string;
  /** The licence texts of the third-party packages inside the script. */
  licences: string;
}

let cached: Promise<PageBundle> | null = null;

/** The page's script, style sheet and bundled licences (built once per process). */
export function bundlePage(): Promise<PageBundle> {
  cached ??= buildPage();
  return cached;
}

async function buildPage(): Promise<PageBundle> {
  const kept = await keptBundle({
    name: 'page',
    dir: BUNDLE_DIR,
    root: BUNDLE_ROOT,
    options: {
      entryPoints: [path.join(pageDir, 'main.ts')],
      absWorkingDir: BUNDLE_ROOT,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['es2020'],
      minify: true,
      legalComments: 'none', // the licences travel whole in LICENSES.txt instead
      banner: { js: '/* The explorer page of iran-pakistan-events, bundled from pipeline/emit/site/page/ with Observable Plot and d3; their licences are in LICENSES.txt. */' },
      charset: 'utf8',
      logLevel: 'silent',
    },
    makers: [fileURLToPath(import.meta.url)],
    extension: '.js',
  });
  const file = kept.files.main;
  if (file === undefined) throw new Error('esbuild produced no output for the explorer page');
  const script = await fs.readFile(file, 'utf8');
  const style = await fs.readFile(path.join(pageDir, 'style.css'), 'utf8');
  const licences = await collectLicences(kept.inputs);
  return { script, style, licences };
}

/** Reads the LICENSE file of every node_modules package the bundle took code from. */
async function collectLicences(inputs: string[]): Promise<string> {
  const packages = new Map<string, string>(); // package name -> its folder
  for (const input of inputs) {
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input.replaceAll('\\', '/'));
    if (match?.[1] && match[2]) packages.set(match[2], path.resolve(match[1]));
  }
  const parts: string[] = [];
  for (const [name, dir] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const licence = await readFirst(dir, ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license']);
    parts.push(`## ${name}\n\n${licence ?? '(no licence file found in the package)'}`.trimEnd());
  }
  return `The explorer page bundles these packages:\n\n${parts.join('\n\n')}\n`;
}

async function readFirst(dir: string, names: string[]): Promise<string | null> {
  for (const name of names) {
    try {
      return await fs.readFile(path.join(dir, name), 'utf8');
    } catch {
      // try the next spelling
    }
  }
  return null;
}
