// The explorer's data files: evidence and figures cut into scripts of bounded size, each event's
// evidence in the file that chunkOf (the page's lookup) names for it, and nothing lost or doubled.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chunkScript, evidenceChunkName, figureChunkName, layoutChunks } from '../../pipeline/emit/site/chunks.js';
import { chunkOf } from '../../pipeline/emit/site/page/details.js';
import type { EventDetailsChunk } from '../../pipeline/emit/site/page/data.js';
import { HOSTILE_QUOTE, largeInput, smallInput } from './synthetic.js';

/** Runs the data scripts the way the page does and returns what they assigned. */
function runScripts(files: Map<string, string>): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const text of files.values()) vm.runInNewContext(text, globals);
  return globals.explorerChunks as Record<string, unknown>;
}

/** The layout with every file rendered. */
function planChunks(...args: Parameters<typeof layoutChunks>) {
  const layout = layoutChunks(...args);
  return { ...layout, files: new Map(layout.files()) };
}

describe('planChunks', () => {
  const input = largeInput(3000);
  const limit = 20_000;
  const plan = planChunks(input.events, input.evidence, input.figures, limit);
  const chunks = runScripts(plan.files);

  it('cuts the evidence into several files of bounded size', () => {
    expect(plan.evidenceChunkStarts.length).toBeGreaterThan(5);
    expect(plan.evidenceChunkStarts[0]).toBe(0);
    for (const [name, text] of plan.files) {
      // one JSON literal of at most `limit` characters of JSON, plus escaping and the assignment
      if (name.startsWith('data/evidence-')) expect(text.length, name).toBeLessThan(limit * 1.3 + 200);
    }
  });

  it('puts each event’s evidence in the file chunkOf names for it, and nowhere else', () => {
    const seen: unknown[] = [];
    for (const [index, event] of input.events.entries()) {
      const k = chunkOf(plan.evidenceChunkStarts, index);
      const chunk = chunks[evidenceChunkName(k)] as EventDetailsChunk;
      const mine = chunk.evidence.filter((e) => e.event_id === event.event_id);
      expect(mine).toEqual(input.evidence.filter((e) => e.event_id === event.event_id));
      seen.push(...mine);
    }
    const total = plan.evidenceChunkStarts.reduce((n, _, k) => n + (chunks[evidenceChunkName(k)] as EventDetailsChunk).evidence.length, 0);
    expect(total).toBe(input.evidence.length);
    expect(seen).toHaveLength(input.evidence.length);
  });

  it('keeps every figure, in order, across the figure files', () => {
    const all = Array.from({ length: plan.figureChunks }, (_, k) => chunks[figureChunkName(k)] as unknown[]).flat();
    expect(all).toEqual(input.figures);
  });
});

describe('chunkOf', () => {
  it.each([
    [[0, 10, 20], 0, 0], [[0, 10, 20], 9, 0], [[0, 10, 20], 10, 1], [[0, 10, 20], 25, 2], [[], 3, -1], [[0], 0, 0],
  ])('starts %j, event %i -> chunk %i', (starts, index, expected) => {
    expect(chunkOf(starts, index)).toBe(expected);
  });
});

describe('chunkScript', () => {
  it('gives back hostile text unchanged and runs none of it', () => {
    const value = { quote: HOSTILE_QUOTE, odd: '"\\ \u2028 \u2029 </script> ${x} `' };
    const globals: Record<string, unknown> = {};
    vm.runInNewContext(chunkScript('evidence-000', value), globals);
    expect((globals.explorerChunks as Record<string, unknown>)['evidence-000']).toEqual(value);
    expect(Object.keys(globals)).toEqual(['explorerChunks']);
  });

  it('writes a small input into one file of each kind', () => {
    const input = smallInput();
    const plan = planChunks(input.events, input.evidence, input.figures);
    expect([...plan.files.keys()]).toEqual(['data/evidence-000.js', 'data/figures-000.js']);
  });
});
