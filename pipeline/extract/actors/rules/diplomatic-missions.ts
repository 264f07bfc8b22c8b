// A state's missions abroad named by their city: an embassy, high commission or consulate is a
// government organ of the state it represents (gold: "Embassy of Pakistan in Tehran").
//
// Accepts: "our Embassy in Tehran", "its Consulate General in Zahedan" (the state named last before
//   it that is not the host: in "Pakistani fishermen ... in Iranian waters. Our Consulate General in
//   Zahedan", Pakistan's), "the Embassy of Pakistan in Kabul", "the High Commission of Pakistan in
//   London" (the state after "of"). The mission takes the lexicon's id where the lexicon names it
//   ("Consulate General of Pakistan in Zahedan" is one of Pakistan's consulates in Iran), else a
//   pattern actor "Embassy of Pakistan in Kabul".
// Rejects: "the embassy in Tehran" (lower case, no possessive: a place more often than an actor),
//   "our Embassy in Tehran" with no state but the host's named before it, a city the places lexicon
//   lacks ("our Embassy in Springfield"), and "Embassy of X in Y" where X is no state of the lexicon.
import type { ActorEntry } from '../lexicon/schema.js';
import type { ActorIndex, Sense } from '../lexicon/senses.js';
import { placesIn } from '../places.js';
import { tokenize, type Token, type Tokens } from '../tokens.js';
import type { TrieMatch } from '../trie.js';
import { candidate, slugify, type ActorCandidate, type ActorRule, type ActorRuleContext } from '../types.js';

/** "our Embassy in Tehran": possessive, capitalised mission, "in", city. */
const OWNED = /\b(?:[Oo]ur|[Ii]ts|[Tt]heir) (Embassy|High Commission|Consulate General|Consulate) in (?=\p{Lu})/gu;
/** "Embassy of Pakistan in Kabul": mission, "of", the state, "in", city. */
const OF_STATE = /\b(Embassy|High Commission|Consulate General|Consulate) of (?:the )?(?=\p{Lu})/gu;
const MISSION_WORD = /Embassy|High Commission|Consulate/;
/** How far back (characters) the state a possessive mission belongs to may be named. */
const OWNER_WINDOW = 600;
/** Types of actors whose country a possessive may refer to ("Pakistani fishermen", "the Foreign Office", its spokesperson). */
const OWNER_TYPES = new Set(['state', 'government', 'person', 'military']);

export const diplomaticMissions: ActorRule = {
  name: 'diplomatic-mission',
  extract(ctx) {
    const { content, tokenStartingAt, matchStartingAt } = ctx;
    const found: ActorCandidate[] = [];
    // Most texts name no mission: a plain search turns them away before the patterns scan every position.
    if (!MISSION_WORD.test(content)) return found;
    for (const hit of content.matchAll(OWNED)) {
      const city = cityAt(ctx, hit.index + hit[0].length);
      if (!city) continue;
      const owner = ownerBefore(ctx, hit.index, city.country);
      if (!owner) continue;
      const start = hit.index + hit[0].indexOf(hit[1]!);
      found.push(mission(ctx, start, city.end, hit[1]!, owner, city.name));
    }
    for (const hit of content.matchAll(OF_STATE)) {
      const at = tokenStartingAt(hit.index + hit[0].length);
      const state = at === undefined ? undefined : matchStartingAt.get(at);
      const id = state?.values.find((v) => v.kind === 'actor' && ctx.index.entries.get(v.id)?.type === 'state');
      if (!state || id?.kind !== 'actor' || content.slice(state.end, state.end + 4) !== ' in ') continue;
      const city = cityAt(ctx, state.end + 4);
      if (!city || city.country === ctx.index.entries.get(id.id)?.country) continue;
      const owner = ctx.index.entries.get(id.id)!;
      found.push(mission(ctx, hit.index, city.end, hit[1]!, owner.country!, city.name));
    }
    return found;
  },
};

/** The place that starts at `offset` and its country, from the places lexicon. */
function cityAt({ content, tokens, tokenStartingAt }: ActorRuleContext, offset: number): { name: string; country: string; end: number } | null {
  const first = tokenStartingAt(offset);
  if (first === undefined) return null;
  const place = placesIn(content, tokens, first, first + 4).find((p) => p.start === offset);
  return place?.country ? { name: place.text, country: place.country, end: place.end } : null;
}

/** The country of the actor named last before `offset` (within the window) that is not the host's. */
function ownerBefore({ matches, index }: ActorRuleContext, offset: number, host: string): string | null {
  let k = lastBefore(matches, offset);
  for (; k >= 0 && offset - matches[k]!.end <= OWNER_WINDOW; k--) {
    for (const v of matches[k]!.values) {
      if (v.kind !== 'actor') continue;
      const e = index.entries.get(v.id);
      if (e?.country && e.country !== host && OWNER_TYPES.has(e.type)) return e.country;
    }
  }
  return null;
}

/** Index of the last match ending at or before `offset` (matches are in order). */
function lastBefore(matches: ReadonlyArray<TrieMatch<Sense>>, offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const STATES = new WeakMap<ActorIndex, Map<string, ActorEntry>>();
/** The lexicon's states by country code (the first entry of each), built once per index. */
function statesOf(index: ActorIndex): Map<string, ActorEntry> {
  let states = STATES.get(index);
  if (!states) {
    states = new Map();
    for (const e of index.entries.values()) if (e.type === 'state' && e.country && !states.has(e.country)) states.set(e.country, e);
    STATES.set(index, states);
  }
  return states;
}

/** The mention: the lexicon's mission where it names "Embassy of Pakistan in Tehran", else a pattern actor. */
function mission({ content, index }: ActorRuleContext, start: number, end: number, kind: string, country: string, city: string): ActorCandidate {
  const state = statesOf(index).get(country)!;
  const name = `${kind} of ${state.name} in ${city}`;
  const text = content.slice(start, end);
  const known = index.trie.matchAt(tokenize(name), 0, (v) => v.kind === 'actor');
  const id = known && known.end === name.length ? known.values.find((v) => v.kind === 'actor')?.id : undefined;
  if (id) return candidate({ start, end, text, ids: [id], rule: `lexicon:${id}`, origin: 'lexicon', via: 'alias' });
  const slug = slugify(name);
  return candidate({
    start, end, text, ids: [slug], rule: 'pattern:diplomatic-mission', origin: 'pattern',
    definition: { actor_id: slug, name, aliases: [], type: 'government', country, wikidata: null, origin: 'pattern' },
  });
}
