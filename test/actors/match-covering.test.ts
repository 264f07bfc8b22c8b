// The group-name rule finds the lexicon match over a token by a binary search of the text's
// matches (session 12) instead of a table of every token's match, built for each text with a
// head word. It must answer what that table answered, for every token of real and hostile texts.
import { describe, expect, it } from 'vitest';
import { readActors } from '../../pipeline/extract/actors/index.js';
import type { Sense } from '../../pipeline/extract/actors/lexicon/senses.js';
import { matchCovering } from '../../pipeline/extract/actors/rules/group-names.js';
import type { TrieMatch } from '../../pipeline/extract/actors/trie.js';
import { goldTexts } from '../fixtures/gold-texts.js';
import { pieceMixes } from '../fixtures/piece-mixes.js';

/** The table the rule built before (tokenMatches of 2df7140): each token's match, later matches last. */
function tokenTable(matches: Array<TrieMatch<Sense>>, tokenCount: number): Array<TrieMatch<Sense> | undefined> {
  const covered: Array<TrieMatch<Sense> | undefined> = Array.from({ length: tokenCount + 1 }, () => undefined);
  for (const m of matches) for (let i = m.first; i < m.last; i++) covered[i] = m;
  return covered;
}

function expectSame(texts: string[]): number {
  let covered = 0;
  for (const text of texts) {
    const { tokens, matches } = readActors(text);
    const table = tokenTable(matches, tokens.length);
    for (let i = 0; i <= tokens.length; i++) {
      expect(matchCovering(matches, i), `${text.slice(0, 100)} @${i}`).toBe(table[i]);
      if (table[i]) covered++;
    }
  }
  return covered;
}

const PIECES = ['Iran ', 'Pakistan ', "Pakistan's ", 'Cabinet ', 'Committee ', 'on ', 'Energy ', 'Islamic ', 'State ', 'Khorasan ', 'Province ',
  'Foreign ', 'Office ', 'the ', 'Makran ', 'Liberation ', 'Army ', 'Brigade ', 'militia ', 'Zainebiyoun ', 'Jaish ', 'al-', 'Adl ', ', ', '. ', 'x '];

describe('matchCovering against a table of every token', () => {
  it('gives the same match on the seeds and gold sets', () => {
    expect(expectSame(goldTexts())).toBeGreaterThan(4500);
  });
  it('gives the same match on hostile mixes of nested and adjacent names', () => {
    expect(expectSame(['', 'Iran', "Pakistan's Cabinet Committee on Energy", ...pieceMixes(PIECES, 500, 12, 3)])).toBeGreaterThan(1000);
  });
});
