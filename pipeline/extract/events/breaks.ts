// The clause-break test on a token (";", "which", "but", ... : cues.json's clauseBreaks), read by
// the token's vocabulary number. The role finder, the dating, the modality and the trigger
// constraints walk back and forth from each match to the nearest clause break, up to REACH tokens
// each way, several times per match: a look-up of the word in a set of strings hashed each word
// cut from the text, where an array read at the token's number costs a third as much.
import { cueSets } from './lexicon.js';
import type { Token } from './tokens.js';
import { numberOf, numberWord } from './vocabulary.js';

/** Whether each word number is a clause break; every clause break is given its number here, as the lists load. */
const BREAKS: boolean[] = [];
for (const word of cueSets.clauseBreaks) BREAKS[numberWord(word)] = true;

/** Whether a token's word breaks a clause (`cueSets.clauseBreaks.has(token.word)`; false past the tokens' ends). */
export function isClauseBreak(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const n = numberOf(token);
  return n >= 0 && BREAKS[n] === true;
}
