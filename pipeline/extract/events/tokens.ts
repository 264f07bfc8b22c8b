// Word tokens of a sentence, with absolute offsets, for trigger and role scanning. A token is a
// run of letters and digits, joined across single apostrophes, dots and hyphens ("al-Adl", "U.S",
// "Iran’s"), or one punctuation mark the coder reads (;:,()"“”—–). One pass over the characters,
// no backtracking, so it runs in linear time.
import type { ActorMention, Span } from '../../model.js';
import { codePointIn, isLetterOrDigit, isLowerAscii, wordEnd } from '../../lib/word-runs.js';
import { byNumber, hashStep, numberAt, numberOf, wordNumber, wordOf } from './vocabulary.js';

export interface Token extends Span {
  /** Lower case, curly apostrophes straightened, a possessive "'s" removed. */
  word: string;
  possessive: boolean;
  punct: boolean;
  /** The word's number in the coder's vocabulary (vocabulary.ts), -1 when no list holds it. */
  key: number;
}

export function tokenize(content: string, sentence: Span): Token[] {
  return scanTokens(content, sentence.start, sentence.end);
}

/** The tokens of a whole text, in one pass (the coder takes each sentence's share of them). */
export function tokenizeAll(content: string): Token[] {
  return scanTokens(content, 0, content.length);
}

// Every article's every character passes through here, so the scan reads character codes
// rather than running a regex with its match objects (the same tokens as
// /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[;:,()"“”—–]/gu over content[from, to)).
function scanTokens(content: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    // A space, the commonest character between words, is neither a word nor a mark the coder reads.
    if (content.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const u = content.charCodeAt(i);
    if (isAsciiLetterOrDigit(u)) {
      // Most words are runs of ASCII letters and digits ended by a space or a mark that joins
      // nothing: such a word is cut here, with no second pass over it to lower-case it or look for
      // an apostrophe. A run ended by a joiner or a character outside ASCII takes the general path.
      // Its number in the vocabulary is found by a hash of its lower-case codes taken on the way.
      const start = i;
      let upper = false;
      let hash = 0;
      let v = u;
      do {
        if (v <= 90 && v >= 65) {
          upper = true;
          v += 32;
        }
        hash = hashStep(hash, v);
        i++;
        v = i < to ? content.charCodeAt(i) : 32;
      } while (isAsciiLetterOrDigit(v));
      // (A joiner ends the word too when no letter or digit follows it: "word." at a sentence's end.
      // The joiners in ASCII are ' . and -.)
      if (v < 128 && ((v !== 39 && v !== 46 && v !== 45) || i + 1 >= to || endsAfterJoiner(content.charCodeAt(i + 1)))) {
        // A word of the vocabulary is read in place and given the vocabulary's own string; only other words are cut.
        const key = numberAt(content, start, i, hash);
        const word = key >= 0 ? wordOf(key) : upper ? content.slice(start, i).toLowerCase() : content.slice(start, i);
        tokens.push({ start, end: i, word, possessive: false, punct: false, key });
        continue;
      }
      i = wordEnd(content, start, to, JOINERS);
      tokens.push(tokenOf(content.slice(start, i), start));
      continue;
    }
    const c = codePointIn(content, i, to);
    if (isLetterOrDigit(c)) {
      const start = i;
      i = wordEnd(content, i, to, JOINERS);
      tokens.push(tokenOf(content.slice(start, i), start));
    } else {
      if (c === OPEN_BRACKET) {
        const end = photoPositionEnd(content, i, to);
        if (end > i) {
          i = end;
          continue;
        }
      }
      // A punctuation mark is its own word: nothing to lower-case or strip.
      if (PUNCT_CODES.has(c)) {
        const word = content.charAt(i);
        tokens.push({ start: i, end: i + 1, word, possessive: false, punct: true, key: wordNumber(word) });
      }
      i += c > 0xffff ? 2 : 1;
    }
  }
  return tokens;
}

/** Whether a character after a joiner leaves it outside the word: one in ASCII that is no letter or digit. */
const endsAfterJoiner = (c: number): boolean => c < 128 && !isAsciiLetterOrDigit(c);

/** [A-Za-z0-9] */
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

const OPEN_BRACKET = 0x28;
// A caption's position marker ("Araghchi (L) and Dar shake hands", "(2nd R)", "(centre)") says where
// a person stands in the photo: the coder reads the names around it as if it were not there.
const PHOTO_POSITION = /\((?:[LRC]|left|right|cent(?:re|er)|front|back|(?:\d(?:st|nd|rd|th)|second|third)\s+(?:from\s+)?(?:[LR]|left|right)|L-R|R-L|from\s+(?:left|right))\)/iy;

/** Where a photo position marker starting at `i` ends, or `i` when none starts there. */
function photoPositionEnd(content: string, i: number, to: number): number {
  PHOTO_POSITION.lastIndex = i;
  return PHOTO_POSITION.test(content) && PHOTO_POSITION.lastIndex <= to ? PHOTO_POSITION.lastIndex : i;
}

/** ' ’ . - : one of them between letters or digits joins them into one word. */
const JOINERS = new Set([...`'’.-`].map((ch) => ch.charCodeAt(0)));

// Punctuation tokens are single characters; words start with a letter or digit.
const PUNCT_CODES = new Set([...';:,()"“”—–'].map((ch) => ch.charCodeAt(0)));

