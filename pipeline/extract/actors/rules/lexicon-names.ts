// Lexicon names: every alias of a lexicon entry, longest first (see ../trie.ts).
//
// Accepts: "Iran", "Tehran", "the Islamic Republic", "Iranians", "Iran's", "Jaish-ul-Adal",
//   "Jaysh al-Adl", "Amirabdollahian", "Pakistan's Foreign Office", "Pakistani foreign ministry",
//   "the Biden administration", "IS" (upper case), "the Kremlin" (Russia or the Soviet Union).
// Rejects: "is" and "us" in lower case, "US" inside "USBANK"-like words (tokens are whole words),
//   "turkey" (a single-word name needs its capital), "Persian Gulf" (a non-actor name hides it).
// An organ form used alone ("the foreign ministry") is proposed with its kind, for the organ
// refiner to resolve from the state named before it.
import type { Sense } from '../lexicon/senses.js';
import type { TrieMatch } from '../trie.js';
import { candidate, type ActorCandidate, type ActorRule } from '../types.js';

export const lexiconNames: ActorRule = {
  name: 'lexicon',
  extract({ content, matches }) {
    const found: ActorCandidate[] = [];
    for (const m of matches) {
      const c = nameCandidate(m, content);
      if (c) found.push(c);
    }
    return found;
  },
};

/** The candidate a lexicon match proposes: an actor, an organ form to resolve, or a block; null for a title. */
export function nameCandidate(m: TrieMatch<Sense>, content: string): ActorCandidate | null {
  // "U.S." keeps its last dot (the tokens end at "S"); "Ministry of Energy (Power Division)" its closing bracket
  const next = content.charCodeAt(m.end);
  const closes = (next === 46 && INITIALS.test(content.slice(m.start, m.end))) || (next === 41 && content.lastIndexOf('(', m.end) > m.start);
  const end = closes ? m.end + 1 : m.end;
  const text = content.slice(m.start, end);
  const first = m.values[0] as Sense;
  if (m.values.length === 1 && first.kind === 'actor') {
    // The common case: one sense, one actor.
    return candidate({ start: m.start, end, text, ids: [first.id], rule: `lexicon:${first.id}`, origin: 'lexicon', via: first.via });
  }
  if (m.values.some((v) => v.kind === 'block')) return candidate({ start: m.start, end, text, ids: [], rule: 'block', origin: 'lexicon', block: true });
  const actors = m.values.flatMap((v) => (v.kind === 'actor' ? [v] : []));
  if (actors.length) {
    const ids = [...new Set(actors.map((a) => a.id))];
    return candidate({ start: m.start, end, text, ids, rule: `lexicon:${ids[0]}`, origin: 'lexicon', via: actors[0]?.via ?? 'alias' });
  }
  const organs = m.values.flatMap((v) => (v.kind === 'organ' ? [v] : []));
  if (organs.length) return candidate({ start: m.start, end, text, ids: organs.map((o) => o.id), rule: 'lexicon:organ', origin: 'lexicon', organKind: organs[0]?.organKind });
  return null;
}

const INITIALS = /^(\p{Lu}\.)+\p{Lu}$/u;
