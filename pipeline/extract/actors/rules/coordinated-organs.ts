// Organs of one state named together under one plural head: each word before the head, with the
// head in the singular, is an organ form of that state ("interior ministry", "roads ministry"), an
// actor of its own as when it is named alone (gold guidelines: a named institution is an actor).
//
// Accepts: "the Iranian interior and roads ministries" (Iran's interior and roads ministries),
//   "Pakistan's foreign, interior and defence ministries" (three organs).
// Rejects: a word that is no organ form of that state ("the Iranian oil and gas ministries" names
//   the oil ministry only), a list with no "and" ("Iranian officials, ministries"), words broken by
//   a line end or other punctuation than a comma, a qualifier that is no state ("the IRGC").
import { lowerBound } from '../../../lib/sorted.js';
import { tokenize, type Token, type Tokens } from '../tokens.js';
import { candidate, type ActorCandidate, type ActorRule, type ActorRuleContext } from '../types.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const LETTERS_ONLY = /^\p{L}+$/u;

/** Plural heads and the singular the organ forms use. */
const PLURAL_HEADS = new Map([
  ['ministries', 'ministry'],
  ['departments', 'department'],
]);
/** At most this many words (and "and") between the state and the head: a list, not a sentence. */
const MAX_WORDS = 7;

export const coordinatedOrgans: ActorRule = {
  name: 'coordinated-organ',
  extract(ctx) {
    const { tokens, matches, index } = ctx;
    const found: ActorCandidate[] = [];
    // Most texts name no plural head, and a list needs one within MAX_WORDS tokens of its state:
    // the heads are found once, and a state's words are read only when one follows close enough.
    const heads = headTokens(tokens);
    if (heads.length === 0) return found;
    for (const m of matches) {
      if (!((heads[lowerBound(heads, m.last, tokenIndex)] ?? Infinity) < m.last + MAX_WORDS)) continue;
      const sense = m.values.length === 1 ? m.values[0] : undefined;
      const state = sense?.kind === 'actor' ? index.entries.get(sense.id) : undefined;
      if (!state || state.type !== 'state') continue;
      const list = listBefore(ctx, m.last);
      if (!list) continue;
      for (const word of list.words) {
        const id = organOf(ctx, state.name, word.text, list.singular);
        if (id) found.push(candidate({ start: word.start, end: word.end, text: word.text, ids: [id], rule: 'coordinated-organ', origin: 'lexicon', via: 'alias' }));
      }
    }
    return found;
  },
};

/** The length of the shortest plural head: shorter keys are not looked up. */
const SHORTEST_HEAD = Math.min(...[...PLURAL_HEADS.keys()].map((head) => head.length));

const tokenIndex = (i: number): number => i;

/** The indices of the tokens that are a plural head, ascending (few: most texts have none). */
function headTokens(tokens: Tokens): number[] {
  const heads: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (the key's length first: a key not made yet is not made for a word too short to be a head)
    if (tokens.keyLength(i) >= SHORTEST_HEAD && PLURAL_HEADS.has(tokens.key(i))) heads.push(i);
  }
  return heads;
}

/** "interior and roads ministries" from token `i`: the words, and the head's singular; null for no such list. */
function listBefore({ content, tokens }: ActorRuleContext, i: number): { words: Token[]; singular: string } | null {
  const words: Token[] = [];
  let sawAnd = false;
  for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
    const t = tokens.at(j) as Token;
    const prev = tokens.at(j - 1) as Token;
    // right after the state ("Iran's foreign"), then a space or a comma and a space between words
    if (j === i ? !t.joined : !spaceOrCommaSpace(content, prev.end, t.start)) return null;
    const singular = PLURAL_HEADS.get(t.key);
    if (singular) return sawAnd && words.length >= 2 ? { words, singular } : null;
    if (t.key === 'and') {
      if (sawAnd || words.length === 0) return null;
      sawAnd = true;
    } else if (LETTERS_ONLY.test(t.text)) words.push(t);
    else return null;
  }
  return null;
}

/** Whether content[from, to) is " " or ", " (read by codes: this runs for the words after every state's name). */
function spaceOrCommaSpace(content: string, from: number, to: number): boolean {
  if (to - from === 1) return content.charCodeAt(from) === 32;
  return to - from === 2 && content.charCodeAt(from) === 44 && content.charCodeAt(from + 1) === 32;
}

/** The organ "<state> <word> <head>" names in the lexicon ("Iran roads ministry"), if any. */
function organOf({ index }: ActorRuleContext, stateName: string, word: string, singular: string): string | null {
  const phrase = tokenize(`${stateName} ${word} ${singular}`);
  const m = index.trie.matchAt(phrase, 0);
  if (!m || m.last !== phrase.length) return null;
  const organ = m.values.find((v) => v.kind === 'actor' && v.via === 'form');
  return organ?.kind === 'actor' ? organ.id : null;
}
