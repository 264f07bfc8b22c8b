// Armed groups the lexicon lacks, named by the words such groups take.
//
// Accepts: "the Makran Liberation Tigers", "Sindhudesh Liberation Army", "the Mehdi Brigade",
//   "Liwa al-Quds Brigades", "the Abu Fazl militia" (a capitalised name before the head word).
// Rejects: a descriptive word before "militia" ("Shia militia", "Iranian-backed militia", "a
//   Baloch militia"), a group the lexicon knows ("Zainebiyoun militia", "Majeed Brigade": the
//   lexicon name is the mention), and a head word with no capitalised name before it.
import { lowerBound } from '../../../lib/sorted.js';
import type { ActorEntry } from '../lexicon/schema.js';
import type { Sense } from '../lexicon/senses.js';
import type { TrieMatch } from '../trie.js';
import { candidate, slugify, type ActorCandidate, type ActorRule } from '../types.js';
import { placesIn } from '../places.js';
import { tokenize, type Token, type Tokens } from '../tokens.js';

/** Head words, as folded keys: "Liberation Army", "Liberation Front", "Brigade(s)", "militia". */
const HEADS: Array<{ words: string[]; needsCapital: boolean }> = [
  { words: ['liberation', 'army'], needsCapital: true },
  { words: ['liberation', 'front'], needsCapital: true },
  { words: ['liberation', 'tigers'], needsCapital: true },
  { words: ['brigade'], needsCapital: true },
  { words: ['brigades'], needsCapital: true },
  { words: ['militia'], needsCapital: false },
];
/** Words that describe rather than name a group. */
const DESCRIPTIVE = new Set(['shia', 'shiite', 'sunni', 'islamist', 'jihadist', 'militant', 'local', 'tribal', 'baloch', 'baluch', 'pashtun', 'kurdish', 'arab', 'rival', 'armed', 'proxy', 'new', 'pro']);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that']);

export const groupNames: ActorRule = {
  name: 'group-name',
  extract({ content, tokens, matches, index, tokenStartingAt }) {
    const found: ActorCandidate[] = [];
    let after = 1; // the first token a head may be
    // Find the head words in the text with one regex search rather than visiting every token.
    for (const hit of content.matchAll(HEAD_SEARCH)) {
      const i = tokenStartingAt(hit.index);
      if (i === undefined || i < after) continue;
      const key = (tokens.at(i) as Token).key;
      if (!HEAD_FIRST_WORDS.has(key)) continue;
      const head = HEADS.find((h) => h.words.every((w, k) => tokens.at(i + k)?.key === w));
      if (!head) continue;
      const headEnd = i + head.words.length;
      if (head.needsCapital && !(tokens.at(i) as Token).capitalized) continue;
      let first = i;
      while (first > 0 && i - first < 4) {
        const t = tokens.at(first - 1) as Token;
        if (!t.capitalized || ARTICLES.has(t.key) || !/^[\s-]$/.test(content.slice(t.end, (tokens.at(first) as Token).start))) break;
        if (!head.needsCapital && DESCRIPTIVE.has(t.key)) break; // "Shia militia" describes, "Liberation Army" names
        first--;
      }
      if (first === i) continue;
      const inner = [...new Set(Array.from({ length: headEnd - first }, (_, k) => matchCovering(matches, first + k)).filter((m) => m !== undefined))];
      if (inner.some((m) => m.values.some((v) => v.kind === 'block' || (v.kind === 'actor' && !isStateWord(v.id, index.entries))))) continue;
      const start = (tokens.at(first) as Token).start;
      const end = (tokens.at(headEnd - 1) as Token).end;
      const text = content.slice(start, end);
      const id = slugify(text);
      found.push(candidate({
        start, end, text, ids: [id], rule: 'pattern:group-name', origin: 'pattern',
        definition: { actor_id: id, name: text, aliases: [], type: 'armed_group', country: countryInside(text, inner, index.entries), wikidata: null, origin: 'pattern' },
      }));
      after = headEnd;
    }
    return found;
  },
};

const HEAD_FIRST_WORDS = new Set(HEADS.map((h) => h.words[0]));
/** Where a head word may start (tokens' keys fold case, so the search ignores it; accented heads are not searched). */
const HEAD_SEARCH = new RegExp([...HEAD_FIRST_WORDS].join('|'), 'gi');

/**
 * The lexicon match that covers token i, or undefined: a binary search, since the matches are
 * left to right and do not overlap (a head word is met in few texts, and a table of every
 * token's match cost a pass over the text's tokens for each of them).
 */
export function matchCovering(matches: Array<TrieMatch<Sense>>, i: number): TrieMatch<Sense> | undefined {
  // The first match ending past token i (`last` is exclusive).
  const m = matches[lowerBound(matches, i + 1, lastOf)];
  return m !== undefined && m.first <= i ? m : undefined;
}

const lastOf = (m: TrieMatch<Sense>): number => m.last;

function isStateWord(id: string, entries: Map<string, ActorEntry>): boolean {
  return entries.get(id)?.type === 'state';
}

/** The country a group's name places it in: a state or demonym in it, else a place in it. */
export function countryInside(text: string, inner: Array<TrieMatch<Sense>>, entries: Map<string, ActorEntry>): string | null {
  for (const m of inner) for (const v of m.values) if (v.kind === 'actor') return entries.get(v.id)?.country ?? null;
  return placesIn(text, tokenize(text)).find((p) => p.country)?.country ?? null;
}
