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
const SPACE = /\s/;

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
  for (const m of [lex.units, lex.teens, lex.tens, lex.wordScales, lex.ordinals, lex.vague, lex.multiplierWords]) for (const w of m.keys()) words.add(w);
  for (const s of [lex.hundred, lex.half, lex.dozen]) for (const w of s) words.add(w);
  const alternatives = [...words].filter((w) => w.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  const pattern = new RegExp(`\\d+|(?<!\\p{L})(?:${alternatives.join('|')})`, 'giu');
  memo = { lex, pattern };
  return pattern;
}

/** Start of the window before position at: MARGIN_RUNS whitespace runs back, each run whole, or from. */
function backward(text: string, at: number, from: number): number {
  let runs = 0;
  let i = at;
  while (i > from) {
    if (SPACE.test(text[i - 1]!)) {
      while (i > from && SPACE.test(text[i - 1]!)) i--;
      if (++runs === MARGIN_RUNS) return i;
    } else i--;
  }
  return from;
}

/** End of the window after position at: just before the MARGIN_RUNS-th whitespace run, or to. */
function forward(text: string, at: number, to: number): number {
  let runs = 0;
  let i = at;
  while (i < to) {
    if (SPACE.test(text[i]!)) {
      if (++runs === MARGIN_RUNS) return i;
      while (i < to && SPACE.test(text[i]!)) i++;
    } else i++;
  }
  return to;
}

/** The windows of text[from, to) that may hold amounts, in order, disjoint. */
export function candidateWindows(text: string, from: number, to: number, lex: AmountLexicon): Array<[number, number]> {
  const pattern = candidatePattern(lex);
  const windows: Array<[number, number]> = [];
  pattern.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const last = windows.at(-1);
    // A candidate inside or near the current window extends it; the margin is counted afresh.
    if (last && start <= last[1]) last[1] = Math.max(last[1], forward(text, end, to));
    else {
      const begin = backward(text, start, from);
      if (last && begin <= last[1]) last[1] = forward(text, end, to);
      else windows.push([begin, forward(text, end, to)]);
    }
    pattern.lastIndex = Math.max(pattern.lastIndex, end);
  }
  return windows;
}
