// Trigger matching: every lexicon form (verb inflection or nominalisation) found in a sentence's
// tokens, with its constraints checked. One lookup per token by its first word, so the scan is
// linear in the sentence length times the (small, bounded) number of forms per word.
// Accepts: "launched missile and drone strikes", "carried out “precision strikes”", "recalled its
//          ambassador", "designate the militia as a terrorist organization", "a state visit".
// Rejects: "launched a website" (launch needs a weapon or attack within its window), "recalled
//          that" (recall needs an envoy), "exercises" without "joint"/"naval" before it.
import { cueSets, triggerIndex, type TriggerEntry } from './lexicon.js';
import { isClauseBreak } from './breaks.js';
import type { Token } from './tokens.js';
import { byNumber, numberOf } from './vocabulary.js';

/** The trigger index by the number of a form's first word (vocabulary.ts), read at a token's `key`. */
const FORMS_BY_NUMBER = byNumber(triggerIndex);

export interface TriggerMatch {
  entry: TriggerEntry;
  pos: 'verb' | 'noun';
  past: boolean;
  first: number; // token index
  last: number; // token index (inclusive)
  /** Answers an earlier event ("conducted retaliatory strikes"). */
  reactive: boolean;
}

const NOUN_CONTEXT = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our',
  'of', 'any', 'no', 'such', 'first', 'second', 'new', 'recent', 'latest', 'last', 'further', 'high-profile', 'joint',
  'retaliatory', 'unilateral', 'cross-border', 'missile', 'drone', 'precision', 'military', 'air', 'state', 'official', 'reciprocal']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);
/** Words in -ly that are adjectives, not adverbs: "the first deadly attack" is a noun phrase. */
const LY_ADJECTIVES = new Set(['deadly', 'early', 'only', 'likely', 'unlikely', 'costly', 'friendly', 'unfriendly', 'daily', 'weekly',
  'monthly', 'yearly', 'lonely', 'elderly', 'bloody', 'holy', 'ugly', 'timely', 'lovely', 'orderly', 'lively', 'silly', 'hilly', 'family', 'ally', 'rally', 'italy']);
/** An adverb before a word makes it a verb ("quickly retaliated"); an -ly adjective does not. */
const isAdverb = (word: string): boolean => /ly$/.test(word) && !LY_ADJECTIVES.has(word);
const VERB_CONTEXT = new Set(['to', 'will', 'would', 'did', 'not', "n't", 'also', 'then', 'had', 'has', 'have', 'could', 'should',
  'might', 'may', 'they', 'it', 'he', 'she', 'we', 'who', 'which', 'that', 'jointly', 'quickly', 'later']);

const NO_NAMES = new Set<number>();

/** What the constraints ask of a set of token indices (a sentence's name ends, its place starts). */
interface TokenSet { has(k: number): boolean }
/** Every token: the most permissive answer for a sentence's name ends and place starts (mayMatchTriggers). */
const EVERY_TOKEN: TokenSet = { has: () => true };
const NO_TOKENS: readonly Token[] = [];
const NONE: readonly TriggerMatch[] = [];

/** Words after which the word before them is a subject noun, not a verb ("strikes have ...", "strikes will ..."). */
const SUBJECT_FOLLOWERS = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);

/** How many words an adverbial set off by commas after "and" may have ("and, two days later, strikes"). */
const ADVERBIAL_WORDS = 6;

/**
 * "recalls its ambassador and, two days later, strikes targets": a word right after an adverbial
 * that "and," opens continues the sentence's verbs, as it would right after "and".
 */
function afterCoordinatedAdverbial(tokens: Token[], i: number): boolean {
  // "and, in a statement, strikes were condemned": a noun followed by its verb is the subject.
  const next = tokens[i + 1]?.word ?? '';
  if (tokens[i - 1]?.word !== ',' || cueSets.passive.has(next) || SUBJECT_FOLLOWERS.has(next)) return false;
  for (let k = i - 2; k >= 1 && i - k <= ADVERBIAL_WORDS + 2; k--) {
    const w = tokens[k]?.word;
    if (w === ',') return tokens[k - 1]?.word === 'and';
    if (tokens[k]?.punct) return false;
  }
  return false;
}

