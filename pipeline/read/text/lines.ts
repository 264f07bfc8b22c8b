// Lines of a plain text with their offsets, and the small shape tests the furniture rules share.
import type { Span } from '../../model.js';

export interface Line extends Span {
  /** Position among all lines (blank ones included). */
  index: number;
  /** The line without its terminator; `end` excludes the terminator too. */
  text: string;
}

/** A piece of page furniture: a span to blank, with the rule that found it. */
export interface Furniture extends Span {
  rule: string;
}

/** What the line rules may look at besides the line itself. */
export interface PageShape {
  lines: Line[];
  /** Index of the first prose line that is not a caption; lines before it are the page top. */
  topEnd: number;
  /**
   * Index of the second such prose line: the body has begun (a standfirst may stand above the
   * dateline, two paragraphs do not), so a date line from here on is the body's (a timeline's entry).
   */
  bodyStart: number;
  /** Lines known from the page's markup to be headings of the body: content, never a dateline. */
  headings?: ReadonlySet<number>;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Line ends are \r\n, \n or \r, as /\r\n|\n|\r/g cuts them: the next of each is found by
  // indexOf (several times faster than the regex, and than a loop over the characters), and
  // looked for again only once passed, so the text is searched once for each.
  let start = 0;
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (nl !== -1 || cr !== -1) {
    const at = cr === -1 || (nl !== -1 && nl < cr) ? nl : cr;
    lines.push({ index: lines.length, start, end: at, text: text.slice(start, at) });
    start = at + (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1);
    if (nl !== -1 && nl < start) nl = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

export const words = (s: string): string[] => s.trim().split(/[\s\u00a0]+/).filter(Boolean);

/** A paragraph of prose: 20 words or more. */
/**
 * Counts the words of a string up to `limit` without allocating (lines can be a megabyte long).
 * Short-line rules ask "at most N words?", so they never scan further than N + 1 words.
 */
export function countWords(s: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count <= limit; i++) {
    const c = s.charCodeAt(i);
    const blank = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
}

/** Lines longer than this are prose whatever they say: label, byline and dateline rules skip them. */
export const MAX_SHORT_LINE = 300;

export const isProse = (line: Line): boolean => countWords(line.text, 20) >= 20;

/** The span of the line without its leading and trailing blanks (null for a blank line). */
export function trimmedSpan(line: Line): Span | null {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  if (!body) return null;
  return { start: line.start + lead, end: line.start + lead + body.length };
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'a', 'an', 'to', 'at', 'by', 'with', 'from', 'vs', 'or', '&', '|', '-', '–', '—']);

/** Every word capitalised, or a small joining word ("of", "and", "&"): a heading or a label. */
export const isTitleCase = (s: string): boolean =>
  s.length <= MAX_SHORT_LINE &&
  words(s).every((w) => /^[\p{Lu}\p{N}"“'‘(]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));

/** . … */
const SENTENCE_ENDS = new Set([0x2e, 0x2026]);
/** " ” ’ ) */
const SENTENCE_CLOSERS = new Set([0x22, 0x201d, 0x2019, 0x29]);

/** Ends like a sentence (a full stop or ellipsis), which titles, labels and tags do not. */
export function endsLikeSentence(s: string): boolean {
  // What /[.…]["”’)]?\s*$/ tests, read from the end (the regex tries every position of the line):
  // trimEnd drops exactly the characters \s matches.
  const t = s.trimEnd();
  let k = t.length - 1;
  if (k >= 0 && SENTENCE_CLOSERS.has(t.charCodeAt(k))) k--;
  return k >= 0 && SENTENCE_ENDS.has(t.charCodeAt(k));
}
