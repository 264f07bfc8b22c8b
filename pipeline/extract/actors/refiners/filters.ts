// Filters: candidates that are not actor mentions.
import { tokenize, type Tokens } from '../tokens.js';
import { Coverage } from './coverage.js';
import type { ActorCandidate, ActorRefiner, ActorRuleContext } from '../types.js';

/** Drops names hidden inside a non-actor name ("Persian" in "Persian Gulf"), then the blocks. */
export const removeBlocked: ActorRefiner = (candidates, { content }) => {
  const blocks = new Coverage(content.length, candidates.filter((c) => c.block));
  return candidates.filter((c) => !c.block && !blocks.overlaps(c));
};

const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/**
 * Drops a state named inside the name of a think tank, outlet or university: "Swedish Institute
 * of International Affairs", "Pakistan Institute of Peace Studies", "Tehran Times",
 * "Institute of Strategic Studies Islamabad". The name is a run of capitalised words (and
 * joiners) with a non-actor head word ("Institute", "Times") in it.
 */
export const dropInsideNonActorNames: ActorRefiner = (candidates, { content, tokens, index, tokenStartingAt: tokenAt, tokenEndingAt }) => {
  const heads = headWords(index.nonActorHeads);
  // a head word inside an actor's own name ("the Edhi Foundation") makes that actor, not a
  // non-actor run: "OCHA and the Edhi Foundation" keeps OCHA (made at the first head met)
  let actorNames: Coverage | null = null;
  const actorNamesOf = () => (actorNames ??= new Coverage(content.length, candidates.filter((c) => !c.block)));
  return candidates.filter((c) => {
    if (c.origin !== 'lexicon') return true;
    const i = tokenAt(c.start);
    const last = tokenEndingAt(c.end);
    if (i === undefined || last === undefined) return true;
    // Most names have no head word within a run's reach on either side: the fingerprints say so
    // without making a word's key (a run is found only at a head: see headInRun).
    const after = headNear(tokens, last, +1, heads.fingerprints);
    const before = headNear(tokens, i, -1, heads.fingerprints);
    return !((after && headInRun(content, tokens, last, +1, heads, actorNamesOf)) || (before && headInRun(content, tokens, i, -1, heads, actorNamesOf)));
  });
};

/** How many words after (before) a name a run may reach its head in. */
const RUN_WORDS = 5;

/** Whether one of the RUN_WORDS tokens after `from` (before it, for step -1) has a head word's fingerprint. */
function headNear(tokens: Tokens, from: number, step: 1 | -1, fingerprints: Uint8Array): boolean {
  for (let k = 1; k <= RUN_WORDS; k++) {
    const b = from + k * step;
    if (b < 0 || b >= tokens.length) return false;
    if (fingerprints[tokens.fingerprint(b)] === 1) return true;
  }
  return false;
}

function headInRun(content: string, tokens: Tokens, from: number, step: 1 | -1, heads: HeadWords, actorNames: () => Coverage): boolean {
  for (let k = 1; k <= RUN_WORDS; k++) {
    const a = from + (k - 1) * step;
    const b = from + k * step;
    if (a < 0 || b < 0 || a >= tokens.length || b >= tokens.length) return false;
    const gapAt = step > 0 ? tokens.end(a) : tokens.end(b);
    const gapChar = content.charCodeAt(gapAt);
    if ((step > 0 ? tokens.start(b) : tokens.start(a)) - gapAt !== 1 || (gapChar !== 32 && gapChar !== 45)) return false; // one " " or "-"

    // "and the" joins two names ("Iran and the Tehran Times"), not two words of one
    const aKey = tokens.key(a);
    const bKey = tokens.key(b);
    if ((aKey === 'and' && bKey === 'the') || (aKey === 'the' && bKey === 'and')) return false;
    // (a word written as a head has that head's key: the key first, then the word as written)
    if (heads.keys.has(bKey) && heads.words.has(tokens.text(b))) return !actorNames().overlaps({ start: tokens.start(b), end: tokens.end(b) });
    if (!tokens.capitalized(b) && !JOINERS.has(bKey)) return false;
  }
  return false;
}