/** How many words an apposition between a subject and its verb may have ("Jaish al-Adl, Jundallah's successor, abducts"). */
const APPOSITION_WORDS = 8;

/**
 * "Jaish al-Adl, Jundallah's successor, abducts five guards": a word right after an apposition
 * set off by commas after a name continues that name's clause as its verb. An apposition that is
 * a name alone is a list instead ("talks with Iran, Iraq, visits to ..."). `names` are the tokens
 * inside names before their heads, which `actorEnds` hold.
 */
function afterApposition(tokens: Token[], i: number, actorEnds: Set<number>, names: Set<number>): boolean {
  if (tokens[i - 1]?.word !== ',') return false;
  const next = tokens[i + 1]?.word ?? '';
  if (cueSets.passive.has(next) || SUBJECT_FOLLOWERS.has(next)) return false;
  let common = false; // a word of the apposition outside any name
  for (let k = i - 2; k >= 1 && i - k <= APPOSITION_WORDS + 2; k--) {
    const t = tokens[k];
    if (t?.word === ',') return common && actorEnds.has(k - 1);
    if (!t || t.punct) return false;
    if (!actorEnds.has(k) && !names.has(k)) common = true;
  }
  return false;
}

/** The first words of a set's phrases of several words ("carried out"), by set, found once. */
const phraseStarts = new WeakMap<Set<string>, Set<string>>();

function phraseStartsOf(words: Set<string>): Set<string> {
  let starts = phraseStarts.get(words);
  if (!starts) {
    starts = new Set([...words].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));
    phraseStarts.set(words, starts);
  }
  return starts;
}

/** The index of the first of `words` that follows the trigger within its window, in the same clause, or -1. */
function follows(tokens: Token[], last: number, words: Set<string>, window: number, names: Set<number> = NO_NAMES): number {
  // A pair of words is made and looked up only where one of the set's phrases can start.
  const starts = phraseStartsOf(words);
  for (let k = last + 1, seen = 0; k < tokens.length && seen < window; k++) {
    const t = tokens[k];
    if (!t || t.word === ';' || t.word === ':') break;
    if (t.punct) continue;
    seen++;
    // "delivered by the National Iranian Gas Company": a word inside a name is not the companion.
    if (names.has(k)) continue;
    if (words.has(t.word)) return k;
    if (starts.has(t.word) && words.has(`${t.word} ${tokens[k + 1]?.word ?? ''}`)) return k + 1;
  }
  return -1;
}

/** The token index of the word a verb trigger needs ("recalled its ambassador"), or -1. */
function companionOf(tokens: Token[], v: TriggerMatch): number {
  return follows(tokens, v.last, v.entry.with, v.entry.window);
}

/**
 * In the passive the companion comes first: "the border market, the first of six such markets
 * agreed with Iran, was inaugurated". True when one of `words` stands within `window` words
 * before the auxiliary of a participle at `first`.
 */
function passiveSubject(tokens: Token[], first: number, words: Set<string>, window: number): boolean {
  const aux = [1, 2].map((k) => first - k).find((k) => cueSets.passive.has(tokens[k]?.word ?? ''));
  if (aux === undefined) return false;
  for (let k = aux - 1, seen = 0; k >= 0 && seen < window; k--) {
    const t = tokens[k];
    if (!t || t.word === ';' || t.word === ':') break;
    if (t.punct) continue;
    seen++;
    if (words.has(t.word)) return true;
  }
  return false;
}

/** How many words a relative clause's subject may have ("which the provincial government"). */
const RELATIVE_SUBJECT = 4;

/**
 * In an object relative the companion comes first: "the Rimdan-Gabd crossing, which Pakistan
 * closed on 14 October". True when one of `words` stands right before "which"/"that" (a comma
 * between), and the relative's subject, a few words, stands before the verb at `first`.
 */
function relativeObject(tokens: Token[], first: number, words: Set<string>): boolean {
  for (let k = first - 2; k >= 0 && first - k <= RELATIVE_SUBJECT + 1; k--) {
    const t = tokens[k];
    if (!t || (t.punct && t.word !== ',')) return false;
    if (t.word !== 'which' && t.word !== 'that') continue;
    const before = tokens[k - 1]?.word === ',' ? k - 2 : k - 1;
    return words.has(tokens[before]?.word ?? '');
  }
  return false;
}

