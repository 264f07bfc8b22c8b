// Chambers of commerce the lexicon lacks, named by their city (gold: the chambers that speak for
// business in trade talks are actors of type organization, as organizations.json says).
//
// Accepts: "the Zahedan Chamber of Commerce", "Turbat Chamber of Commerce and Industry", "the
//   Mashhad Chamber of Commerce, Industries, Mines and Agriculture" (up to "Commerce": the name the
//   city's chamber goes by), "Chaman Chamber of Commerce & Industry" (country from the place: IRN,
//   PAK, or null for a place the lexicon lacks).
// Rejects: "the chamber of commerce" (no city), "a Chamber of Commerce" (an article is no city),
//   "International Chamber of Commerce" (no place; a lexicon name where it is one), and a chamber
//   the lexicon names ("Quetta Chamber of Commerce and Industry": the lexicon match is the mention).
import type { TrieMatch } from '../trie.js';
import type { Sense } from '../lexicon/senses.js';
import type { Token, Tokens } from '../tokens.js';
import { candidate, slugify, type ActorCandidate, type ActorRule } from '../types.js';
import { countryInside } from './group-names.js';

/** "Chamber of Commerce", then "and Industry" / "& Industry" where the name goes on. */
const CHAMBER = /\bChamber of Commerce(?: (?:and|&) Industry)?\b/g;
const MAX_CITY_WORDS = 3; // "Dera Ismail Khan Chamber of Commerce"
const NOT_A_CITY = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'international', 'national', 'joint', 'local', 'provincial', 'federal']);

export const chambersOfCommerce: ActorRule = {
  name: 'chamber-of-commerce',
  extract({ content, tokens, matches, index, tokenStartingAt }) {
    const found: ActorCandidate[] = [];
    let byToken: Map<number, TrieMatch<Sense>> | null = null;
    for (const hit of content.matchAll(CHAMBER)) {
      const head = tokenStartingAt(hit.index);
      if (head === undefined || head === 0) continue;
      byToken ??= coveredTokens(matches);
      if (byToken.has(head)) continue; // a chamber the lexicon names
      // the city: capitalised words joined to "Chamber" by spaces, with no lexicon match but a state's
      let first = head;
      while (first > 0 && head - first < MAX_CITY_WORDS) {
        const t = tokens.at(first - 1) as Token;
        if (!t.capitalized || NOT_A_CITY.has(t.key) || !/^[ -]$/.test(content.slice(t.end, (tokens.at(first) as Token).start))) break;
        const inner = byToken.get(first - 1);
        if (inner && !inner.values.some((v) => v.kind === 'actor' && index.entries.get(v.id)?.type === 'state')) break;
        first--;
      }
      if (first === head) continue;
      const start = (tokens.at(first) as Token).start;
      const end = hit.index + hit[0].length;
      const text = content.slice(start, end);
      const city = content.slice(start, hit.index);
      const inner = [...new Set(Array.from({ length: head - first }, (_, k) => byToken?.get(first + k)).filter((m) => m !== undefined))];
      const country = countryInside(city, inner, index.entries);
      const id = slugify(text);
      found.push(candidate({
        start, end, text, ids: [id], rule: 'pattern:chamber-of-commerce', origin: 'pattern',
        definition: { actor_id: id, name: text, aliases: [], type: 'organization', country, wikidata: null, origin: 'pattern' },
      }));
    }
    return found;
  },
};

/** The lexicon match covering each token. */
function coveredTokens(matches: Array<TrieMatch<Sense>>): Map<number, TrieMatch<Sense>> {
  const covered = new Map<number, TrieMatch<Sense>>();
  for (const m of matches) for (let i = m.first; i < m.last; i++) covered.set(i, m);
  return covered;
}
