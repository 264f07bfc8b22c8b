// Extraction over worker threads gives exactly the output of a single-threaded run.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { buildDataset } from '../../pipeline/build.js';
import { PROJECT, listFiles, tempDir } from './helpers.js';

it('builds the same bytes with two worker threads as with none', async () => {
  const work = tempDir();
  const raw = path.join(work, 'raw');
  generateCorpus(path.join(PROJECT, 'raw'), raw, 24, 7);
  const single = path.join(work, 'single');
  const pooled = path.join(work, 'pooled');
  await buildDataset({ raw, out: single, workers: 1 });
  await buildDataset({ raw, out: pooled, workers: 2 });
  const files = listFiles(single);
  expect(files).toEqual(listFiles(pooled));
  expect(files.length).toBeGreaterThan(20);
  for (const f of files) expect(fs.readFileSync(path.join(pooled, f)).equals(fs.readFileSync(path.join(single, f))), f).toBe(true);
}, 300_000);
