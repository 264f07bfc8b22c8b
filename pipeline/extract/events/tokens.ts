// Word tokens of a sentence, with absolute offsets, for trigger and role scanning. One regex pass
// with no nested quantifiers over overlapping classes, so it runs in linear time.
import type { ActorMention, Span } from '../../model.js';

export interface Token extends Span {
  /** Lower case, curly apostrophes straightened, a possessive "'s" removed. */
  word: string;
  possessive: boolean;
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[;:,()"“”—–]/gu;

export function tokenize(content: string, sentence: Span): Token[] {
  const text = content.slice(sentence.start, sentence.end);
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push(tokenOf(m[0], sentence.start + m.index));
  return tokens;
}

// Punctuation tokens are the single characters of TOKEN's second alternative; words start with a letter or digit.
const PUNCT = new Set(';:,()"“”—–');

function tokenOf(text: string, start: number): Token {
  let word = text.toLowerCase();
  if (word.includes('’')) word = word.replace(/’/g, "'");
  const possessive = word.endsWith("'s");
  if (possessive) word = word.slice(0, -2);
  return { start, end: start + text.length, word, possessive, punct: text.length === 1 && PUNCT.has(text) };
}

/** The tokens of a whole text, in one pass (the coder takes each sentence's share of them). */
export function tokenizeAll(content: string): Token[] {
  const tokens: Token[] = [];
  for (const m of content.matchAll(TOKEN)) tokens.push(tokenOf(m[0], m.index));
  return tokens;
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
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
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
  return { byFirst, byLast };
}

/** The first phrase (in lexicon order) that the words starting at token i read, or undefined. */
export function phraseAt(tokens: Token[], i: number, index: PhraseIndex): string[] | undefined {
  const word = tokens[i]?.word;
  return word === undefined ? undefined : index.byFirst.get(word)?.find((p) => readsAt(tokens, i, p));
}

/** The first phrase (in lexicon order) whose last word is token i, or undefined. */
export function phraseEndingAt(tokens: Token[], i: number, index: PhraseIndex): string[] | undefined {
  const word = tokens[i]?.word;
  return word === undefined ? undefined : index.byLast.get(word)?.find((p) => i - p.length + 1 >= 0 && readsAt(tokens, i - p.length + 1, p));
}

/** Index of a phrase from `phrases` ending right before token `end` (exclusive), within `window` tokens. */
export function findBefore(tokens: Token[], from: number, end: number, phrases: PhraseIndex): number {
  for (let i = end - 1; i >= from; i--) {
    const candidates = phrases.byFirst.get(tokens[i]?.word ?? '');
    if (candidates) for (const p of candidates) if (i + p.length <= end && readsAt(tokens, i, p)) return i;
  }
  return -1;
}
