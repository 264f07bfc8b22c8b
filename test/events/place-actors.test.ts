// placeActors (events/tokens.ts) reads a sentence's mentions as given when they are already sorted
// by start (as the coder passes them), instead of copying and sorting them at every sentence; the
// slots must be those of the sorted copy, ties between equal starts kept in the given order (the
// sort is stable), on mentions sorted, shuffled and with equal starts, over real prose.
import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../pipeline/model.js';
import { placeActors, tokenizeAll, type ActorSlot, type Token } from '../../pipeline/extract/events/tokens.js';
import { goldTexts } from '../fixtures/gold-texts.js';

/** placeActors as it read before: always a sorted copy. */
function placeActorsSorting(tokens: Token[], mentions: ActorMention[]): ActorSlot[] {
  const slots: ActorSlot[] = [];
  let t = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= m.start) t++;
    let last = t;
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < m.end) last++;
    const tok = tokens[t];
    if (!tok || tok.start >= m.end) continue;
    const inCompound = (tok.start < m.start || (tokens[last]?.end ?? 0) > m.end) && /-/.test(tok.word + (tokens[last]?.word ?? ''));
    slots.push({ actor_id: m.actor_id, first: t, last, possessive: tokens[last]?.possessive ?? false, inCompound });
  }
  return slots;
}

describe('placeActors', () => {
  it('gives the slots of the sorted copy, whatever the order of the mentions', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    let sorted = 0;
    let slots = 0;
    for (const text of goldTexts()) {
      const tokens = tokenizeAll(text);
      for (let round = 0; round < 20 && tokens.length > 0; round++) {
        // Mentions over token edges and inside words, some with equal starts and different ids.
        const mentions: ActorMention[] = Array.from({ length: 1 + next(8) }, (_, k) => {
          const a = tokens[next(tokens.length)]!;
          const start = a.start + (next(4) === 0 ? 1 : 0);
          return { actor_id: `a${k}`, start, end: start + 1 + next(30) } as ActorMention;
        });
        if (round % 2 === 0) mentions.sort((x, y) => x.start - y.start);
        if (round % 4 === 0 && mentions.length > 1) mentions.push({ ...mentions[0]!, actor_id: 'tie' });
        if (mentions.every((m, k) => k === 0 || mentions[k - 1]!.start <= m.start)) sorted++;
        const expected = placeActorsSorting(tokens, mentions);
        expect(placeActors(tokens, mentions)).toEqual(expected);
        slots += expected.length;
      }
    }
    // Both orders occur, and slots are made.
    expect(sorted).toBeGreaterThan(100);
    expect(slots).toBeGreaterThan(1_000);
  });
});
