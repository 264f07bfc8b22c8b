// Word tokens with offsets and folded keys: the unit the actor and place lexicons match on.
// Hyphens, spaces and dots between words are ignored ("Amir-Abdollahian" = "Amir Abdollahian",
// "U.S." = "U S"), a possessive "'s" is dropped ("Iran's" = "Iran"), and spellings are folded
// (accents, "ou"/"u", "ee"/"i", "oo"/"u") so that common transliteration variants meet.

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
}

const APOSTROPHE = /['’ʼ]/;
/** Particles that join Arabic, Persian and Urdu names, spelled many ways (Jaish al-/ul-/-e-Adl). */
const CONNECTORS = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ur', 'ar', 'as', 'ash', 'an', 'e', 'i', 'o']);

/** The key a word takes inside a name: connector particles ("ul", "al", "e", "i") are one. */
export function innerKey(token: Token): string {
  return CONNECTORS.has(token.key) ? '·' : token.key;
}

/** Folds a word for matching: accents off, lower case, common vowel spellings merged. */
export function foldWord(word: string): string {
  const plain = NON_ASCII.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word;
  return plain.toLowerCase().replace(VOWEL_SPELLINGS, (v) => (v === 'ee' ? 'i' : 'u'));
}

const NON_ASCII = /[^\x00-\x7f]/;
const VOWEL_SPELLINGS = /ou|oo|ee/g;

export function tokenize(text: string): Token[] {
  return [...tokenStream(text)];
}

/** The tokens of a text one by one, so that a scan need not hold them all. */
export function* tokenStream(text: string): Generator<Token> {
  let prev: Token | undefined;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    // A possessive "s" after an apostrophe belongs to the word before it.
    if ((word === 's' || word === 'S') && APOSTROPHE.test(text[start - 1] ?? '') && prev?.end === start - 1) continue;
    const [capitalized, allCaps] = caseOf(word);
    const joined = prev !== undefined && isJoin(text.slice(prev.end, start), prev);
    prev = { start, end: i, text: word, key: foldWord(word), capitalized, allCaps, joined };
    yield prev;
  }
}

const JOIN = /^(?:[ \u00a0]|[-‐‑–]|['’]s? |&|\/)$/;

function isJoin(gap: string, prev: Token): boolean {
  return JOIN.test(gap) || (prev.text.length === 1 && /^\. ?$/.test(gap));
}

/** [first letter upper case, every letter upper case (and at least one letter)], without allocating for ASCII. */
function caseOf(word: string): [boolean, boolean] {
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 128) {
      const ch = word[k] as string;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  const c0 = word.charCodeAt(0);
  const first = word[0] ?? '';
  const capitalized = c0 < 128 ? c0 >= 65 && c0 <= 90 : first !== first.toLowerCase();
  return [capitalized, upper > 0 && lower === 0];
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
