// Word tokens with offsets and folded keys: the unit the actor and place lexicons match on.
// Hyphens, spaces and dots between words are ignored ("Amir-Abdollahian" = "Amir Abdollahian",
// "U.S." = "U S"), a possessive "'s" is dropped ("Iran's" = "Iran"), and spellings are folded
// (accents, "ou"/"u", "ee"/"i", "oo"/"u") so that common transliteration variants meet.
//
// Speed matters here: every character of every article passes through `tokenize` once (actors
// and places share its result). It reads character codes in one loop and keeps each word's
// offsets, flags and trie fingerprint in one typed array (`Tokens`); a word in ASCII with no vowel
// pair to fold (most words) gets its key, itself lower-cased, only when the trie or a rule asks.

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const MARKS = /\p{M}/gu;

/** One token as an object: what `Tokens.at` gives a rule that reads a few words. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form used as the trie key. */
  key: string;
  capitalized: boolean;
  allCaps: boolean;
  /**
   * Joined to the word before by a space, a hyphen, a possessive ("Iran's foreign minister") or
   * the dot of an initial ("U.S."), so that a name may run on; not across a line end or a comma.
   */
  joined: boolean;
  /**
   * After ", " or " (": the punctuation a name may run on across only where its lexicon alias has
   * it too ("Ministry of Industry, Mine and Trade", "Ministry of Energy (Power Division)"); else null.
   */
  punctuated: ',' | '(' | null;
}

/** Particles that join Arabic, Persian and Urdu names, spelled many ways (Jaish al-/ul-/-e-Adl). */
const CONNECTORS = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ur', 'ar', 'as', 'ash', 'an', 'e', 'i', 'o']);

/** The key a word takes inside a name: connector particles ("ul", "al", "e", "i") are one. */
export function innerKey(token: Token): string {
  return innerKeyOf(token.key);
}

/** innerKey of a key. */
export function innerKeyOf(key: string): string {
  return CONNECTORS.has(key) ? '·' : key;
}

/** 1 at each connector's fingerprint: a word with a 0 there is no connector. */
export const CONNECTOR_FINGERPRINTS = new Uint8Array(0x10000);
for (const c of CONNECTORS) CONNECTOR_FINGERPRINTS[keyFingerprint(c)] = 1;

/** Folds a word for matching: accents off, lower case, common vowel spellings merged. */
export function foldWord(word: string): string {
  const plain = NON_ASCII.test(word) ? word.normalize('NFKD').replace(MARKS, '') : word;
  return foldVowelPairs(plain.toLowerCase());
}

/**
 * "ou" and "oo" as "u", "ee" as "i", left to right without overlaps (as /ou|oo|ee/g replaces
 * them), by character codes: a regex replace with a callback cost a tenth of the tokenizer.
 */
export function foldVowelPairs(word: string): string {
  let folded = '';
  let from = 0;
  for (let i = 0; i + 1 < word.length; i++) {
    const c = word.charCodeAt(i);
    const d = word.charCodeAt(i + 1);
    const to = c === 111 && (d === 117 || d === 111) ? 'u' : c === 101 && d === 101 ? 'i' : null;
    if (to === null) continue;
    folded += word.slice(from, i) + to;
    from = i + 2;
    i++;
  }
  return from === 0 ? word : folded + word.slice(from);
}

const NON_ASCII = /[^\x00-\x7f]/;

// What a token's flags byte holds.
const CAPITALIZED = 1;
const ALL_CAPS = 2;
const JOINED = 4;
const COMMA = 8; // punctuated ','
const BRACKET = 16; // punctuated '('
const UPPER = 32; // an ASCII word with a capital: its key is its text lower-cased
/** A word after ", " or " (", or joined to the one before: an alias may run on to it. */
const RUNS_ON = JOINED | COMMA | BRACKET;

/**
 * The tokens of one text, backed by arrays: offsets, flags and the trie's fingerprint of each
 * word's key in one typed array, the keys made only when asked (most words of a text are never looked
 * up: their fingerprint turns them away), and a `Token` object only for a word a rule reads.
 * Costs one object and one slice a word less than an array of objects: the tokenizer ran at about
 * half its speed for them, and their garbage slowed every stage after it.
 */