/** A word's token (words start with a letter or digit, so a word is never a punctuation token). */
function tokenOf(text: string, start: number): Token {
  // Most words are already lower-case ASCII: they are their own word, with no string made.
  const plain = isLowerAscii(text);
  let word = plain ? text : text.toLowerCase();
  if (!plain && word.includes('’')) word = word.replace(/’/g, "'");
  const possessive = word.endsWith("'s");
  if (possessive) word = word.slice(0, -2);
  return { start, end: start + text.length, word, possessive, punct: false, key: wordNumber(word) };
}

/**
 * The tokens of `sentence`, from the text's tokens (`from`: an index at or before its first).
 * Returns them with the index after the last; a token crossing the sentence's edge ("2024.The"
 * split mid-word) is cut where the sentence ends, so that sentence is tokenized on its own.
 */
export function sentenceTokens(all: Token[], from: number, content: string, sentence: Span): { tokens: Token[]; next: number } {
  let i = from;
  while (i < all.length && (all[i]?.end ?? 0) <= sentence.start) i++;
  let j = i;
  while (j < all.length && (all[j]?.end ?? Infinity) <= sentence.end) j++;
  const straddles = (all[i]?.start ?? Infinity) < sentence.start || ((all[j]?.start ?? Infinity) < sentence.end);
  return { tokens: straddles ? tokenize(content, sentence) : all.slice(i, j), next: i };
}

/** An actor mention placed on the token sequence. */
export interface ActorSlot {
  actor_id: string;
  first: number; // token index
  last: number; // token index (inclusive)
  possessive: boolean;
  /** Part of a hyphenated compound ("Israel-linked", "Iran-Pakistan border"): a modifier, not a participant. */
  inCompound: boolean;
  /** Named as a city, province or region ("Damascus" for Syria): before a nominal it says where, not who. */
  place?: boolean;
}

export function placeActors(tokens: Token[], mentions: ActorMention[]): ActorSlot[] {
  const slots: ActorSlot[] = [];
  let t = 0;
  for (const m of byMentionStart(mentions)) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= m.start) t++;
    let last = t;
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < m.end) last++;
    const tok = tokens[t];
    if (!tok || tok.start >= m.end) continue;
    const inCompound = (tok.start < m.start || (tokens[last]?.end ?? 0) > m.end) && /-/.test(tok.word + (tokens[last]?.word ?? ''));
    slots.push({ actor_id: m.actor_id, first: t, last, possessive: tokens[last]?.possessive ?? false, inCompound });
  }
  return slots;
}

/**
 * The mentions by start, in a stable order: the coder passes a sentence's share of a list already
 * sorted so, which is then read as it is rather than copied and sorted again at every sentence.
 */
function byMentionStart(mentions: ActorMention[]): ActorMention[] {
  for (let k = 1; k < mentions.length; k++) {
    if (mentions[k]!.start < mentions[k - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/** True when the words starting at token i read `phrase` ("did not"). */
export function readsAt(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.word !== phrase[k]) return false;
  return true;
}

/**
 * A list of phrases ("in response", "both sides") grouped by first and by last word: a scan asks
 * only the few phrases that can start or end at a token, instead of every phrase at every token.
 */
export interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  byLast: Map<string, string[][]>;
  /** The same lists by the number of their first and last word (vocabulary.ts), read at a token's `key`. */
  firstByNumber: Array<string[][] | undefined>;
  lastByNumber: Array<string[][] | undefined>;
}

export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  const byLast = new Map<string, string[][]>();
  for (const text of phrases) {
    const words = text.split(' ');
    const add = (map: Map<string, string[][]>, key: string): void => { map.set(key, [...(map.get(key) ?? []), words]); };
    add(byFirst, words[0]!);
    add(byLast, words[words.length - 1]!);
  }
  return { byFirst, byLast, firstByNumber: byNumber(byFirst), lastByNumber: byNumber(byLast) };
}

// The look-ups below run at every token of a sentence (claims, collectives) and back from every
// match: index loops, not `find` with a closure made per call.

/** The first phrase (in lexicon order) that the words starting at token i read, or undefined. */
export function phraseAt(tokens: Token[], i: number, index: PhraseIndex): string[] | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const n = numberOf(token);
  const phrases = n < 0 ? undefined : index.firstByNumber[n];
  if (phrases === undefined) return undefined;
  for (let k = 0; k < phrases.length; k++) if (readsAt(tokens, i, phrases[k]!)) return phrases[k];
  return undefined;
}

/** The first phrase (in lexicon order) whose last word is token i, or undefined. */
export function phraseEndingAt(tokens: Token[], i: number, index: PhraseIndex): string[] | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const n = numberOf(token);
  const phrases = n < 0 ? undefined : index.lastByNumber[n];
  if (phrases === undefined) return undefined;
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k]!;
    if (i - p.length + 1 >= 0 && readsAt(tokens, i - p.length + 1, p)) return p;
  }
  return undefined;
}

/** Index of a phrase from `phrases` ending right before token `end` (exclusive), within `window` tokens. */
export function findBefore(tokens: Token[], from: number, end: number, phrases: PhraseIndex): number {
  for (let i = end - 1; i >= from; i--) {
    const token = tokens[i];
    const n = token === undefined ? -1 : numberOf(token);
    const candidates = n >= 0 ? phrases.firstByNumber[n] : token === undefined ? phrases.byFirst.get('') : undefined;
    if (candidates) for (const p of candidates) if (i + p.length <= end && readsAt(tokens, i, p)) return i;
  }
  return -1;
}
