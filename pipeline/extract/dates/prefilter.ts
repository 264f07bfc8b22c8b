// The prefilter: where in a text the rules are worth trying. Every date expression contains a
// trigger (digits, or a month, weekday, unit, season, reference or vague word); it starts at the
// trigger or at one of a few opener words right before it ("the late 1990s", "about two days
// later"). One global scan finds the triggers; the rules then run anchored (sticky) only at those
// start positions, so the cost follows the number of triggers, not rules × characters.
import { lexicon, wordTrie } from './lexicon.js';

// The trigger words as a trie: a third faster than their plain alternation, which the engine tried word by word.
const TRIGGER = new RegExp(`\\d+|\\b${wordTrie(lexicon.triggerWords)}\\b`, 'gi');
/**
 * Openers before a trigger worth trying: "the second half of 2024" needs four, a range of days said in
 * words eight ("the twenty-first to the twenty-third of March": the tens and units are two words).
 */
const MAX_OPENERS = 8;

const isSeparator = (c: number): boolean => c === 32 || c === 45 || c === 10 || c === 9 || c === 13 || c === 160;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The positions at which an expression may start, ascending and without repeats: each trigger,
 * the apostrophe of "'90s", and the openers chained right before a trigger.
 */
export function startPositions(text: string): number[] {
  const starts: number[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    let i = m.index;
    starts.push(i);
    const before = text.charCodeAt(i - 1);
    if (before === 39 || before === 0x2019) starts.push(--i);
    for (let step = 0; step < MAX_OPENERS; step++) {
      let j = i - 1;
      while (j >= 0 && isSeparator(text.charCodeAt(j))) j--;
      if (j === i - 1) {
        // Glued to the token after it: not a word of its own, unless a prefix written so ("FY2023-24").
        while (j >= 0 && isLetter(text.charCodeAt(j))) j--;
        if (step > 0 || j + 1 === i || !lexicon.gluedOpeners.has(text.slice(j + 1, i).toLowerCase())) break;
        i = j + 1;
        starts.push(i);
        continue;
      }
      const end = j + 1;
      while (j >= 0 && isLetter(text.charCodeAt(j))) j--;
      if (j + 1 === end || !lexicon.openers.has(text.slice(j + 1, end).toLowerCase())) break;
      i = j + 1;
      starts.push(i);
    }
  }
  starts.sort((a, b) => a - b);
  let n = 0;
  for (const s of starts) if (n === 0 || starts[n - 1] !== s) starts[n++] = s;
  starts.length = n;
  return starts;
}
