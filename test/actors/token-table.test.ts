// The actor tokenizer keeps its tokens in one typed array (offsets, flags, the trie's fingerprint)
// and makes a word's key only when asked. It must cut and describe exactly the tokens that the
// tokenizer of one object per word did (the reference below, as it stood in session 9), and the
// fingerprint it computes from the codes must be the one the trie computes from the key.
import { describe, expect, it } from 'vitest';
import { foldVowelPairs, foldWord, keyFingerprint, tokenize, type Token } from '../../pipeline/extract/actors/tokens.js';
import { pieceMixes } from '../fixtures/piece-mixes.js';

/** The object-per-word tokenizer of session 9 (a40063c), copied unchanged but for its name: the reference. */
function objectTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prev: Token | undefined;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? !isAsciiWordChar(c0) : !isWordChar(c0)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let ascii = true;
    let pair = false; // "ou", "oo", "ee" in any case: spellings the key folds
    let before = 0; // the previous character, lower-cased if an ASCII letter
    for (; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) {
        upper++;
        c += 32;
      } else if (c >= 48 && c <= 57) {
        // digits stay as they are
      } else if (c >= 128 && isWordChar(c)) {
        ascii = false;
        if (c < 0xd800 || c > 0xdfff) {
          const ch = text[i] as string;
          if (ch !== ch.toLowerCase()) upper++;
          else if (ch !== ch.toUpperCase()) lower++;
        }
      } else break;
      if ((before === 111 && (c === 117 || c === 111)) || (before === 101 && c === 101)) pair = true;
      before = c;
    }
    // A possessive "s" after an apostrophe belongs to the word before it.
    if (i - start === 1 && before === 115 && prev?.end === start - 1 && isApostrophe(text.charCodeAt(start - 1))) continue;
    const word = text.slice(start, i);
    let key = word;
    if (!ascii) key = foldWord(word);
    else {
      if (upper > 0) key = word.toLowerCase();
      if (pair) key = foldVowelPairs(key);
    }
    const capitalized = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpperAt(word);
    const joined = prev !== undefined && isJoin(text, prev, start);
    const punctuated = !joined && prev !== undefined && start - prev.end === 2 ? punctuationOf(text, prev.end) : null;
    prev = { start, end: i, text: word, key, capitalized, allCaps: upper > 0 && lower === 0, joined, punctuated };
    tokens.push(prev);
  }
  return tokens;
}

/** ", " or " (" at `at`, as the mark a trie key takes, or null. */
function punctuationOf(text: string, at: number): ',' | '(' | null {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if (a === 44 && b === 32) return ',';
  return a === 32 && b === 40 ? '(' : null;
}

/** Whether a word's first character (or surrogate pair) is upper case. */
function isUpperAt(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** ' ’ ʼ */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/**
 * Whether the gap between two words joins them: one space or no-break space, a hyphen or dash
 * (- ‐ ‑ –), "&", "/", a possessive ("'s ", "' "), or the dot of an initial ("U.S", "U. S").
 */
function isJoin(text: string, prev: Token, start: number): boolean {
  const from = prev.end;
  const gap = start - from;
  const a = text.charCodeAt(from);
  const initial = prev.end - prev.start === 1;
  if (gap === 1) return a === 32 || a === 0xa0 || a === 45 || a === 0x2010 || a === 0x2011 || a === 0x2013 || a === 38 || a === 47 || (initial && a === 46);
  const b = text.charCodeAt(from + 1);
  if (gap === 2) return ((a === 39 || a === 0x2019) && b === 32) || (initial && a === 46 && b === 32);
  return gap === 3 && (a === 39 || a === 0x2019) && b === 115 && text.charCodeAt(from + 2) === 32;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Letters, combining marks and digits (UTF-16 units: a surrogate pair counts as a letter). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

const PIECES = ['Iran', 'PAKISTAN', 'minister', 'Foreign', 'Shoora', 'Kooh', 'ee', 'OU', 'oO', 'a', 'I', 'U', 'S', 's', 'x7', '2024',
  ' ', ' ', '  ', '\n', '\u00a0', '-', '‐', '‑', '–', '—', '&', '/', '.', '. ', ',', ', ', ' (', '(', ')', "'", "'s ", '’', '’s', 'ʼ',
  'é', 'É', 'e\u0301', '\u0301', 'İ', 'ß', 'ﬁ', 'ſ', 'Ünal', 'Zürich', 'ايران', 'Пакистан', '٣٤', '𝒜', '😀', '\ud835', '\udc00', 'Ω'];

/** Deterministic mixes of the pieces above. */
const mixes = (count: number, length: number): string[] => pieceMixes(PIECES, count, length, 7);

/** Every token of the table as an object, read through the table's own accessors (not its objects). */
function viaAccessors(text: string): Token[] {
  const tokens = tokenize(text);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push({ start: tokens.start(i), end: tokens.end(i), text: tokens.text(i), key: tokens.key(i), capitalized: tokens.capitalized(i), allCaps: tokens.allCaps(i), joined: tokens.joined(i), punctuated: tokens.punctuated(i) });
  }
  return out;
}

describe('actor token table', () => {
  const texts = [
    "Iran's Foreign Minister met Pakistan's envoy in Islamabad, Quetta (Balochistan) on 3 May.",
    'U.S. and U. S. officials; Amir-Abdollahian, Jaish ul-Adl & the IRGC’s chief. Shoora Kooh Zeeshan',
    'Ünal İnönü visited Zürich; ﬁnance e\u0301te 𝒜bc 😀x ٣٤ lone \ud835 and \udc00 ايران Пакистан',
    '',
    "s 's S's Iran' s Iran’s’s",
    ...mixes(400, 30),
  ];

  it('cuts and describes the same tokens as the object tokenizer', () => {
    for (const text of texts) {
      const want = objectTokenize(text);
      expect(viaAccessors(text), JSON.stringify(text)).toEqual(want);
      expect(tokenize(text).list(), JSON.stringify(text)).toEqual(want);
    }
  });

  it("computes each word's fingerprint and key length as the key's", () => {
    for (const text of texts) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        // the length first: asking for the key makes it
        const length = tokens.keyLength(i);
        expect(length, `${JSON.stringify(text)} @${i}`).toBe(tokens.key(i).length);
        expect(tokens.fingerprint(i), `${JSON.stringify(text)} @${i}`).toBe(keyFingerprint(tokens.key(i)));
      }
    }
  });

  it('gives no token outside the text, and each token one object', () => {
    const tokens = tokenize('Iran and Pakistan');
    expect([tokens.at(-1), tokens.at(3), tokens.at(Number.NaN)]).toEqual([undefined, undefined, undefined]);
    expect(tokens.at(2)).toBe(tokens.at(2));
    expect(tokens.list(1, 9).map((t) => t.text)).toEqual(['and', 'Pakistan']);
  });

  it('folds as foldWord does', () => {
    expect(foldVowelPairs('shoora')).toBe('shura');
    expect(tokenize('SHOORA Kooh').list().map((t) => t.key)).toEqual(['shura', 'kuh']);
  });
});
