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

let memo: { lex: AmountLexicon; pattern: RegExp } | null = null;

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
  const pattern = new RegExp(`\\d+|(?<!\\p{L})(?:${alternatives.join('|')})`, 'giu');
  memo = { lex, pattern };
  return pattern;
}

/**
 * The whitespace runs of text[from, to), found once, and a cursor over them: candidates come in
 * text order, so each window edge is an index away and the whole pass stays linear, even on a
 * line with no space at all (where a scan from every candidate would be quadratic).
 */
class WhitespaceRuns {
  private readonly starts: number[] = [];
  private cursor = 0;
  constructor(part: string, from: number) {
    const run = /\s+/g;
    for (let m = run.exec(part); m; m = run.exec(part)) this.starts.push(m.index + from);
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
  const pattern = candidatePattern(lex);
  // Both scans see only this piece: a search that ran on past `to` would cost the rest of the
  // text once per piece.
  const part = text.slice(from, to);
  const runs = new WhitespaceRuns(part, from);
  const windows: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(part)) !== null) {
    const start = m.index + from;
    const end = start + m[0].length;
    const last = windows.at(-1);
    const begin = runs.backward(start, from);
    const finish = runs.forward(end, to);
    // A candidate inside or near the current window extends it; the margin is counted afresh.
    if (last && (start <= last[1] || begin <= last[1])) last[1] = Math.max(last[1], finish);
    else windows.push([begin, finish]);
    pattern.lastIndex = Math.max(pattern.lastIndex, end - from);
  }
  return windows;
}
