// Splits text into tokens for the amount rules: digit runs (already split into numbers by the
// grouping rules below), words, and single symbols. One sticky regex with no nested
// quantifiers over overlapping classes, so tokenizing is linear in the text.
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

// digit run: groups of digits joined by one separator each ("1,234,567.89", "1 234", "192.168.1.2")
// word: a letter, then letters, marks or digits ("km2", "m212", "scp173m": codes stay one word)
const TOKEN = /(\d+(?:[.,\u00a0\u202f ]\d+)*)|(\p{L}[\p{L}\p{M}\d]*)|(\s+)|([^\s])/uy;
const SPACES = /^[\u00a0\u202f ]$/;
// currency codes written glued to their number ("Rs200 billion", "PKR5bn")
const GLUED_PREFIX = /^(?:Rs|PKR|INR|IRR|USD|AED|AFN|SAR|EUR|GBP|CNY)(?=\d)/i;

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
function splitDigitRun(run: string, offset: number): { start: number; end: number; text: string; value: number }[] {
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
  let space = false;
  let lineBreak = false;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    if (m[3] !== undefined) {
      space = true;
      if (!lineBreak && m[3] !== ' ') lineBreak = /[\n\r\u2028\u2029]/.test(m[3]);
      continue;
    }
    if (m[1] !== undefined && /^\d+$/.test(m[1])) {
      // the common case: plain digits, no separator to decide on
      tokens.push({ kind: 'num', text: m[1], lower: m[1], start, end: start + m[1].length, spaceBefore: space, breakBefore: lineBreak, value: Number(m[1]) });
    } else if (m[1] !== undefined) {
      const parts = splitDigitRun(m[1], start);
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
    } else if (m[2] !== undefined && GLUED_PREFIX.test(m[2])) {
      // "Rs200", "PKR5bn": the currency code is a word of its own; read the digits after it again
      const prefix = GLUED_PREFIX.exec(m[2])![0];
      tokens.push({ kind: 'word', text: prefix, lower: prefix.toLowerCase(), start, end: start + prefix.length, spaceBefore: space, breakBefore: lineBreak, value: NaN });
      TOKEN.lastIndex = start + prefix.length;
    } else {
      const t = m[0];
      const word = m[2] !== undefined;
      tokens.push({ kind: word ? 'word' : 'sym', text: t, lower: word ? t.toLowerCase() : t, start, end: start + t.length, spaceBefore: space, breakBefore: lineBreak, value: NaN });
    }
    space = false;
    lineBreak = false;
  }
  return tokens;
}