export class Tokens {
  /** At 3i, 3i + 1, 3i + 2: token i's start and end offsets, and the trie's fingerprint of its key << 8 | its flags (CAPITALIZED, …). */
  private readonly fields: Int32Array;
  /** Each token's key: made when the tokenizer folds the word (non-ASCII, vowel pairs) or when first asked. */
  private readonly keys: Array<string | undefined>;
  /** The tokens asked for as objects (a map: rules ask for few of a text's tokens). */
  private views: Map<number, Token> | null = null;

  constructor(readonly source: string, readonly length: number, fields: Int32Array, keys: Array<string | undefined>) {
    this.fields = fields;
    this.keys = keys;
  }

  start(i: number): number {
    return this.fields[3 * i] as number;
  }

  end(i: number): number {
    return this.fields[3 * i + 1] as number;
  }

  /** The word as written. */
  text(i: number): string {
    return this.source.slice(this.fields[3 * i], this.fields[3 * i + 1]);
  }

  /** The folded form the tries match on (see foldWord). */
  key(i: number): string {
    let key = this.keys[i];
    if (key === undefined) {
      // an ASCII word with no vowel pair: itself, lower-cased
      key = this.source.slice(this.fields[3 * i], this.fields[3 * i + 1]);
      if (((this.fields[3 * i + 2] as number) & UPPER) !== 0) key = key.toLowerCase();
      this.keys[i] = key;
    }
    return key;
  }

  /** fingerprint(key(i)) (./trie.ts), computed by the tokenizer without the key. */
  fingerprint(i: number): number {
    return (this.fields[3 * i + 2] as number) >>> 8;
  }

  capitalized(i: number): boolean {
    return ((this.fields[3 * i + 2] as number) & CAPITALIZED) !== 0;
  }

  allCaps(i: number): boolean {
    return ((this.fields[3 * i + 2] as number) & ALL_CAPS) !== 0;
  }

  joined(i: number): boolean {
    return ((this.fields[3 * i + 2] as number) & JOINED) !== 0;
  }

  punctuated(i: number): ',' | '(' | null {
    const f = this.fields[3 * i + 2] as number;
    return (f & COMMA) !== 0 ? ',' : (f & BRACKET) !== 0 ? '(' : null;
  }

  /** Whether an alias may run on from the token before to token i (joined or punctuated). */
  runsOn(i: number): boolean {
    return ((this.fields[3 * i + 2] as number) & RUNS_ON) !== 0;
  }

  /** The length of key(i), without making the key: a key not made yet is its ASCII word lower-cased. */
  keyLength(i: number): number {
    const key = this.keys[i];
    return key === undefined ? (this.fields[3 * i + 1] as number) - (this.fields[3 * i] as number) : key.length;
  }

  /** Token i as an object (made once, on first asking), or undefined outside 0 … length-1. */
  at(i: number): Token | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    this.views ??= new Map();
    let view = this.views.get(i);
    if (view === undefined) {
      view = { start: this.start(i), end: this.end(i), text: this.text(i), key: this.key(i), capitalized: this.capitalized(i), allCaps: this.allCaps(i), joined: this.joined(i), punctuated: this.punctuated(i) };
      this.views.set(i, view);
    }
    return view;
  }

  /** Tokens from, …, to - 1 as objects. */
  list(from = 0, to = this.length): Token[] {
    const list: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) list.push(this.at(i) as Token);
    return list;
  }
}

/**
 * The trie's 16-bit fingerprint of a word key from its first two and last two character codes
 * and its length (codes past the ends count as 0): see ./trie.ts.
 */
export function fingerprintOf(first: number, second: number, secondLast: number, last: number, length: number): number {
  const ends = (((first * 31 + second) * 31 + secondLast) * 31 + last) * 31 + length;
  return Math.imul(ends, 0x9e3779b1) >>> 16;
}

