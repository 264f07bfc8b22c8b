// The search for two parties' names joined by "and" (joint subjects of a mutual act) must find
// exactly what searching for every pair of names finds: it replaced that search for speed.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate-corpus.js';
import { namesJoinedByAnd } from '../../pipeline/normalize/events/joined-names.js';

/** The search it replaced: every pair of names, in both orders. */
function everyPair(clause: string, first: readonly string[], second: readonly string[]): boolean {
  return first.some((a) => second.some((b) => clause.includes(` ${a} and ${b} `) || clause.includes(` ${b} and ${a} `)));
}

describe('namesJoinedByAnd', () => {
  const iran = ['iran', 'tehran', 'islamic republic of iran', 'the iranian government'];
  const pakistan = ['pakistan', 'islamabad', 'pakistani government'];

  it.each([
    [' iran and pakistan recalled ', true],
    [' officials said islamabad and tehran ', true],
    [' the islamic republic of iran and pakistani government ', true],
    [' pakistan and and iran ', false],
    [' iran and india ', false],
    [' airan and pakistan ', false],
    [' iran and pakistani officials ', false],
    [' iran andpakistan ', false],
    [' pakistan and iran', false], // not padded at the end: no whole word
  ])('"%s" → %s', (clause, expected) => {
    expect(namesJoinedByAnd(clause, iran, pakistan)).toBe(expected);
    expect(everyPair(clause, iran, pakistan)).toBe(expected);
  });

  it('agrees with the pairwise search on random clauses, names with "and" in them included', () => {
    const random = seededRandom(17);
    const vocabulary = ['and', 'iran', 'pakistan', 'trinidad', 'tobago', 'the', 'both', 'of', 'a', 'an', 'andes', 'sand'];
    const pickWords = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    let found = 0;
    for (let trial = 0; trial < 20_000; trial++) {
      const first = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pickWords(1 + Math.floor(random() * 3)));
      const second = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pickWords(1 + Math.floor(random() * 3)));
      // Half the clauses are built around a name of each list, so that both answers are common.
      const around = random() < 0.5 ? ` ${first[Math.floor(random() * first.length)]} ${pickWords(1 + Math.floor(random() * 2))} ${second[Math.floor(random() * second.length)]}` : '';
      const clause = ` ${pickWords(1 + Math.floor(random() * 5))}${around} ${pickWords(1 + Math.floor(random() * 5))} `;
      const expected = everyPair(clause, first, second);
      if (expected) found++;
      expect(namesJoinedByAnd(clause, first, second), `${clause} | ${first.join('/')} | ${second.join('/')}`).toBe(expected);
    }
    expect(found).toBeGreaterThan(400); // the random clauses do hold joined names often enough to test
  });
});
