// Word tokens of a sentence, and phrase sets matched on them, for the figure rules' context
// windows ("killed 11 ...", "... lost their lives", "according to ...").
import { endOf, lowerBound } from '../../lib/sorted.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A clause break (, ; : ( ) or a dash) rather than a word. */
  isBreak: boolean;
}

// words keep inner dots, apostrophes and hyphens ("U.S", "Iran-Pakistan"); breaks are single marks
const WORD = /[\p{L}\p{N}]+(?:[.'’‐-][\p{L}\p{N}]+)*|[,;:()—–]/gu;
/** The clause breaks WORD matches, one character each (a word of one character is never one of them). */
const BREAKS = ',;:()—–';

export function wordsIn(content: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const m of content.slice(start, end).matchAll(WORD)) {
    const s = start + m.index;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: s, end: s + m[0].length, isBreak: m[0].length === 1 && BREAKS.includes(m[0]) });
  }
  return out;
}

let lastSpan: { content: string; start: number; end: number; words: Word[] } | null = null;

/** The words of content[start, end), remembered for the last span asked: a sentence's amounts share them. */
function spanWords(content: string, start: number, end: number): Word[] {
  if (lastSpan?.content !== content || lastSpan.start !== start || lastSpan.end !== end) lastSpan = { content, start, end, words: wordsIn(content, start, end) };
  return lastSpan.words;
}

/**
 * The words of content[from, to), a piece of `span` (a sentence): the span's words that lie in
 * it, tokenized once for all of the span's amounts. A word's match never looks left of its start,
 * so those are the piece's own words, unless a word crosses an edge of the piece: then the piece
 * is tokenized on its own (the crossing word is cut there, as wordsIn cuts it).
 */
export function wordsOfPiece(content: string, span: { start: number; end: number }, from: number, to: number): Word[] {
  if (from < span.start || to > span.end || from > to) return wordsIn(content, from, to);
  const words = spanWords(content, span.start, span.end);
  const i = lowerBound(words, from + 1, endOf); // the first word ending after `from`
  const j = lowerBound(words, to + 1, endOf); // the first ending after `to`
  if ((words[i]?.start ?? Infinity) < from || (words[j]?.start ?? Infinity) < to) return wordsIn(content, from, to);
  return words.slice(i, j);
}

/** Lower-cased phrases of one or more words, matched on word sequences. */
export class PhraseSet {
  private byFirst = new Map<string, string[][]>();
  constructor(phrases: string[]) {
    for (const p of phrases) {
      const ws = p.toLowerCase().split(/\s+/);
      const list = this.byFirst.get(ws[0]!) ?? [];
      list.push(ws);
      list.sort((a, b) => b.length - a.length); // longest first
      this.byFirst.set(ws[0]!, list);
    }
  }

  /** Length in words of the longest phrase starting at words[i], or 0. */
  matchAt(words: readonly Word[], i: number): number {
    for (const ws of this.byFirst.get(words[i]?.lower ?? '') ?? []) {
      if (ws.every((w, k) => words[i + k]?.lower === w)) return ws.length;
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
    return (this.byFirst.get(word.toLowerCase()) ?? []).some((ws) => ws.length === 1);
  }
}
