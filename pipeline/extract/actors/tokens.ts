// Word tokens with offsets and folded keys: the unit the actor and place lexicons match on.
// Hyphens, spaces and dots between words are ignored ("Amir-Abdollahian" = "Amir Abdollahian",
// "U.S." = "U S"), a possessive "'s" is dropped ("Iran's" = "Iran"), and spellings are folded
// (accents, "ou"/"u", "ee"/"i", "oo"/"u") so that common transliteration variants meet.
//
// Speed matters here: every character of every article passes through `tokenize` once (actors
// and places share its result). It reads character codes in one loop, and a word already in
// lower-case ASCII with no vowel pair to fold (most words) is its own key, with no regex run.

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const MARKS = /\p{M}/gu;

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
  return CONNECTORS.has(token.key) ? '·' : token.key;
}

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

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * The tokens of a text, remembered for the last text asked: `findActors` and `findPlaces` on the
 * same article tokenise it once. Callers must not change the tokens.
 */
export function tokensOf(text: string): Token[] {
  if (text !== lastText) [lastText, lastTokens] = [text, tokenize(text)];
  return lastTokens;
}

export function tokenize(text: string): Token[] {
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

/** The separator text between two tokens, e.g. " " or "-" or "’s ". */
export function between(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
