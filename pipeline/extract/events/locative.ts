// Whether a stretch of text ends in a locative preposition and up to three words ("in ", "near the
// port of "), as the regex
//   /\b(?:in|at|near|inside|within|into|around|across|along|outside|to|over|on)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu
// tests on content.slice(from, to). That regex, anchored only at its end, is tried at every
// position of the stretch (up to 50 characters before each place of each event's sentence); this
// reads back from the end over at most four words instead, with no string cut. The same answer on
// any input (test/events/locative.test.ts checks it against the regex on hostile text).

/** The prepositions, lower case: the regex's i flag folds only ASCII capitals and "ſ" onto their letters. */
const PREPOSITIONS = ['in', 'at', 'near', 'inside', 'within', 'into', 'around', 'across', 'along', 'outside', 'to', 'over', 'on'];

/** The prepositions by the code of their last letter: a run of characters is compared only with those it can end. */
const BY_LAST: string[][] = [];
for (const p of PREPOSITIONS) (BY_LAST[p.charCodeAt(p.length - 1)] ??= []).push(p);

/** How many words may stand between the preposition and the end (the regex's {0,3}). */
const WORDS_AFTER = 3;

/** `\s` under the u flag: ASCII white space, and outside ASCII what the engine itself says. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
}
const SPACE = /\s/u;

/** `\w` under the i and u flags: [A-Za-z0-9_], and "ſ" (U+017F) and the Kelvin sign (U+212A), which fold into it. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;

/** A character as the i and u flags compare it with a preposition's lower-case ASCII letters. */
const folded = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c);

/** Whether content[start, end) is one word of [\p{L}’'-]+ (the regex's words between the preposition and the end). */
function isWord(content: string, start: number, end: number): boolean {
  if (start >= end) return false;
  for (let k = start; k < end; k++) {
    const c = content.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) continue;
    if (c < 128) return false;
    return WORD.test(content.slice(start, end)); // letters outside ASCII: the engine's \p{L}, by code point
  }
  return true;
}
const WORD = /^[\p{L}’'-]+$/u;

/**
 * Whether a preposition ends at `end` of the run of non-space characters content[from, end), at a
 * word boundary (the run's start is one: white space or the stretch's start stands before it).
 */
function prepositionEndsAt(content: string, from: number, end: number): boolean {
  if (end <= from) return false;
  const candidates = BY_LAST[folded(content.charCodeAt(end - 1))];
  if (candidates === undefined) return false;
  for (const p of candidates) {
    const start = end - p.length;
    if (start < from) continue;
    let k = 0;
    while (k < p.length && folded(content.charCodeAt(start + k)) === p.charCodeAt(k)) k++;
    if (k === p.length && (start === from || !isWordChar(content.charCodeAt(start - 1)))) return true;
  }
  return false;
}

/** LOCATIVE.test(content.slice(from, to)), read back from `to`. */
export function endsWithLocative(content: string, from: number, to: number): boolean {
  // The stretch ends in white space (the last \s+); before it, from the end, up to three words each
  // after white space, and the preposition ending one of the four runs of non-space characters.
  let end = to;
  while (end > from && isSpace(content.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  for (let words = 0; ; words++) {
    let start = end;
    while (start > from && !isSpace(content.charCodeAt(start - 1))) start--;
    if (prepositionEndsAt(content, start, end)) return true;
    if (words === WORDS_AFTER || !isWord(content, start, end) || start === from) return false;
    end = start;
    while (end > from && isSpace(content.charCodeAt(end - 1))) end--;
  }
}
