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
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHE = /['’ʼ]/;
/** Particles that join Arabic, Persian and Urdu names, spelled many ways (Jaish al-/ul-/-e-Adl). */
const CONNECTORS = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ur', 'ar', 'as', 'ash', 'an', 'e', 'i', 'o']);

/** The key a word takes inside a name: connector particles ("ul", "al", "e", "i") are one. */
export function innerKey(token: Token): string {
  return CONNECTORS.has(token.key) ? '·' : token.key;
}

/** Folds a word for matching: accents off, lower case, common vowel spellings merged. */
export function foldWord(word: string): string {
  const plain = /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    // A possessive "s" after an apostrophe belongs to the word before it.
    if ((word === 's' || word === 'S') && start > 0 && APOSTROPHE.test(text[start - 1] ?? '') && tokens.length > 0) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.end === start - 1) continue;
    }
    const key = foldWord(word);
    const first = word[0] ?? '';
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key,
      capitalized: first !== first.toLowerCase(),
      allCaps: word === word.toUpperCase() && word !== word.toLowerCase(),
    });
  }
  return tokens;
}

/** The separator text between two tokens, e.g. " " or "-" or "’s ". */
export function between(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