/** Subjects of a contact relative that are no names: pronouns and "the two governments". */
const RELATIVE_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const PAIR_NOUNS = new Set(['governments', 'sides', 'countries', 'states', 'capitals', 'neighbours', 'neighbors']);
/** Conjunctions that open an adverbial clause, besides the clause breaks of the cues. */
const SUBORDINATORS = new Set(['after', 'before', 'until', 'till', 'once', 'if', 'unless', 'whether']);

/**
 * A relative clause without "which" or "that": "a memorandum Pakistan and Iran signed in 2012",
 * "the notice it served on Pakistan", "the target the two governments set". True when one of
 * `words` stands a few words before the verb at `first`, and what stands between is its subject:
 * a name, a pronoun or "the two governments" ending right before the verb.
 */
function contactRelative(tokens: Token[], first: number, words: Set<string>, actorEnds: TokenSet): boolean {
  const end = first - 1;
  const word = tokens[end]?.word ?? '';
  const subjectEnds = actorEnds.has(end) || RELATIVE_PRONOUNS.has(word)
    || (PAIR_NOUNS.has(word) && ['two', 'both'].includes(tokens[end - 1]?.word ?? ''));
  if (!subjectEnds) return false;
  for (let k = end - 1; k >= 0 && end - k <= RELATIVE_SUBJECT; k--) {
    const t = tokens[k];
    // "the market since it opened": a conjunction opens an adverbial clause, not a relative one.
    if (!t || t.punct || isClauseBreak(t) || SUBORDINATORS.has(t.word)) return false;
    if (words.has(t.word)) return true;
  }
  return false;
}

/** "closed Taftan", "reopened the Rimdan crossing": whether a place name (not a country) starts right after the verb, "the" aside. */
function placeAfter(tokens: Token[], last: number, placeStarts: TokenSet): boolean {
  return placeStarts.has(tokens[last + 1]?.word === 'the' ? last + 2 : last + 1);
}

/** Object pronouns, and whether they stand for several things. */
const OBJECT_PRONOUNS = new Map([['it', false], ['them', true]]);
/** How many words back, in the sentence and the one before it, a pronoun's companion may stand. */
const PRONOUN_REACH = 40;

/**
 * "It is the crossing's second closure: Pakistan shut it in June": an object pronoun right after the
 * verb stands for a companion word named before it, in its sentence or the one before (`previous`),
 * singular for "it" and plural for "them".
 */
function pronounCompanion(tokens: Token[], first: number, last: number, words: Set<string>, previous: readonly Token[]): boolean {
  const plural = OBJECT_PRONOUNS.get(tokens[last + 1]?.word ?? '');
  if (plural === undefined) return false;
  const fits = (t: Token | undefined): boolean => t !== undefined && words.has(t.word) && /s$/.test(t.word) === plural;
  let seen = 0;
  for (let k = first - 1; k >= 0 && seen < PRONOUN_REACH; k--, seen++) if (fits(tokens[k])) return true;
  for (let k = previous.length - 1; k >= 0 && seen < PRONOUN_REACH; k--, seen++) if (fits(previous[k])) return true;
  return false;
}

/** Tokens after which a verb has ended its clause. */
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', '!', '?', '—', '–', ')']);

/**
 * "an invitation to visit Tehran, which the premier accepted", "Sharif invited Pezeshkian, and the
 * president accepted": a verb that ends its clause has left out its object, which one of `words`
 * earlier in the sentence (within the reach of a pronoun's companion) names.
 */
function elidedObject(tokens: Token[], first: number, last: number, words: Set<string>): boolean {
  const next = tokens[last + 1];
  if (next && !CLAUSE_ENDS.has(next.word)) return false;
  for (let k = first - 1; k >= 0 && first - k <= PRONOUN_REACH; k--) if (words.has(tokens[k]?.word ?? '')) return true;
  return false;
}

