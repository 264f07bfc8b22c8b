// The prefilter: where in a text the rules are worth trying. Every date expression contains a
// trigger (digits, or a month, weekday, unit, season, reference or vague word); it starts at the
// trigger or at one of a few opener words right before it ("the late 1990s", "about two days
// later"). One pass finds the triggers (nextTrigger); the rules then run anchored (sticky) only at
// those start positions, so the cost follows the number of triggers, not rules × characters.
import { alternation, lexicon } from './lexicon.js';

const TRIGGER_SOURCE = `\\d+|\\b(?:${alternation(lexicon.triggerWords)})\\b`;
/** The trigger pattern, global: what a scan of the whole text finds (the reference for tests). */
export const TRIGGER = new RegExp(TRIGGER_SOURCE, 'gi');
/** Its sticky twin, tried only where a trigger can start (nextTrigger). */
const TRIGGER_AT = new RegExp(TRIGGER_SOURCE, 'iy');
/**
 * Openers before a trigger worth trying: "the second half of 2024" needs four, a range of days said in
 * words eight ("the twenty-first to the twenty-third of March": the tens and units are two words).
 */
const MAX_OPENERS = 8;

const isSeparator = (c: number): boolean => c === 32 || c === 45 || c === 10 || c === 9 || c === 13 || c === 160;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** What \\b counts as a word character without the u flag. */
const isWordCode = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * The first two letters of the trigger words, as a table of lower-case ASCII code pairs (first *
 * 128 + second); null when a word does not start with two ASCII letters, and then every position
 * is tried. Without the u flag, case-insensitive matching folds no other character to an ASCII
 * letter, so a word start whose pair is not in the table starts no trigger word.
 */
const TRIGGER_PAIRS = ((words: string[]): Uint8Array | null => {
  const pairs = new Uint8Array(128 * 128);
  for (const word of words) {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    if (!isLetter(a) || !isLetter(b)) return null;
    pairs[(a | 32) * 128 + (b | 32)] = 1;
  }
  return pairs;
})(lexicon.triggerWords);

/**
 * The next match of TRIGGER at or after `at`: the match the global scan finds, with the pattern
 * tried only at a digit (where \\d+, the first alternative, matches) and at a letter that starts a
 * word with a pair of the table. The global scan tries its hundreds of alternatives at every
 * character: it was most of the prefilter's time.
 */
export function nextTrigger(text: string, at: number): RegExpExecArray | null {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (TRIGGER_PAIRS !== null && !(c >= 48 && c <= 57)) {
      if (!isLetter(c) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
      const d = text.charCodeAt(i + 1);
      if (!isLetter(d) || TRIGGER_PAIRS[(c | 32) * 128 + (d | 32)] !== 1) continue;
    }
    TRIGGER_AT.lastIndex = i;
    const m = TRIGGER_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The positions at which an expression may start, ascending and without repeats: each trigger,
 * the apostrophe of "'90s", and the openers chained right before a trigger.
 */
export function startPositions(text: string): number[] {
  const starts: number[] = [];
  for (let m = nextTrigger(text, 0); m !== null; m = nextTrigger(text, m.index + m[0].length)) {
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
