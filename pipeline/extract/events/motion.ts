// Visits told as a coming: "Araghchi landed in Islamabad on a two-day visit", "came to Tehran for
// his first visit". The one who comes pays the visit the nominal names; "for" there gives the
// visit's purpose, not something asked for ("called for a visit").
import { cues } from './lexicon.js';
import { phraseAt, phraseIndex, type Token } from './tokens.js';

/** Verbs of coming, some of several words ("touched down"). */
const MOTION_VERBS = phraseIndex(cues.motionVerbs);

/** How many words a verb of coming may stand before the "on"/"for" of the visit it pays ("landed in the capital on"). */
const MOTION_REACH = 6;

/**
 * "landed in Islamabad on a two-day visit", "came to Tehran for his first visit": a nominal after
 * "on"/"for" (its determiners between) that a verb of coming shortly before leads up to, in one clause.
 */
export function cameFor(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 4 && tokens[k]?.word !== 'on' && tokens[k]?.word !== 'for') {
    if (tokens[k]?.punct) return false;
    k--;
  }
  if (tokens[k]?.word !== 'on' && tokens[k]?.word !== 'for') return false;
  for (let j = k - 1; j >= 0 && k - j <= MOTION_REACH; j--) {
    const t = tokens[j]!;
    if (t.punct) return false;
    if (phraseAt(tokens, j, MOTION_VERBS)) return true;
  }
  return false;
}
