// Where amounts can be: one regex finds every token that could start or carry a number (a digit,
// a number word, a vague plural, a multiplier), and the recogniser tokenizes and reads only
// windows around those, instead of every word of the text. News text is mostly words that are
// no number, so this is most of the recogniser's speed.
//
// Why the result is the same as reading the whole text: every reading contains at least one such
// token, and the rules and their lookups (currency and hedge before, scales, units and cents
// after) reach only a few tokens away from it. A window reaches MARGIN_RUNS whitespace runs (so
// at least that many tokens) before its first and after its last candidate, which is more than
// any lookup, and starts and ends at whitespace, never inside a token; a digit run ("1 234") is
// all candidates, so a window never cuts one. Windows closer than that are merged, so no reading
// spans two of them.
import type { AmountLexicon } from './lexicon.js';

/** Whitespace runs kept around a candidate: more tokens than any rule or lookup reaches. */
const MARGIN_RUNS = 12;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern, its sticky twin, and which ASCII letter pairs start a number word (see wordMayStart). */
interface Candidates {
  pattern: RegExp;
  sticky: RegExp;
  /** By (first code) * 128 + second code, lower case: 1 where a number word starts so; null to try every word start. */
  pairs: Uint8Array | null;
}

let memo: { lex: AmountLexicon } & Candidates | null = null;

/**
 * The candidate pattern: a digit, or a number word at the start of a word (a prefix is enough:
 * "thirds" is found by "third"; finding too much only widens a window). Case-insensitive, as
 * the rules compare lower-cased tokens.
 */
export function candidatePattern(lex: AmountLexicon): RegExp {
  if (memo?.lex === lex) return memo.pattern;
  const words = new Set<string>(['tens']);
  for (const m of [lex.units, lex.teens, lex.tens, lex.wordScales, lex.ordinals, lex.vague, lex.multiplierWords, lex.verbMultipliers, lex.comparativeMultipliers]) for (const w of m.keys()) words.add(w);
  for (const s of [lex.hundred, lex.half, lex.dozen]) for (const w of s) words.add(w);
  const alternatives = [...words].filter((w) => w.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  const source = `\\d+|(?<!\\p{L})(?:${alternatives.join('|')})`;
  const pattern = new RegExp(source, 'giu');
  memo = { lex, pattern, sticky: new RegExp(source, 'iuy'), pairs: startingPairs([...words]) };
  return pattern;
}

/**
 * The first two letters of the number words, as a table of ASCII code pairs; null when a word
 * is shorter or does not start with two ASCII letters, and every word start must then be tried.
 */
function startingPairs(words: string[]): Uint8Array | null {
  const pairs = new Uint8Array(128 * 128);
  for (const word of words) {
    const a = word.toLowerCase().charCodeAt(0);
    const b = word.toLowerCase().charCodeAt(1);
    if (!(isAsciiLetter(a) && isAsciiLetter(b))) return null;
    pairs[a * 128 + b] = 1;
  }
  return pairs;
}

/**
 * The next match of the candidate pattern in part at or after `at`: the match a global search
 * finds, but the pattern is tried only where it can match. A letter right after an ASCII letter
 * fails the look-behind, and ASCII punctuation and spaces start no digit and no number word, so
 * only digits, word starts and non-ASCII characters are tried (a global search tries the
 * look-behind and the alternatives at every character: the window search took a quarter less time).
 */
function nextCandidate(part: string, at: number, { sticky, pairs }: Candidates): RegExpExecArray | null {
  for (let i = at; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < 128) {
      if (c >= 48 && c <= 57) {
        // a digit: \d+ matches here
      } else if (isAsciiLetter(c)) {
        if (i > 0 && isAsciiLetter(part.charCodeAt(i - 1))) continue;
        if (pairs && !wordMayStart(pairs, c, part.charCodeAt(i + 1))) continue;
      } else continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(part);
    if (m) return m;
  }
  return null;
}

/**
 * Whether a number word can start with ASCII letter a followed by b. Case-insensitive matching
 * lets a non-ASCII character match an ASCII letter (the Kelvin sign "K" matches "k", the long "ſ"
 * matches "s"), so a non-ASCII b is always tried; the end of the text (NaN) never starts one.
 */
function wordMayStart(pairs: Uint8Array, a: number, b: number): boolean {
  if (b >= 128) return true;
  if (!isAsciiLetter(b)) return false;
  return pairs[(a | 32) * 128 + (b | 32)] === 1;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The characters \s matches in a regular expression (ECMAScript WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The whitespace runs of text[from, to), found once, and a cursor over them: candidates come in
 * text order, so each window edge is an index away and the whole pass stays linear, even on a
 * line with no space at all (where a scan from every candidate would be quadratic).
 */
class WhitespaceRuns {
  private readonly starts: number[] = [];
  private cursor = 0;
  constructor(part: string, from: number) {
    // A scan by character codes rather than /\s+/g: the same runs, without a match object per word.
    for (let i = 0; i < part.length; i++) {
      if (!isSpace(part.charCodeAt(i))) continue;
      this.starts.push(i + from);
      while (i + 1 < part.length && isSpace(part.charCodeAt(i + 1))) i++;
    }
  }

  /** Index of the first run starting at or after at (at never decreases between calls). */
  private firstFrom(at: number): number {
    while (this.cursor < this.starts.length && this.starts[this.cursor]! < at) this.cursor++;
    return this.cursor;
  }

  /** Start of the window before position at: MARGIN_RUNS whitespace runs back, each run whole, or from. */
  backward(at: number, from: number): number {
    const k = this.firstFrom(at);
    return k >= MARGIN_RUNS ? this.starts[k - MARGIN_RUNS]! : from;
  }

  /** End of the window after position at: just before the MARGIN_RUNS-th whitespace run, or to. */
  forward(at: number, to: number): number {
    const k = this.firstFrom(at) + MARGIN_RUNS - 1;
    return k < this.starts.length ? this.starts[k]! : to;
  }
}

/** The windows of text[from, to) that may hold amounts, in order, disjoint. */
export function candidateWindows(text: string, from: number, to: number, lex: AmountLexicon): Array<[number, number]> {
  candidatePattern(lex);
  const candidates = memo!;
  // Both scans see only this piece: a search that ran on past `to` would cost the rest of the
  // text once per piece.
  const part = text.slice(from, to);
  // Found at the first candidate: a piece with none needs no runs.
  let runs: WhitespaceRuns | null = null;
  const windows: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  for (let at = 0; (m = nextCandidate(part, at, candidates)) !== null; ) {
    runs ??= new WhitespaceRuns(part, from);
    const start = m.index + from;
    const end = start + m[0].length;
    const last = windows.at(-1);
    const begin = runs.backward(start, from);
    const finish = runs.forward(end, to);
    // A candidate inside or near the current window extends it; the margin is counted afresh.
    if (last && (start <= last[1] || begin <= last[1])) last[1] = Math.max(last[1], finish);
    else windows.push([begin, finish]);
    at = end - from;
  }
  return windows;
}
