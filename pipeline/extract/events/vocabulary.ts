// The words of the coder's phrase lists and trigger forms, numbered as the lists are built. Each
// token carries its word's number (tokens.ts), so a list that asks about a token reads an array
// at that number: the prefilter, the trigger index, the claims and the collectives each looked
// up every word of a sentence in a map of their own. A map look-up of a word cut from the text
// first hashes the new string (a call into the engine); the tokenizer instead computes a hash of
// its own while it reads a plain word's characters (hashStep) and finds the number in a table of
// the lexicon words' hashes, comparing the characters in place only on a hit (numberAt): a word of
// the vocabulary, about a third of a text's words, is then given the vocabulary's own string, and
// no string is cut from the text for it.

const NUMBERS = new Map<string, number>();
const WORDS: string[] = [];
const HASHES: number[] = [];
/** Open addressing by hash: a word's number, or -1 for an empty slot. */
let slots = new Int32Array(1024).fill(-1);
/** Whether a token has been given its number yet. */
let numbering = false;
/** Whether a word was numbered after that: a token made before it holds -1 for it. */
let lateWords = false;

/** The hash the tokenizer computes, character by character, over a word's lower-case ASCII codes. */
export const hashStep = (h: number, code: number): number => Math.imul(h, 31) + code | 0;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

function place(n: number): void {
  const mask = slots.length - 1;
  let at = HASHES[n]! & mask;
  while (slots[at] !== -1) at = (at + 1) & mask;
  slots[at] = n;
}

/** The number of a word of some list, given it the first time it is asked for. */
export function numberWord(word: string): number {
  let n = NUMBERS.get(word);
  if (n === undefined) {
    n = WORDS.length;
    NUMBERS.set(word, n);
    WORDS.push(word);
    HASHES.push(hashOf(word));
    if (numbering) lateWords = true;
    if (WORDS.length * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2).fill(-1);
      for (let k = 0; k < WORDS.length; k++) place(k);
    } else place(n);
  }
  return n;
}

/** The number of a word, or -1 when no list holds it. */
export function wordNumber(word: string): number {
  numbering = true;
  return NUMBERS.get(word) ?? -1;
}

/**
 * The number of the word content[start, end) reads in lower case, its characters ASCII letters and
 * digits, given the hashStep hash of its lower-case codes; -1 when no list holds it. The word is
 * compared in place, so a word of the vocabulary needs no string cut from the text (wordOf gives
 * the vocabulary's own).
 */
export function numberAt(content: string, start: number, end: number, hash: number): number {
  numbering = true;
  const mask = slots.length - 1;
  const length = end - start;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const n = slots[at]!;
    if (n === -1) return -1;
    if (HASHES[n] !== hash) continue;
    const word = WORDS[n]!;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length) {
      let c = content.charCodeAt(start + k);
      if (c <= 90 && c >= 65) c += 32;
      if (c !== word.charCodeAt(k)) break;
      k++;
    }
    if (k === length) return n;
  }
}

/** The word numbered n (numberWord). */
export const wordOf = (n: number): string => WORDS[n]!;

/**
 * The number of a token's word as of now. Lists are built when their modules load, before any
 * text is cut, so a token's own number holds; a list built later (none is, but nothing forbids
 * it) is answered by looking the word up again.
 */
export function numberOf(token: { word: string; key: number }): number {
  return token.key >= 0 || !lateWords ? token.key : NUMBERS.get(token.word) ?? -1;
}

/** A table by word number from a map by word, sharing its values (the lists keep their order). */
export function byNumber<T>(map: ReadonlyMap<string, T>): Array<T | undefined> {
  const table: Array<T | undefined> = [];
  for (const [word, value] of map) table[numberWord(word)] = value;
  return table;
}