/** The trigger's last token once its constraints hold (past its `with` word for a `through` entry), or -1. */
function constraintsHold(tokens: Token[], first: number, last: number, entry: TriggerEntry, past: boolean, names: Set<number>, placeStarts: TokenSet,
  previous: readonly Token[], actorEnds: TokenSet = NO_NAMES): number {
  let companion = entry.with.size ? follows(tokens, last, entry.with, entry.window, names) : entry.placeObject ? -1 : last;
  if (companion < 0 && !entry.through && pronounCompanion(tokens, first, last, entry.with, previous)) companion = last + 1;
  if (companion < 0 && entry.placeObject && placeAfter(tokens, last, placeStarts)) companion = last;
  if (companion < 0 && past && !entry.through && passiveSubject(tokens, first, entry.with, entry.window)) companion = last;
  if (companion < 0 && !entry.through && relativeObject(tokens, first, entry.with)) companion = last;
  if (companion < 0 && !entry.through && contactRelative(tokens, first, entry.with, actorEnds)) companion = last;
  if (companion < 0 && entry.elided.size && elidedObject(tokens, first, last, entry.elided)) companion = last;
  if (companion < 0) return -1;
  if (entry.unless.size && follows(tokens, last, entry.unless, entry.window) >= 0) return -1;
  if (entry.before.size) {
    let ok = false;
    for (let k = first - 1, seen = 0; k >= 0 && seen < entry.window; k--) {
      const t = tokens[k];
      if (t?.word === ',' && k === first - 1) continue; // "the treaty, signed in 1960"
      if (!t || t.punct) break;
      seen++;
      if (entry.before.has(t.word)) { ok = true; break; }
    }
    if (!ok) return -1;
  }
  return entry.through ? companion : last;
}

/** The trigger forms that may start at token i, by its word's vocabulary number. */
function formsAt(tokens: Token[], i: number) {
  const token = tokens[i];
  const n = token === undefined ? -1 : numberOf(token);
  return n >= 0 ? FORMS_BY_NUMBER[n] : token === undefined ? triggerIndex.get('') : undefined;
}

/**
 * Whether some trigger form of the sentence could match, its constraints read as permissively as
 * any sentence context allows: no token inside a name (which `follows` would pass over), and every
 * token a name's end and a place's start (which only let more constraints hold). A match that
 * matchTriggers finds, whatever the sentence's names, places, dates and headline, passes this test,
 * which reads only the tokens, so a sentence that fails it holds no trigger and its names, places
 * and anchors need not be placed (about half the sentences the prefilter lets through).
 */
export function mayMatchTriggers(tokens: Token[], previous: readonly Token[] = NO_TOKENS): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const forms = formsAt(tokens, i);
    if (!forms) continue;
    for (const f of forms) {
      const end = formEnd(tokens, i, f.words);
      if (end >= 0 && constraintsHold(tokens, i, end, f.entry, f.pos === 'verb' && f.past, NO_NAMES, EVERY_TOKEN, previous, EVERY_TOKEN) >= 0) return true;
    }
  }
  return false;
}

/** Decides noun or verb for a word the lexicon lists as both ("strike", "attack", "visit"). */
function chooseNoun(tokens: Token[], i: number, actorEnds: Set<number>, names: Set<number>): boolean {
  const prev = tokens[i - 1];
  if (!prev) return !tokens[i]?.word.endsWith('ed');
  if (afterCoordinatedAdverbial(tokens, i) || afterApposition(tokens, i, actorEnds, names)) return false;
  if (prev.possessive || NOUN_CONTEXT.has(prev.word) || /^\d/.test(prev.word)) return true;
  // "the Iranian strikes": a name after a determiner modifies the noun.
  if (actorEnds.has(i - 1) && NOUN_CONTEXT.has(tokens[i - 2]?.word ?? '')) return true;
  if (VERB_CONTEXT.has(prev.word) || actorEnds.has(i - 1) || isAdverb(prev.word)) return false;
  return !tokens[i]?.word.endsWith('ed');
}

/**
 * A bare verb form ("support", "stations") is a verb only after a subject, an auxiliary or an
 * adverb, or as the second or third word of a caption ("Activists protest in Lahore");
 * elsewhere it is a noun ("tacit support", "police station").
 */
