// The explorer's data files written from texts made once per event (chunks.ts) are byte for byte
// the straightforward ones: each evidence file chunkScript of its events' evidence and figures,
// stringified whole (the figure files are made as before).
import { describe, expect, it } from 'vitest';
import { chunkScript, evidenceChunkName, layoutChunks } from '../../pipeline/emit/site/chunks.js';
import { largeInput, smallInput } from './synthetic.js';
import type { SiteInput } from '../../pipeline/emit/site/index.js';

/** The files as chunkScript writes them from the layout's cuts, by the definitions of the page's data. */
function straightforward(input: SiteInput, starts: number[]): Map<string, string> {
  const files = new Map<string, string>();
  starts.forEach((start, k) => {
    const events = input.events.slice(start, starts[k + 1] ?? input.events.length);
    const evidence = events.flatMap((e) => input.evidence.filter((x) => x.event_id === e.event_id));
    const figures = events.flatMap((e) => input.figures.filter((f) => f.event_id === e.event_id));
    files.set(`data/${evidenceChunkName(k)}.js`, chunkScript(evidenceChunkName(k), { evidence, figures }));
  });
  return files;
}

describe('the data files', () => {
  const small = smallInput();
  const large = largeInput(3000);
  // Events with no evidence or no figures among them: their texts are empty and must add no separator.
  const sparse = { ...large, evidence: large.evidence.filter((_, i) => i % 3 !== 0), figures: large.figures.filter((_, i) => i % 2 === 0) };
  it.each([
    ['a small input', small, undefined],
    ['a large input, small files', large, 20_000],
    ['events without evidence or figures', sparse, 5_000],
    ['one item a file', sparse, 1],
  ])('are the straightforward ones for %s', (_, input, limit) => {
    const layout = layoutChunks(input.events, input.evidence, input.figures, limit);
    const files = new Map(layout.files());
    expect(new Map([...files].filter(([name]) => name.startsWith('data/evidence-')))).toEqual(straightforward(input, layout.evidenceChunkStarts));
  });
});
