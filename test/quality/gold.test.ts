// Quality floors against the project's gold annotations: the seeds (test/gold/seeds) and the
// articles written independently of the rules (test/gold/unseen, unseen2 … unseen14). The floors are the
// scores the pipeline reaches; they ratchet up as the numbers improve and never go down.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../pipeline/build.js';
import { readRelease, scoreRelease, type ScoreTable } from '../../scripts/score-gold.js';
import { PROJECT, tempDir } from '../pipeline/helpers.js';
import { FLOORS } from './floors.js';

const scores: Record<string, ScoreTable> = {};

beforeAll(async () => {
  const unseen = ['unseen', ...Array.from({ length: 13 }, (_, i) => `unseen${i + 2}`)]; // unseen, unseen2 … unseen14
  for (const [set, raw] of [['seeds', 'raw'] as const, ...unseen.map((set) => [set, `test/gold/${set}/raw`] as const)]) {
    const out = path.join(tempDir(), 'dist');
    await buildDataset({ raw: path.join(PROJECT, raw), out, workers: 1, cache: null });
    scores[set] = scoreRelease(path.join(PROJECT, 'test/gold', set), readRelease(out));
  }
}, 540_000);

describe.each(Object.entries(FLOORS))('against the %s gold', (set, floors) => {
  it.each(Object.entries(floors))('%s stays at or above its floor', (measure, floor) => {
    const [kind, stat] = measure.split('.') as [keyof ScoreTable, string];
    const value = stat ? (scores[set]![kind] as unknown as Record<string, number>)[stat]! : (scores[set]![kind] as number);
    if (measure === 'duplicates') expect(value).toBeLessThanOrEqual(floor);
    else expect(value).toBeGreaterThanOrEqual(floor);
  });
});
