// The clause-break test by a token's vocabulary number (events/breaks.ts) must answer as the look-up
// of its word in cues.json's clauseBreaks did, for every token: real prose (the gold sets' sources),
// every clause break written in several cases and inside joined words, marks, and words outside the
// vocabulary; and past the tokens' ends.
import { describe, expect, it } from 'vitest';
import { isClauseBreak } from '../../pipeline/extract/events/breaks.js';
import { cueSets } from '../../pipeline/extract/events/lexicon.js';
import { tokenizeAll, type Token } from '../../pipeline/extract/events/tokens.js';
import { goldTexts } from '../fixtures/gold-texts.js';

/** The test as it read before numbers. */
const byWord = (t: Token | undefined): boolean => cueSets.clauseBreaks.has(t?.word ?? '');

const breaks = [...cueSets.clauseBreaks];
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Every clause break as a word of its own, capitalised, in capitals, possessive, joined, and as a prefix or suffix of another word. */
const HOSTILE = [
  breaks.join(' '),
  breaks.map(capitalised).join(', '),
  breaks.map((w) => w.toUpperCase()).join(' ; '),
  breaks.map((w) => `${w}'s ${w}’s ${w}-${w} ${w}.${w} ${w}x x${w} ${w}1`).join(' '),
  'Whichever whereby sofar who’s WHO’S (who) “which” —while– so… that: thatthe; because/since as-is yet.',
  'Ségolène, quoique İstanbul ſo K\u212Aelvin whom whom’ whoM 3,100 (L) al-Adl U.S. however however.',
];

describe('isClauseBreak', () => {
  it('answers as the look-up of the word in clauseBreaks, on every token of real and hostile text', () => {
    let seen = 0;
    let hits = 0;
    for (const text of [...HOSTILE, ...goldTexts()]) {
      const tokens = tokenizeAll(text);
      for (let k = -1; k <= tokens.length; k++) {
        const expected = byWord(tokens[k]);
        if (isClauseBreak(tokens[k]) !== expected) expect([text.slice(0, 40), k, tokens[k]?.word, isClauseBreak(tokens[k])]).toEqual([text.slice(0, 40), k, tokens[k]?.word, expected]);
        seen++;
        if (expected) hits++;
      }
    }
    // Both answers occur, many times.
    expect(seen).toBeGreaterThan(30_000);
    expect(hits).toBeGreaterThan(1_000);
  });

  it('finds every clause break, whatever its case', () => {
    for (const w of breaks) {
      for (const written of [w, capitalised(w), w.toUpperCase()]) {
        const [token] = tokenizeAll(written);
        expect([written, isClauseBreak(token)]).toEqual([written, true]);
      }
    }
  });
});
