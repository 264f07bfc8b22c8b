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

/** The pattern, its sticky twin, and which ASCII letter pairs and triples start a number word (see wordMayStart). */
interface Candidates {
  pattern: RegExp;
  sticky: RegExp;
  /** By (first code) * 128 + second code, lower case: 1 where a number word starts so; null to try every word start. */
  pairs: Uint8Array | null;
  /** By the first three letters, lower case (tripleIndex): 1 where a number word starts so or is those two letters alone. */
  triples: Uint8Array | null;
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
  memo = { lex, pattern, sticky: new RegExp(source, 'iuy'), pairs: startingPairs([...words]), triples: startingTriples([...words]) };
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

const tripleIndex = (a: number, b: number, c: number): number => ((a | 32) - 97) * 676 + ((b | 32) - 97) * 26 + ((c | 32) - 97);

/**
 * The first three letters of the number words, for word starts whose first two letters pass the
 * pairs ("th" starts "three" and "the", the commonest word; "the" is turned away here before the
 * pattern is tried). A two-letter word ("dz") is a prefix of any third letter, so it marks all
 * of them; a word whose third character is no ASCII letter is found by trying the pattern (see
 * wordMayStart). Null where the pairs are null.
 */
function startingTriples(words: string[]): Uint8Array | null {
  const triples = new Uint8Array(26 * 26 * 26);
  for (const word of words) {
    const [a, b, c] = [0, 1, 2].map((k) => word.toLowerCase().charCodeAt(k)) as [number, number, number];
    if (!(isAsciiLetter(a) && isAsciiLetter(b))) return null;
    if (word.length === 2) for (let z = 97; z <= 122; z++) triples[tripleIndex(a, b, z)] = 1;
    else if (isAsciiLetter(c)) triples[tripleIndex(a, b, c)] = 1;
  }
  return triples;
}

/**
 * The next match of the candidate pattern in part at or after `at`: the match a global search
 * finds, but the pattern is tried only where it can match. A letter right after an ASCII letter
 * fails the look-behind, and ASCII punctuation and spaces start no digit and no number word, so
 * only digits, word starts and non-ASCII characters are tried (a global search tries the
 * look-behind and the alternatives at every character: the window search took a quarter less time).
 */
function nextCandidate(part: string, at: number, { sticky, pairs, triples }: Candidates): RegExpExecArray | null {
  for (let i = at; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < 128) {
      if (c >= 48 && c <= 57) {
        // a digit: \d+ matches here
      } else if (isAsciiLetter(c)) {
        if (i > 0 && isAsciiLetter(part.charCodeAt(i - 1))) continue;
        if (pairs && !wordMayStart(pairs, triples!, c, part.charCodeAt(i + 1), part.charCodeAt(i + 2))) {
          // The rest of the word's ASCII letters follow a letter: the look-behind fails at each.
          while (i + 1 < part.length && isAsciiLetter(part.charCodeAt(i + 1))) i++;
          continue;
        }
      } else continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(part);
    if (m) return m;
  }
  return null;
}

/**
 * Whether a number word can start with ASCII letter a followed by b and c. Case-insensitive
 * matching lets a non-ASCII character match an ASCII letter (the Kelvin sign "K" matches "k", the
 * long "ſ" matches "s"), so a non-ASCII b or c is always tried; the end of the text (NaN) never
 * starts one after a, and after a and b it leaves the pattern to try.
 */
function wordMayStart(pairs: Uint8Array, triples: Uint8Array, a: number, b: number, c: number): boolean {
  if (b >= 128) return true;
  if (!isAsciiLetter(b)) return false;
  if (pairs[(a | 32) * 128 + (b | 32)] !== 1) return false;
  return !isAsciiLetter(c) || triples[tripleIndex(a, b, c)] === 1;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The characters \s matches in a regular expression (ECMAScript WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The whitespace runs a window's edges are counted in, found only near the candidates (a run
 * starts at a \s character with no \s before it in the piece). Most of a text lies between
 * windows, where no run needs to be known: it is read once by the candidate scan and not again.
 * Each character is read at most once forward (the scan ahead only moves on) and at most once
 * backward (a window's start is looked for only back to the previous window's end), so the
 * whole pass stays linear, even on a line with no space at all.
 */
class WhitespaceRuns {
  /** Run starts from `scanned`'s last reset on, in order; those before `head` lie behind the windows. */
  private readonly ahead: number[] = [];
  private head = 0;
  /** Every run starting in [the last reset, scanned) is in `ahead`. */
  private scanned = 0;

  constructor(private readonly part: string) {}

  private startsRun(p: number): boolean {
    return isSpace(this.part.charCodeAt(p)) && (p === 0 || !isSpace(this.part.charCodeAt(p - 1)));
  }

  /**
   * Where a window before offset at starts: MARGIN_RUNS runs back, each whole; looked for down to
   * floor only. -1 when fewer runs start in [floor, at) (then the window reaches floor or further).
   */
  backward(at: number, floor: number): number {
    let count = 0;
    for (let p = at - 1; p >= floor; p--) if (this.startsRun(p) && ++count === MARGIN_RUNS) return p;
    return -1;
  }

  /** Where a window after offset at ends: just before the MARGIN_RUNS-th run starting at or after it, or the piece's end. */
  forward(at: number): number {
    if (this.scanned < at) {
      // Runs before at bound no window from here on.
      this.ahead.length = 0;
      this.head = 0;
      this.scanned = at;
    }
    while (this.head < this.ahead.length && this.ahead[this.head]! < at) this.head++;
    while (this.ahead.length - this.head < MARGIN_RUNS && this.scanned < this.part.length) {
      if (this.startsRun(this.scanned)) this.ahead.push(this.scanned);
      this.scanned++;
    }
    return this.ahead.length - this.head >= MARGIN_RUNS ? this.ahead[this.head + MARGIN_RUNS - 1]! : this.part.length;
  }
}

/** The windows of text[from, to) that may hold amounts, in order, disjoint. */
export function candidateWindows(text: string, from: number, to: number, lex: AmountLexicon): Array<[number, number]> {
  candidatePattern(lex);
  const candidates = memo!;
  // Both scans see only this piece: a search that ran on past `to` would cost the rest of the
  // text once per piece. Offsets below are the piece's until a window is pushed.
  const part = text.slice(from, to);
  const runs = new WhitespaceRuns(part);
  const windows: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  for (let at = 0; (m = nextCandidate(part, at, candidates)) !== null; ) {
    const start = m.index;
    const end = start + m[0].length;
    const last = windows.length > 0 ? windows[windows.length - 1]! : null;
    const lastEnd = last ? last[1] - from : 0;
    // A candidate inside or near the current window extends it; the margin is counted afresh.
    // (Fewer runs than the margin back to the window's end: the start would lie inside it.)
    const begin = last !== null && start <= lastEnd ? lastEnd : runs.backward(start, lastEnd);
    if (last !== null && begin <= lastEnd) last[1] = Math.max(last[1], runs.forward(end) + from);
    else windows.push([Math.max(begin, 0) + from, runs.forward(end) + from]);
    at = end;
  }
  return windows;
}