interface HeadWords {
  /** The heads as written ("Institute", "Times"). */
  words: Set<string>;
  /** The keys of the one-word heads (a word's key is its folded form: see ../tokens.ts). */
  keys: Set<string>;
  /** 1 at each of those keys' fingerprints (Tokens.fingerprint): a word with a 0 there is no head. */
  fingerprints: Uint8Array;
}

const HEAD_WORDS = new WeakMap<Set<string>, HeadWords>();

/** The heads' keys and fingerprints, made once per set. */
function headWords(heads: Set<string>): HeadWords {
  let made = HEAD_WORDS.get(heads);
  if (!made) {
    made = { words: heads, keys: new Set(), fingerprints: new Uint8Array(0x10000) };
    for (const head of heads) {
      const tokens = tokenize(head);
      if (tokens.length !== 1) continue;
      made.keys.add(tokens.key(0));
      made.fingerprints[tokens.fingerprint(0)] = 1;
    }
    HEAD_WORDS.set(heads, made);
  }
  return made;
}

/**
 * Drops a capital used as a place ("meetings in Riyadh", "a protest outside Islamabad", "a
 * Tehran-based analyst": where someone works, not the state acting).
 */
export const dropCapitalsAsPlaces: ActorRefiner = (candidates, { content }) =>
  candidates.filter(
    (c) =>
      c.via !== 'capital' ||
      !(/\b(in|at|near|outside|inside|around)\s+$/i.test(content.slice(Math.max(0, c.start - 12), c.start)) || PLACE_OF_BASE.test(content.slice(c.end, c.end + 7))),
  );

/** "-based" right after a capital: "Islamabad-based", "Tehran based". */
const PLACE_OF_BASE = /^[-\u2010\u2011 ]based\b/i;

/** Drops short acronyms in shouted text ("WHAT IS NEXT": "IS" is a verb there). */
export const dropShoutedAcronyms: ActorRefiner = (candidates, { content }) =>
  candidates.filter((c) => {
    if (!/^[A-Z]{2,3}$/.test(c.text)) return true;
    // Only the same sentence counts: "... FOR THE US. IS claimed" is not shouted.
    const before = content.slice(Math.max(0, c.start - 12), c.start).split(/[.!?;:\n]/).pop() ?? '';
    const after = content.slice(c.end, c.end + 12).split(/[.!?;:\n]/)[0] ?? '';
    return !(/[A-Z]{2,}[^a-z]*$/.test(before) || /^[^a-z]*[A-Z]{3,}/.test(after));
  });

/** Acronyms that are also English words, and the words around them when they are words. */
const WORD_ACRONYMS = new Set(['IS', 'US', 'WHO']);
const CURRENCY_AFTER = /^\s?(?:\$|cents?\b|dollars?\b)/i;
const VERB_CONTEXT_BEFORE = /\b(what|this|that|it|there|here|who|which|where|how|why|he|she|life|time|one|everything|nothing|let|tell|join|help|for|to|with)\s+$/i;
const VERB_CONTEXT_AFTER = /^\s+(not|the|a|an|it|this|that|there|very|so|also|now|still|being|what|no|you|we|they|i|is|are|was)\b/i;

/**
 * Drops "IS", "US", "WHO" where they are words written in capitals for emphasis: "What IS the
 * plan?", "Let US know". "IS claimed the attack", "the IS group", "US forces" stay.
 */
export const dropAcronymsUsedAsWords: ActorRefiner = (candidates, { content }) =>
  candidates.filter((c) => {
    if (!WORD_ACRONYMS.has(c.text)) return true;
    const before = content.slice(Math.max(0, c.start - 12), c.start);
    const after = content.slice(c.end, c.end + 8);
    const verbLike = c.text === 'IS' ? VERB_CONTEXT_BEFORE.test(before) || VERB_CONTEXT_AFTER.test(after) : /\b(let|tell|join|help|for|with)\s+$/i.test(before) && /^\s*[.!?,]/.test(after);
    // "9.6 US cents", "US$12 million", "US dollars": the name of a currency, not the state
    const currency = c.text === 'US' && CURRENCY_AFTER.test(after);
    return !verbLike && !currency;
  });

export type { ActorCandidate, ActorRuleContext };
