// The amount tokenizer reads character codes for speed; it must cut exactly the tokens of the
// sticky regex it replaced, at digit groups, glued currency codes, marks, surrogates and breaks.
import { describe, expect, it } from 'vitest';
import { splitDigitRun, tokenize, type Token } from '../../pipeline/extract/amounts/tokens.js';
import { pieceMixes } from '../fixtures/piece-mixes.js';

/** The tokenizer as it was written with a regex: the reference. */
function regexTokenize(text: string): Token[] {
  const TOKEN = /(\d+(?:[.,\u00a0\u202f ]\d+)*)|(\p{L}[\p{L}\p{M}\d]*)|(\s+)|([^\s])/uy;
  const SPACES = /^[\u00a0\u202f ]$/;
  const GLUED_PREFIX = /^(?:Rs|PKR|INR|IRR|USD|AED|AFN|SAR|EUR|GBP|CNY)(?=\d)/i;
  const tokens: Token[] = [];
  let space = false;
  let lineBreak = false;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    if (m[3] !== undefined) {
      space = true;
      if (!lineBreak && m[3] !== ' ') lineBreak = /[\n\r\u2028\u2029]/.test(m[3]);
      continue;
    }
    if (m[1] !== undefined && /^\d+$/.test(m[1])) {
      tokens.push({ kind: 'num', text: m[1], lower: m[1], start, end: start + m[1].length, spaceBefore: space, breakBefore: lineBreak, value: Number(m[1]) });
    } else if (m[1] !== undefined) {
      const parts = splitDigitRun(m[1], start);
      parts.forEach((p, k) => {
        let sp = space;
        if (k > 0) {
          const sepAt = parts[k - 1]!.end;
          const sep = text.slice(sepAt, p.start);
          sp = SPACES.test(sep);
          if (!sp) tokens.push({ kind: 'sym', text: sep, lower: sep, start: sepAt, end: p.start, spaceBefore: false, breakBefore: false, value: NaN });
        }
        tokens.push({ kind: 'num', text: p.text, lower: p.text, start: p.start, end: p.end, spaceBefore: sp, breakBefore: k === 0 && lineBreak, value: p.value });
      });
    } else if (m[2] !== undefined && GLUED_PREFIX.test(m[2])) {
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

const PIECES = ['1', '23', '4,567', '1.5', '192.168.1.2', '22,24', '40\u202f000', '1\u00a0234', ' ', '  ', '\n', '\r\n', '\t', '\u2028', '\u3000',
  'Rs', 'PKR5bn', 'rs200', 'USD', 'Rsx2', 'km2', 'e\u0301', '\u0301', 'Zürich', '٣٤', '𝐀', '😀', '\ud835', '\udc00', '$', '%', '-', ',', '.', 'İ', 'ſ'];

/** Deterministic mixes of the pieces above. */
const mixes = (count: number, length: number): string[] => pieceMixes(PIECES, count, length, 11);

describe('amount tokens', () => {
  it.each([
    ['Trade rose to Rs200 billion ($1.2bn) from 1,234,567.89 in 2023 – 22,24,26,31 and 192.168.1.2.'],
    ['PKR5bn, USD 40\u202f000 or 1 234 567\n\nkm2 e\u0301te 𝐀𝐁c 😀x ٣٤ lone \ud835 and \udc00'],
  ])('cuts the same tokens as the regex in %j', (text) => {
    expect(tokenize(text)).toEqual(regexTokenize(text));
  });

  it('cuts the same tokens as the regex on mixes of digits, separators, codes, marks and surrogates', () => {
    for (const text of mixes(300, 24)) expect(tokenize(text)).toEqual(regexTokenize(text));
  });
});