function finiteContext(tokens: Token[], i: number, actorEnds: Set<number>, headline: boolean, names: Set<number>): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  // "Pakistan condemns US strikes, calls for restraint": a headline's verbs are in the present.
  if (headline && prev.word === ',') return true;
  if (afterCoordinatedAdverbial(tokens, i) || afterApposition(tokens, i, actorEnds, names)) return true;
  return VERB_CONTEXT.has(prev.word) || actorEnds.has(i - 1) || isAdverb(prev.word) || (i <= 2 && !prev.punct && !NOUN_CONTEXT.has(prev.word));
}

/**
 * A nominal inside a verb trigger's object window is that verb's object, not a second event
 * ("launched missile strikes", "conducted retaliatory strikes": one event, reactive if the noun is).
 */
function absorbObjects(tokens: Token[], found: TriggerMatch[]): TriggerMatch[] {
  return found.filter((n, i) => {
    if (n.pos !== 'noun') return true;
    // Matches come in text order: the verb, if any, is among the few just before. A nominal of
    // another type is absorbed only when it is the very word the verb needs ("pulled out of the
    // talks", "lodged a formal protest"): the verb's act is the event, the noun its object.
    const verb = found.slice(Math.max(0, i - 6), i).find((v) => v.pos === 'verb' && v.entry.with.size
      && n.first > v.last && n.first - v.last <= v.entry.window + 1
      && (v.entry.type === n.entry.type || companionOf(tokens, v) === n.last));
    if (verb && n.entry.reaction) verb.reactive = true;
    // "signed four documents, including a memorandum of understanding": a part of what a verb
    // of the same type did, listed after "including", is that act, not another.
    const part = !verb && partListed(tokens, n.first) && found.slice(0, i).some((v) => v.pos === 'verb' && v.entry.type === n.entry.type);
    return !verb && !part;
  });
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether the nominal at `first` follows "including" ("including a memorandum"), an article aside. */
function partListed(tokens: Token[], first: number): boolean {
  const before = ARTICLES.has(tokens[first - 1]?.word ?? '') ? first - 2 : first - 1;
  return tokens[before]?.word === 'including';
}

const QUOTES = new Set(['"', '“', '”']);

/**
 * The last token of a multi-word form read from token i, or -1. Quote marks inside the form are
 * passed over: Pakistan stood "shoulder to shoulder" with Iran.
 */
function formEnd(tokens: Token[], i: number, words: string[]): number {
  let k = i;
  // An index loop: `words.entries()` made an iterator and a pair for each word, at every candidate token.
  for (let n = 0; n < words.length; n++) {
    if (n > 0) while (QUOTES.has(tokens[k]?.word ?? '')) k++;
    if (tokens[k]?.word !== words[n]) return -1;
    k++;
  }
  return k - 1;
}

/**
 * "9,874 Pakistani nationals deported from Iran", "Afghans expelled from Iran wait at the border":
 * a participle with no auxiliary, followed by its entry's own agent word, describes people (a
 * caption, a statistic), it does not report an act. With an auxiliary it is a passive ("were
 * deported from Iran on Monday").
 */
function describes(tokens: Token[], first: number, last: number, entry: TriggerEntry): boolean {
  const next = tokens[last + 1]?.word ?? '';
  return next !== 'by' && entry.agents.has(next) && ![1, 2].some((k) => cueSets.passive.has(tokens[first - k]?.word ?? ''));
}

/** Single words that are a nominal form of some trigger ("strikes", "visits", "talks"). */
const NOUN_WORDS = new Set([...triggerIndex.values()].flat().filter((f) => f.pos === 'noun' && f.words.length === 1).map((f) => f.words[0]!));

/**
 * "Iran's coast guard seizes two boats": a third-person form in -s that is no trigger's nominal
 * can only be a verb, whatever stands before it ("strikes", "visits" can be nouns and still need a subject).
 */
const finiteForm = (tokens: Token[], i: number): boolean => {
  const word = tokens[i]?.word ?? '';
  // After a comma the word may follow an apposition ("X, the director of Y, agrees"): its subject is unclear.
  // After a preposition, a determiner or "and" it is a noun ("dependent on supplies of food").
  // An opening quote mark is passed over: it said it "remains committed".
  let before = i - 1;
  if (QUOTES.has(tokens[before]?.word ?? '')) before--;
  const prev = tokens[before];
  return /[^s]s$/.test(word) && !NOUN_WORDS.has(word) && !!prev && !prev.punct && !NOUN_CONTEXT.has(prev.word)
    && !cueSets.locative.has(prev.word) && prev.word !== 'and' && prev.word !== 'or';
};

/**
 * "Pakistan calls the killings horrific and asks Iran to investigate": a form in -s after "and"
 * with a name right after it is the second verb of its subject ("food and supplies" has none).
 */
const coordinatedFinite = (tokens: Token[], i: number, actorEnds: Set<number>, names: Set<number>): boolean =>
  tokens[i - 1]?.word === 'and' && /[^s]s$/.test(tokens[i]?.word ?? '') && (names.has(i + 1) || actorEnds.has(i + 1));

/**
 * "The two sides sign eight memoranda and agree to raise trade": a bare form after "and" shares
 * the subject of a present verb trigger before it in the sentence (a timeline's present tense).
 */
const afterPresentVerb = (tokens: Token[], i: number, presentEnd: number): boolean => tokens[i - 1]?.word === 'and' && presentEnd >= 0 && presentEnd < i - 1;

/** Whether a match is a present verb ("sign", "recalls"), which a bare verb after "and" may share the subject of. */
const isPresentVerb = (tokens: Token[], m: TriggerMatch): boolean => m.pos === 'verb' && !m.past && !/ing$/.test(tokens[m.first]?.word ?? '');

/**
 * The triggers in a sentence's tokens; `blocked` marks tokens that belong to date expressions;
 * `headline`, a headline's; `names`, the tokens inside actor names; `placeStarts`, the first
 * tokens of place names other than countries.
 */
export function matchTriggers(tokens: Token[], actorEnds: Set<number>, blocked: Set<number>, headline = false, names: Set<number> = NO_NAMES,
  placeStarts: Set<number> = NO_NAMES, previous: readonly Token[] = NO_TOKENS): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  let presentEnd = -1; // the end of the first present verb trigger found, kept so that each look-up is constant
  for (let i = 0; i < tokens.length; i++) {
    const forms = formsAt(tokens, i);
    if (!forms || blocked.has(i)) continue;
    const atI: TriggerMatch[] = [];
    for (const f of forms) {
      const end = formEnd(tokens, i, f.words);
      if (end < 0) continue;
      const last = constraintsHold(tokens, i, end, f.entry, f.pos === 'verb' && f.past, names, placeStarts, previous, actorEnds);
      if (last < 0) continue;
      if (atI.some((m) => m.entry === f.entry && m.pos === f.pos)) continue; // the longest form of an entry wins
      // A bare verb form needs a subject or auxiliary before it; a verb phrase in -s of several
      // words ("holds talks", "shakes hands") reads as a verb wherever it stands ("attends and
      // holds talks"), not a base form ("a telephone call on Monday").
      const phrasal = f.words.length > 1 && /[^s]s$/.test(f.words[0] ?? '');
      if (f.pos === 'verb' && !f.past && !/ing$/.test(f.words[0] ?? '') && !phrasal
        && !finiteForm(tokens, i) && !finiteContext(tokens, i, actorEnds, headline, names) && !coordinatedFinite(tokens, i, actorEnds, names)
        && !afterPresentVerb(tokens, i, presentEnd)) continue;
      // "an intensified security dilemma", "a tightened security regime": a participle after a determiner is an adjective.
      if (f.pos === 'verb' && f.past && DETERMINERS.has(tokens[i - 1]?.word ?? '')) continue;
      if (f.pos === 'verb' && f.past && describes(tokens, i, end, f.entry)) continue;
      atI.push({ entry: f.entry, pos: f.pos, past: f.past, first: i, last, reactive: f.entry.reaction });
    }
    // A word listed as both verb and noun of one entry keeps the reading its context gives.
    const both = atI.length > 1 ? atI.filter((m) => atI.some((o) => o !== m && o.entry === m.entry)) : NONE;
    const noun = both.length ? chooseNoun(tokens, i, actorEnds, names) : false;
    for (const m of atI) {
      if (both.includes(m) && (m.pos === 'noun') !== noun) continue;
      found.push(m);
      if (presentEnd < 0 && isPresentVerb(tokens, m)) presentEnd = m.last;
    }
  }
  return absorbObjects(tokens, found);
}
