// Prefilter: most sentences of a real article hold no trigger word, and placing their actors and
// scanning them for triggers is wasted. A sentence is coded only when one of its tokens can start
// a trigger form or a responsibility claim (the lexicon's first words, looked up in a set, so the
// check is linear in the sentence whatever the vocabulary's size).
import { cues, triggerIndex } from './lexicon.js';
import type { Token } from './tokens.js';
import { numberOf, numberWord } from './vocabulary.js';

/** The first words of every trigger form and responsibility claim, as tokens.ts writes words. */
const STARTS = new Set([...triggerIndex.keys(), ...cues.responsibilityClaims.map((c) => c.split(' ')[0] ?? '')]);
/** The same words by their number (vocabulary.ts): a token's `key` is read, not its word looked up again. */
const STARTS_BY_NUMBER: boolean[] = [];
for (const word of STARTS) STARTS_BY_NUMBER[numberWord(word)] = true;

/** Whether a sentence's tokens may state an event or a claim. */
export function mayStateEvent(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const n = numberOf(tokens[i]!);
    if (n >= 0 && STARTS_BY_NUMBER[n] === true) return true;
  }
  return false;
}
