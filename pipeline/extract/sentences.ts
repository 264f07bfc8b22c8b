// Sentence segmentation of content (furniture already blanked), by a single left-to-right scan.
//
// A line end always ends a sentence: headlines, captions, pull quotes and list items are lines of
// their own. Inside a line, a sentence ends at `.`, `!`, `?` or `…`, with any closing quotes or
// brackets that follow, when white space and then a sentence opener (a capital, a digit, an
// opening quote or bracket) come next.
// Accepts:   "Iran struck. Pakistan retaliated."  "… the region.” Dr Parsi said."
// Rejects:   "the U.S. outpost", "Dr. Ali", "Jan. 29, 2024", "No. 3", "tense in the past…particularly",
//            "he said. and" (a lower-case continuation is not a new sentence)
import type { Span } from '../model.js';
import { isSpace } from '../lib/spaces.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
/** An initialism or an initial: "U.S", "U.N", "J". */
const INITIALISM = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/** Words that take a full stop and never end a sentence by it (compared case-insensitively). */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'approx', 'est', 'fig', 'vol', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'e.g', 'i.e', 'cf', 'al',
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);

/**
 * A terminator or the line end. The scan goes from one to the next by this pattern's search (a
 * global regex's test from lastIndex, no match object made): the regex engine passes over the
 * characters between them (~100 on average) several times faster than a loop over char codes.
 */
const STOP = /[.\n!?\u2026]/g;

/** The offset of the first terminator or line end at or after `from`, or -1. */
function nextStop(content: string, from: number): number {
  STOP.lastIndex = from;
  return STOP.test(content) ? STOP.lastIndex - 1 : -1;
}
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /^[\p{Lu}\p{N}"“‘'(\[«]/u;

const LETTER = /\p{L}/u;
/** Non-ASCII code units already classified as letters or not: articles use few distinct ones. */
const nonAsciiLetters = new Map<number, boolean>();

/** Whether a UTF-16 code unit on its own is a letter or a full stop (/[\p{L}.]/u on one unit: a surrogate half is neither). */
function isLetterOrDot(c: number): boolean {
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let known = nonAsciiLetters.get(c);
  if (known === undefined) nonAsciiLetters.set(c, (known = LETTER.test(String.fromCharCode(c))));
  return known;
}

/** The word (letters and inner dots) that ends right before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

/** True when the full stop at `dot` belongs to an abbreviation or an initialism ("U.S."). */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initialisms and initials: "U.S", "U.N", "J" (as in "J. Smith").
  return INITIALISM.test(word);
}

/** Sentences of the content, in order; each span is trimmed of surrounding white space. */
export function splitSentences(content: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(content.charCodeAt(s))) s++;
    while (e > s && isSpace(content.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = nextStop(content, 0); i >= 0; i = nextStop(content, i + 1)) {
    const ch = content[i] ?? '';
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < content.length && TERMINATORS.has(content[end] ?? '')) end++;
    while (end < content.length && CLOSERS.has(content[end] ?? '')) end++;
    let next = end;
    while (next < content.length && (content[next] === ' ' || content[next] === '\t' || content[next] === '\u00a0')) next++;
    if (next === end && next < content.length && content[next] !== '\n') continue; // "3.5", "U.S.-led", "past…particularly"
    if (next < content.length && content[next] !== '\n' && !OPENERS.test(content.slice(next, next + 1))) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(content, i)) continue;
    push(end);
    i = end - 1;
  }
  push(content.length);
  return spans;
}
