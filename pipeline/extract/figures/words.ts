// Word tokens of a sentence, and phrase sets matched on them, for the figure rules' context
// windows ("killed 11 ...", "... lost their lives", "according to ...").
import { endOf, lowerBound } from '../../lib/sorted.js';
import { codePointIn, isLetterOrDigit, isLowerAscii, wordEnd } from '../../lib/word-runs.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A clause break (, ; : ( ) or a dash) rather than a word. */
  isBreak: boolean;
}

// words keep inner dots, apostrophes and hyphens ("U.S", "Iran-Pakistan"); breaks are single marks:
// the words of /[\p{L}\p{N}]+(?:[.'’‐-][\p{L}\p{N}]+)*|[,;:()—–]/gu over content[start, end),
// read by character codes (lib/word-runs.ts) without a match object per word
const JOINERS = new Set([...".'’‐-"].map((ch) => ch.charCodeAt(0)));
/** The clause breaks, one character each (a word starts with a letter or digit, so is never one). */
const BREAK_CODES = new Set([...',;:()—–'].map((ch) => ch.charCodeAt(0)));

export function wordsIn(content: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    // A space, the commonest character between words, is neither a word nor a break.
    if (content.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const c = codePointIn(content, i, end);
    if (isLetterOrDigit(c)) {
      const s = i;
      i = wordEnd(content, i, end, JOINERS);
      const text = content.slice(s, i);
      out.push({ text, lower: isLowerAscii(text) ? text : text.toLowerCase(), start: s, end: i, isBreak: false });
    } else {
      if (BREAK_CODES.has(c)) {
        const text = content.charAt(i);
        out.push({ text, lower: text, start: i, end: i + 1, isBreak: true });
      }
      i += c > 0xffff ? 2 : 1;
    }
  }
  return out;
}

/**
 * The words of the last three spans asked for: a sentence's amounts share them, and "Five of
 * them" reads the two sentences before (with two kept, those evicted the sentence itself, and
 * its next amount tokenized it again).
 */
let recent: Array<{ content: string; start: number; end: number; words: Word[] }> = [];
const RECENT_SPANS = 3;

/** The words of content[start, end), tokenized once for all the amounts that ask. */
function spanWords(content: string, start: number, end: number): Word[] {
  const hit = recent.find((r) => r.content === content && r.start === start && r.end === end);
  if (hit) return hit.words;
  const entry = { content, start, end, words: wordsIn(content, start, end) };
  recent = [entry, ...recent.slice(0, RECENT_SPANS - 1)];
  return entry.words;
}

/** The longest piece of a word cut by an amount's edge that is read: a longer "word" is no word of prose. */
const CUT_WORD_MAX = 64;

/** The words around an amount in its sentence, at most `reach` on each side. */
export interface WordWindow {
  before: Word[];
  after: Word[];
  /** Words of the sentence before the amount left out of `before` (0: `before` starts the sentence). */
  dropped: number;
  /** The sentence's first words, up to `reach`, that stand before the amount. */
  opening: Word[];
}

/**
 * The words of `span` (a sentence) before content[from, to) and after it, at most `reach` on each
 * side, from the span's words tokenized once: each amount costs O(reach), not the sentence's length.
 * A word cut by an edge of the amount ("JF-17", "11-year") is cut there, as tokenizing the piece
 * on its own would cut it: a word's match never looks left of its start, and a piece of one word
 * is one word.
 */
export function wordsAround(content: string, span: { start: number; end: number }, from: number, to: number, reach: number): WordWindow {
  const words = spanWords(content, span.start, span.end);
  const i = lowerBound(words, from + 1, endOf); // the first word ending after `from`
  const j = lowerBound(words, to + 1, endOf); // the first ending after `to`
  const b = Math.max(0, i - reach);
  const before = words.slice(b, i);
  if (words[i] && words[i]!.start < from) before.push(...wordsIn(content, Math.max(words[i]!.start, from - CUT_WORD_MAX), from));
  const after = words[j] && words[j]!.start < to ? [...wordsIn(content, to, Math.min(words[j]!.end, to + CUT_WORD_MAX)), ...words.slice(j + 1, j + 1 + reach)] : words.slice(j, j + reach);
  const opening = b === 0 ? before : words.slice(0, reach);
  return { before, after, dropped: b, opening };
}

/** The first `reach` words of `span`. */
export function firstWords(content: string, span: { start: number; end: number }, reach: number): Word[] {
  return spanWords(content, span.start, span.end).slice(0, reach);
}

/** The last `reach` words of `span`. */
export function lastWords(content: string, span: { start: number; end: number }, reach: number): Word[] {
  const words = spanWords(content, span.start, span.end);
  return words.slice(Math.max(0, words.length - reach));
}

/** Lower-cased phrases of one or more words, matched on word sequences. */
export class PhraseSet {
  private byFirst = new Map<string, string[][]>();
  /** The one-word phrases: `has` is asked of every word of a casualty clause. */
  private singles = new Set<string>();
  constructor(phrases: string[]) {
    for (const p of phrases) {
      const ws = p.toLowerCase().split(/\s+/);
      if (ws.length === 1) this.singles.add(ws[0]!);
      const list = this.byFirst.get(ws[0]!) ?? [];
      list.push(ws);
      list.sort((a, b) => b.length - a.length); // longest first
      this.byFirst.set(ws[0]!, list);
    }
  }

  /** Length in words of the longest phrase starting at words[i], or 0. */
  matchAt(words: readonly Word[], i: number): number {
    const first = words[i];
    const candidates = first === undefined ? undefined : this.byFirst.get(first.lower);
    if (candidates === undefined) return 0;
    // Index loops: asked at most words of every context window, so no closure per phrase.
    for (let p = 0; p < candidates.length; p++) {
      const ws = candidates[p]!;
      let k = 1;
      while (k < ws.length && words[i + k]?.lower === ws[k]) k++;
      if (k === ws.length) return ws.length;
    }
    return 0;
  }

  /** Length of the longest phrase ending at words[end - 1], or 0. */
  matchEndingAt(words: readonly Word[], end: number): number {
    let best = 0;
    for (let len = 1; len <= 4 && len <= end; len++) {
      const n = this.matchAt(words, end - len);
      if (n === len) best = len;
    }
    return best;
  }

  has(word: string): boolean {
    return this.singles.has(isLowerAscii(word) ? word : word.toLowerCase());
  }
}
