// Places for event locations: provinces, cities, regions and seas (pipeline/lexicons/places/),
// and the states of the actor lexicon named as places (kind 'country').
//
// Accepts: "Balochistan", "Baluchistan", "Sistan and Baluchestan", "Sistan-Baluchistan", "Saravan",
//   "Kerman", "Idlib province", "Davos", "Iraq" (country).
// Rejects: demonyms and capitals as metonyms of states are actor mentions, not places: "Iranian"
//   gives no place; "Tehran" is a city here (the actor rules decide whether it stands for Iran).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PlaceMention } from './index.js';
import { loadActorLexicon, parseLexiconFile } from './lexicon/load.js';
import { tokensOf, type Tokens } from './tokens.js';
import { TokenTrie } from './trie.js';

const placeSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  aliases: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
  country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code such as "PAK"').nullable(),
  kind: z.enum(['province', 'city', 'region', 'other']),
});

export const placeFileSchema = z.strictObject({
  about: z.string(),
  places: z.array(placeSchema),
});

export const PLACES_FILE = fileURLToPath(new URL('../../lexicons/places/places.json', import.meta.url));

type Place = Omit<PlaceMention, 'start' | 'end' | 'text'>;

let placeTrie: TokenTrie<Place> | null = null;

/** The trie of every place name, built once. */
export function placeIndex(): TokenTrie<Place> {
  if (placeTrie) return placeTrie;
  const trie = new TokenTrie<Place>();
  const file = parseLexiconFile('pipeline/lexicons/places/places.json', readFileSync(PLACES_FILE, 'utf8'), placeFileSchema);
  for (const p of file.places) {
    const place: Place = { name: p.name, country: p.country, kind: p.kind };
    for (const n of [p.name, ...p.aliases]) trie.add(n, place);
  }
  for (const e of loadActorLexicon().entries) {
    if (e.type !== 'state') continue;
    const place: Place = { name: e.name, country: e.country, kind: 'country' };
    for (const n of [e.name, ...e.aliases.filter((a) => !/\b(administration|government|authorities|forces|regime|apparatus|Kremlin|White House)\b/i.test(a))]) {
      trie.add(n, place);
    }
  }
  placeTrie = trie;
  return trie;
}

/**
 * Places (countries named as places, provinces, cities, regions) for event locations; `read`, the
 * text's reading for the actors (readActors), gives its tokens.
 */
export function findPlaces(content: string, read?: { content: string; tokens: Tokens }): PlaceMention[] {
  return placesIn(content, read?.content === content ? read.tokens : tokensOf(content));
}

/**
 * The places in a text already tokenised (a short name: no need to remember its tokens), among
 * tokens from … to - 1 only if given.
 */
export function placesIn(content: string, tokens: Tokens, from = 0, to = tokens.length): PlaceMention[] {
  return placeIndex()
    .scan(tokens, from, to)
    .map((m) => {
      const place = m.values[0] as Place;
      return { start: m.start, end: m.end, text: content.slice(m.start, m.end), ...place };
    });
}
