// npm run pipeline -- [--raw DIR] [--out DIR] [--previous DIR] [options]
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildDataset } from './build.js';
import { DEFAULT_CACHE_DIR } from './cache/index.js';
import { NotAReleaseError } from './emit/previous-release.js';
import { DEFAULT_MAX_SOURCE_SECONDS, defaultWorkerCount } from './extract-pool.js';
import { DEFAULT_LIMITS } from './read/read-folder.js';

const HELP = `Builds the Iran–Pakistan Relations Events and Figures dataset.

Usage: npm run pipeline -- [options]

  --raw DIR               folder of sources (.txt, .html, .htm, optional .meta.json)   [raw]
  --out DIR               release folder to write (replaced only when the run succeeds) [dist]
  --previous DIR          previous release to compare with              [the --out folder]
  --max-source-bytes N    skip (and report) sources larger than N bytes  [${DEFAULT_LIMITS.maxSourceBytes}]
  --max-sources N         read at most N sources (the first by id)       [${DEFAULT_LIMITS.maxSources}]
  --workers N             extraction threads (1 = no worker threads)     [one per core]
  --max-source-seconds N  skip (and report) a source whose extraction takes longer
                          than N seconds; needs --workers 2 or more      [${DEFAULT_MAX_SOURCE_SECONDS}]
  --cache DIR             extraction cache, reused by later runs     [.cache/extract/ in the project]
  --no-cache              extract every source again, and keep no cache
  --quiet                 print nothing but errors
  --json                  print the closing summary as JSON
  -h, --help              show this help

Problems with single sources are listed in OUT/report.json; the others are still published.`;

const positiveInt = (name: string) => z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be positive`);
const optionsSchema = z.object({
  raw: z.string().min(1, '--raw needs a folder').default('raw'),
  out: z.string().min(1, '--out needs a folder').default('dist'),
  previous: z.string().min(1, '--previous needs a folder').optional(),
  'max-source-bytes': positiveInt('--max-source-bytes').default(DEFAULT_LIMITS.maxSourceBytes),
  'max-sources': positiveInt('--max-sources').default(DEFAULT_LIMITS.maxSources),
  workers: positiveInt('--workers').default(defaultWorkerCount()),
  'max-source-seconds': positiveInt('--max-source-seconds').default(DEFAULT_MAX_SOURCE_SECONDS),
  cache: z.string().min(1, '--cache needs a folder').default(DEFAULT_CACHE_DIR),
  'no-cache': z.boolean().default(false),
  quiet: z.boolean().default(false),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
});

function fail(message: string): never {
  process.stderr.write(`pipeline: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: {
        raw: { type: 'string' }, out: { type: 'string' }, previous: { type: 'string' },
        'max-source-bytes': { type: 'string' }, 'max-sources': { type: 'string' }, workers: { type: 'string' },
        cache: { type: 'string' }, 'no-cache': { type: 'boolean' }, 'max-source-seconds': { type: 'string' },
        quiet: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '));
  const options = parsed.data;
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const stat = await fs.stat(options.raw).catch(() => null);
  if (!stat?.isDirectory()) fail(`cannot read the sources folder "${options.raw}" (${stat ? 'not a folder' : 'it does not exist'})`);
  try {
    await fs.readdir(options.raw);
  } catch (error) {
    fail(`cannot read the sources folder "${options.raw}": ${(error as Error).message}`);
  }

  const started = performance.now();
  const progress = !options.quiet && !options.json && process.stderr.isTTY ? progressBar() : undefined;
  let summary;
  try {
    summary = await buildDataset({
      raw: options.raw, out: options.out, previous: options.previous,
      limits: { maxSourceBytes: options['max-source-bytes'], maxSources: options['max-sources'] },
      workers: options.workers,
      cache: options['no-cache'] ? null : options.cache,
      maxSourceSeconds: options['max-source-seconds'],
      onProgress: progress,
    });
  } catch (error) {
    if (error instanceof NotAReleaseError) fail(error.message);
    throw error;
  } finally {
    if (progress) process.stderr.write('\r\x1b[K');
  }
  const seconds = (performance.now() - started) / 1000;
  if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)) })}\n`);
  else if (!options.quiet) {
    process.stdout.write(`${summary.sources}/${summary.sourcesFound} sources read, ${summary.events} events, ${summary.figures} figures, ${summary.actors} actors, ${summary.rejects} rejects, ${summary.problems} problems (${summary.reused} sources from the cache); version ${summary.version}${summary.changed ? '' : ' (unchanged)'}; ${seconds.toFixed(1)} s → ${options.out}\n`);
  }
}

/** A progress bar on a terminal; redrawn at most every 100 ms. */
function progressBar(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} sources`);
  };
}

main().catch((error) => {
  process.stderr.write(`pipeline: failed: ${(error as Error).stack ?? error}\nThe previous release was left untouched.\n`);
  process.exit(1);
});
