// Splits text into tokens for the amount rules: digit runs (already split into numbers by the
// grouping rules below), words, and single symbols. One left-to-right pass over the character
// codes, no backtracking, so tokenizing is linear in the text.
import { codePointIn, isLowerAscii } from '../../lib/word-runs.js';

export interface Token {
  kind: 'num' | 'word' | 'sym';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whitespace separates it from the previous token. */
  spaceBefore: boolean;
  /** A line break separates it from the previous token: phrases never span one. */
  breakBefore: boolean;
  /** For num tokens: the value of the digits. */
  value: number;
}

// The pieces cut, each at the first of these that reads from where the last ended (the pieces of
// /(\d+(?:[.,\u00a0\u202f ]\d+)*)|(\p{L}[\p{L}\p{M}\d]*)|(\s+)|([^\s])/uy read again and again):
// digit run: groups of digits joined by one separator each ("1,234,567.89", "1 234", "192.168.1.2")
// word: a letter, then letters, marks or digits ("km2", "m212", "scp173m": codes stay one word)
// white space, else one symbol (a code point)
const SPACES = /^[\u00a0\u202f ]$/;
// currency codes written glued to their number ("Rs200 billion", "PKR5bn")
const GLUED_PREFIX = /^(?:Rs|PKR|INR|IRR|USD|AED|AFN|SAR|EUR|GBP|CNY)(?=\d)/i;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The separators a digit run's groups may have between them: . , no-break space, narrow no-break space, space. */
const isGroupSeparator = (c: number): boolean => c === 46 || c === 44 || c === 0xa0 || c === 0x202f || c === 32;

/** The characters \s matches (ECMAScript WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}]/u;
/** Non-ASCII code points already classified (bit 1: a letter, bit 2: a letter or mark): articles use few distinct ones. */
const nonAscii = new Map<number, number>();

function classOf(c: number): number {
  let known = nonAscii.get(c);
  if (known === undefined) {
    const ch = String.fromCodePoint(c);
    nonAscii.set(c, (known = (LETTER.test(ch) ? 1 : 0) | (WORD_PART.test(ch) ? 2 : 0)));
  }
  return known;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** \p{L} */
const isLetter = (c: number): boolean => (c < 128 ? isAsciiLetter(c) : (classOf(c) & 1) !== 0);
/** [\p{L}\p{M}\d] (\d: ASCII digits only) */
const isWordPart = (c: number): boolean => (c < 128 ? isAsciiLetter(c) || isDigit(c) : (classOf(c) & 2) !== 0);
const width = (c: number): number => (c > 0xffff ? 2 : 1);

interface Group {
  sep: string;
  digits: string;
  start: number; // offset of the digits
}

/**
 * Splits a digit run into numbers. Accepts: "1,234,567", "1,674.5", "1 234 567" and
 * "40\u202f000" (first group of at most three digits, then groups of three), "4.800".
 * Splits: "192.168.1.2" (dotted chains), "22,24,26,31" (groups that are not thousands),
 * "2024 100" (a year then a count), "1, 234" (the tokenizer never joins across ", ").
 */
export function splitDigitRun(run: string, offset: number): { start: number; end: number; text: string; value: number }[] {
  const groups: Group[] = [];
  const re = /(^|[.,\u00a0\u202f ])(\d+)/g;
  for (const m of run.matchAll(re)) groups.push({ sep: m[1]!, digits: m[2]!, start: offset + m.index + m[1]!.length });
  const out: { start: number; end: number; text: string; value: number }[] = [];
  const dotted = groups.length > 2 && groups.slice(1).every((g) => g.sep === '.');
  type Run = { start: number; int: string; frac: string | null; sep: 'comma' | 'space' | null; end: number };
  let cur: Run | null = null as Run | null;
  const flush = (): void => {
    if (!cur) return;
    const text = run.slice(cur.start - offset, cur.end - offset);
    out.push({ start: cur.start, end: cur.end, text, value: Number(cur.frac === null ? cur.int : `${cur.int}.${cur.frac}`) });
  };
  for (const g of groups) {
    const end = g.start + g.digits.length;
    if (cur && !dotted && cur.frac === null) {
      const three = g.digits.length === 3;
      if (g.sep === ',' && three && cur.sep !== 'space' && (cur.sep === 'comma' || cur.int.length <= 3)) {
        cur.int += g.digits; cur.sep = 'comma'; cur.end = end;
        continue;
      }
      if (SPACES.test(g.sep) && three && cur.sep !== 'comma' && (cur.sep === 'space' || cur.int.length <= 3)) {
        cur.int += g.digits; cur.sep = 'space'; cur.end = end;
        continue;
      }
      if (g.sep === '.') {
        cur.frac = g.digits; cur.end = end;
        continue;
      }
    }
    flush();
    cur = { start: g.start, int: g.digits, frac: null, sep: null, end };
  }
  flush();
  return out;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let space = false;
  let lineBreak = false;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = codePointIn(text, i, n);
    if (isSpace(c)) {
      space = true;
      while (i < n && isSpace(text.charCodeAt(i))) {
        if (isLineBreak(text.charCodeAt(i))) lineBreak = true;
        i++;
      }
      continue;
    }
    if (isDigit(c)) {
      // groups of digits joined by one separator each
      let separated = false;
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      while (i + 1 < n && isGroupSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
        separated = true;
        i += 2;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      const run = text.slice(start, i);
      if (!separated) {
        // the common case: plain digits, no separator to decide on
        tokens.push({ kind: 'num', text: run, lower: run, start, end: i, spaceBefore: space, breakBefore: lineBreak, value: Number(run) });
      } else {
        const parts = splitDigitRun(run, start);
        parts.forEach((p, k) => {
          let sp = space;
          if (k > 0) {
            // the separator left between two split numbers ("22,24", "192.168"): a symbol, or a space
            const sepAt = parts[k - 1]!.end;
            const sep = text.slice(sepAt, p.start);
            sp = SPACES.test(sep);
            if (!sp) tokens.push({ kind: 'sym', text: sep, lower: sep, start: sepAt, end: p.start, spaceBefore: false, breakBefore: false, value: NaN });
          }
          tokens.push({ kind: 'num', text: p.text, lower: p.text, start: p.start, end: p.end, spaceBefore: sp, breakBefore: k === 0 && lineBreak, value: p.value });
        });
      }
    } else if (isLetter(c)) {
      let digits = false;
      i += width(c);
      while (i < n) {
        const d = codePointIn(text, i, n);
        if (!isWordPart(d)) break;
        if (isDigit(d)) digits = true;
        i += width(d);
      }
      const word = text.slice(start, i);
      // "Rs200", "PKR5bn": the currency code is a word of its own; read the digits after it again
      const prefix = digits ? GLUED_PREFIX.exec(word)?.[0] : undefined;
      if (prefix !== undefined) {
        tokens.push({ kind: 'word', text: prefix, lower: prefix.toLowerCase(), start, end: start + prefix.length, spaceBefore: space, breakBefore: lineBreak, value: NaN });
        i = start + prefix.length;
      } else {
        tokens.push({ kind: 'word', text: word, lower: isLowerAscii(word) ? word : word.toLowerCase(), start, end: i, spaceBefore: space, breakBefore: lineBreak, value: NaN });
      }
    } else {
      i += width(c);
      const symbol = text.slice(start, i);
      tokens.push({ kind: 'sym', text: symbol, lower: symbol, start, end: i, spaceBefore: space, breakBefore: lineBreak, value: NaN });
    }
    space = false;
    lineBreak = false;
  }
  return tokens;
}
