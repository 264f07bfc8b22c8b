// Organs named again by a common noun: "The Balochistan Assembly met on Monday. ... The assembly also
// condemned the killing and asked the federal government to ...": "the assembly" is the organ named
// earlier whose name holds that noun. The coder reads such a phrase as a mention of that organ, so
// that it can act, speak or be addressed like its name.
// Accepts: "the committee directed", "the provincial assembly" (when "provincial" is in the name too),
//          "the ministry's statement".
// Rejects: "the Ministry of Interior" (a name of its own, read or not), "the interior ministry" after
//          only a Ministry of Commerce was named, "the assembly" with no assembly named in reach before it.
import type { ActorDefinition, ActorMention } from '../../model.js';
import { cues } from './lexicon.js';

/** How far back (in characters) the organ a common noun stands for may have been named. */
const BODY_REACH = 3000;

const BODY_NOUNS = new Set(cues.bodyNouns);
/** Types of actor a common noun can name again: not states (metonyms of their own) nor people. */
const ORGANS = new Set<ActorDefinition['type']>(['government', 'military', 'igo', 'party', 'organization']);

// "the assembly", "the provincial assembly": the article and the next two words, of which the first or
// the second is the noun (the first then its modifier).
// (No `d` flag: the groups' offsets are read from the match, as building them for every "the" cost more.)
const BODY_PHRASE = /\b[Tt]he\s+(\p{L}+)(?:\s+(\p{L}+))?/gu;
/** After the noun, "of" or a capitalised word makes the phrase a name of its own ("the Ministry of Interior"). */
const NAME_GOES_ON = /^\s+(?:of\b|\p{Lu})/u;

const NOT_LETTERS = /[^\p{L}]+/u;

/** The words of names already read, by their names: an organ's names recur in text after text. */
const wordsByNames = new Map<string, Set<string>>();
/** How many names' words are kept; past it the memory starts again (names found in texts are unbounded). */
const WORDS_KEPT = 4096;

function wordsOf(d: ActorDefinition): Set<string> {
  const key = d.aliases.length ? `${d.name}\u0000${d.aliases.join('\u0000')}` : d.name;
  let words = wordsByNames.get(key);
  if (!words) {
    words = new Set([d.name, ...d.aliases].flatMap((n) => n.toLowerCase().split(NOT_LETTERS)).filter(Boolean));
    if (wordsByNames.size >= WORDS_KEPT) wordsByNames.clear();
    wordsByNames.set(key, words);
  }
  return words;
}

/**
 * Mentions for "the <noun>" phrases that name again an organ mentioned earlier: the latest one whose
 * name or alias holds the noun (and the modifier, if any), within BODY_REACH. `actors` are sorted by start.
 */
export function bodyReferences(content: string, actors: ActorMention[], defs: Map<string, ActorDefinition>): ActorMention[] {
  const nameWords = new Map<string, Set<string>>();
  // The body nouns of each organ's name, found once rather than at each of its mentions.
  const nounsOf = new Map<string, string[]>();
  let nouns = 0;
  for (const d of defs.values()) {
    if (!ORGANS.has(d.type)) continue;
    const words = wordsOf(d);
    nameWords.set(d.actor_id, words);
    const own = [...words].filter((w) => BODY_NOUNS.has(w));
    nounsOf.set(d.actor_id, own);
    nouns += own.length;
  }
  // No organ's name holds a body noun: no phrase can name one again, and the text need not be scanned.
  if (nouns === 0) return [];
  // The latest organs whose names hold each body noun, newest first, as the scan passes their mentions.
  const latest = new Map<string, Array<{ actor_id: string; at: number }>>();
  const found: ActorMention[] = [];
  let a = 0;
  for (const m of content.matchAll(BODY_PHRASE)) {
    const first = (m[1] ?? '').toLowerCase();
    const second = m[2]?.toLowerCase();
    const k = BODY_NOUNS.has(first) ? 1 : second !== undefined && BODY_NOUNS.has(second) ? 2 : 0;
    if (!k) continue;
    // The first word starts where the spaces after "the" end (it starts with a letter, they hold none); the second ends the match.
    const firstStart = m.index + m[0].indexOf(m[1] ?? '', 3);
    const [from, end] = k === 1 ? [firstStart, firstStart + (m[1]?.length ?? 0)] : [m.index + m[0].length - (m[2]?.length ?? 0), m.index + m[0].length];
    for (; a < actors.length && actors[a]!.end <= m.index; a++) {
      const mention = actors[a]!;
      for (const word of nounsOf.get(mention.actor_id) ?? []) {
        const others = (latest.get(word) ?? []).filter((x) => x.actor_id !== mention.actor_id);
        latest.set(word, [{ actor_id: mention.actor_id, at: mention.start }, ...others].slice(0, 4));
      }
    }
    if (NAME_GOES_ON.test(content.slice(end, end + 4))) continue;
    if (actors[a] && actors[a]!.start < end) continue; // part of a name that was read
    const modifier = k === 2 ? first : undefined;
    const noun = k === 2 ? second! : first;
    const organ = (latest.get(noun) ?? []).find((x) => m.index - x.at <= BODY_REACH
      && (modifier === undefined || nameWords.get(x.actor_id)?.has(modifier)));
    if (!organ) continue;
    const start = k === 2 ? firstStart : from;
    found.push({ start, end, text: content.slice(start, end), actor_id: organ.actor_id, rule: 'events:body-noun' });
  }
  return found;
}