/** fingerprintOf a key string. */
export function keyFingerprint(key: string): number {
  const n = key.length;
  return fingerprintOf(key.charCodeAt(0), key.charCodeAt(1) | 0, key.charCodeAt(n - 2) | 0, key.charCodeAt(n - 1), n);
}

let lastText: string | null = null;
let lastTokens: Tokens | null = null;

/**
 * The tokens of a text, remembered for the last text asked: `findActors` and `findPlaces` on the
 * same article tokenise it once. Callers must not change the tokens.
 */
export function tokensOf(text: string): Tokens {
  if (text !== lastText || lastTokens === null) [lastText, lastTokens] = [text, tokenize(text)];
  return lastTokens;
}

/** An ASCII code lower-cased. */
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

// The tokenizer's scratch: start, end, fingerprint << 8 | flags of each token in turn, grown as
// texts need; each text's tokens get a copy of their part (one buffer a text).
let scratch = new Int32Array(3 * 4096);

export function tokenize(text: string): Tokens {
  const keys: Array<string | undefined> = [];
  let fields = scratch;
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? !isAsciiWordChar(c0) : !isWordChar(c0)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lowers = 0;
    let ascii = true;
    let pair = false; // "ou", "oo", "ee" in any case: spellings the key folds
    let before = 0; // the previous character, lower-cased if an ASCII letter
    for (; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) lowers++;
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
          else if (ch !== ch.toUpperCase()) lowers++;
        }
      } else break;
      if ((before === 111 && (c === 117 || c === 111)) || (before === 101 && c === 101)) pair = true;
      before = c;
    }
    const prevEnd = count > 0 ? (fields[3 * count - 2] as number) : -1;
    // A possessive "s" after an apostrophe belongs to the word before it.
    if (i - start === 1 && before === 115 && prevEnd === start - 1 && isApostrophe(text.charCodeAt(start - 1))) continue;
    let flags = 0;
    let fingerprint: number;
    if (ascii && !pair) {
      // The key is the word lower-cased: its fingerprint from the codes, the key itself only if asked.
      const length = i - start;
      const second = length > 1 ? lower(text.charCodeAt(start + 1)) : 0;
      const secondLast = length > 1 ? lower(text.charCodeAt(i - 2)) : 0;
      fingerprint = fingerprintOf(lower(c0), second, secondLast, before, length);
      if (upper > 0) flags |= UPPER;
      keys.push(undefined);
    } else {
      const word = text.slice(start, i);
      const key = ascii ? foldVowelPairs(upper > 0 ? word.toLowerCase() : word) : foldWord(word);
      fingerprint = keyFingerprint(key);
      keys.push(key);
    }
    if (c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpperAt(text[start] as string)) flags |= CAPITALIZED;
    if (upper > 0 && lowers === 0) flags |= ALL_CAPS;
    if (count > 0) {
      const prevStart = fields[3 * count - 3] as number;
      if (isJoin(text, prevStart, prevEnd, start)) flags |= JOINED;
      else if (start - prevEnd === 2) flags |= punctuationOf(text, prevEnd);
    }
    if (3 * count === fields.length) {
      const grown = new Int32Array(2 * fields.length);
      grown.set(fields);
      scratch = fields = grown;
    }
    fields[3 * count] = start;
    fields[3 * count + 1] = i;
    fields[3 * count + 2] = (fingerprint << 8) | flags;
    count++;
  }
  return new Tokens(text, count, fields.slice(0, 3 * count), keys);
}

/** ", " or " (" at `at`, as its flag (COMMA, BRACKET), or 0. */
function punctuationOf(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if (a === 44 && b === 32) return COMMA;
  return a === 32 && b === 40 ? BRACKET : 0;
}

/** Whether a word's first character (a UTF-16 unit: half a surrogate pair never is) is upper case. */
function isUpperAt(first: string): boolean {
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
function isJoin(text: string, prevStart: number, prevEnd: number, start: number): boolean {
  const from = prevEnd;
  const gap = start - from;
  const a = text.charCodeAt(from);
  const initial = prevEnd - prevStart === 1;
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


