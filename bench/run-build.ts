// Runs one build (or extraction alone) in a process of its own and prints its time and peak
// memory as JSON, so that each measurement starts cold and RSS is the run's own.
//   tsx bench/run-build.ts --raw DIR --out DIR [--extract-only]
import { parseArgs } from 'node:util';
import { buildDataset } from '../pipeline/build.js';
import { extractAll } from '../pipeline/extract-pool.js';
import { listSources } from '../pipeline/read/read-folder.js';

const { values } = parseArgs({ options: { raw: { type: 'string' }, out: { type: 'string' }, 'extract-only': { type: 'boolean' }, workers: { type: 'string' } } });
const workers = values.workers ? Number(values.workers) : undefined;
const started = performance.now();
if (values['extract-only']) {
  const { files } = await listSources(values.raw!);
  let count = 0;
  await extractAll(files, { workers, onResult: () => void count++ });
} else {
  await buildDataset({ raw: values.raw!, out: values.out!, workers });
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
