// Actor recognition: lexicon entries (every name an actor goes by, pipeline/lexicons/actors/)
// and patterns for actors the lexicon lacks. Rules propose (./rules), refiners decide (./refiners).
import type { ActorDefinition, ActorMention, Span } from '../../model.js';
import { loadActorLexicon } from './lexicon/load.js';
import type { ActorEntry } from './lexicon/schema.js';
import { buildActorIndex, type ActorIndex, type Sense } from './lexicon/senses.js';
import { ACTOR_REFINERS, ACTOR_RULES } from './registry.js';
import { tokensOf, type Tokens } from './tokens.js';
import type { TrieMatch } from './trie.js';
import { ByTokenIndex, type ActorCandidate, type ActorRuleContext } from './types.js';

export { findPlaces } from './places.js';

export interface ActorContext {
  /** Publication date (EDTF) or null: decides who held an office named without a name. */
  date: string | null;
}

export interface ActorFindings {
  mentions: ActorMention[];
  /** One definition for every actor_id the mentions use. */
  definitions: ActorDefinition[];
}

export interface PlaceMention extends Span {
  text: string;
  name: string; // canonical place name
  country: string | null; // ISO alpha-3
  kind: 'country' | 'province' | 'city' | 'region' | 'other';
}

let cached: ActorIndex | null = null;

/** The lexicon index, built once per process. */
export function actorIndex(): ActorIndex {
  cached ??= buildActorIndex(loadActorLexicon());
  return cached;
}

/** A text's tokens and lexicon matches, read once for every actor look-up of the text (findActors, titledTenureStart). */
export function readActors(content: string): ActorRuleContext {
  return ruleContext(content, actorIndex(), null);
}

/** Every actor mention in `content`, with the definitions of the actors they name. */
export function findActors(content: string, context: ActorContext, read: ActorRuleContext = readActors(content)): ActorFindings {
  const index = read.index;
  const ctx: ActorRuleContext = { ...read, date: context.date };
  let candidates: ActorCandidate[] = ACTOR_RULES.flatMap((rule) => rule.extract(ctx)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refine of ACTOR_REFINERS) candidates = refine(candidates, ctx);

  const mentions: ActorMention[] = [];
  const definitions = new Map<string, ActorDefinition>();
  for (const c of candidates) {
    const id = c.ids[0];
    if (c.ids.length !== 1 || id === undefined) continue;
    const def = definitions.get(id) ?? c.definition ?? cachedDefinition(index, id);
    if (!def) continue;
    // A pattern actor's names, and an organ's built forms ("Iran's health ministry"), are the
    // forms this text uses: aliases of the actor (gold guidelines), unlike a description.
    const textIsAlias = def.origin === 'pattern' || c.via === 'form';
    if (textIsAlias && c.text !== def.name && !def.aliases.includes(c.text)) {
      definitions.set(id, { ...def, aliases: [...def.aliases, c.text] });
    } else definitions.set(id, def);
    mentions.push({ start: c.start, end: c.end, text: c.text, actor_id: id, rule: c.rule });
  }
  return { mentions, definitions: [...definitions.values()].sort((a, b) => a.actor_id.localeCompare(b.actor_id)) };
}

/** Tokens, lexicon matches and the lookups rules share, computed once per text. */
export function ruleContext(content: string, index: ActorIndex, date: string | null): ActorRuleContext {
  const tokens = tokensOf(content);
  const matches = index.trie.scan(tokens);
  const matchStartingAt = new ByTokenIndex<TrieMatch<Sense>>(tokens.length);
  const matchEndingAt = new ByTokenIndex<TrieMatch<Sense>>(tokens.length);
  for (const m of matches) {
    matchStartingAt.set(m.first, m);
    matchEndingAt.set(m.last, m);
  }
  return {
    content, tokens, matches, index, date, matchStartingAt, matchEndingAt,
    tokenStartingAt: (offset) => tokenStartingAt(tokens, offset),
    tokenEndingAt: (offset) => tokenEndingAt(tokens, offset),
  };
}

// The two look-ups below are lowerBound(tokens, offset, startOf / endOf) written out: rules and
// refiners call them for most candidates, and the shared lowerBound's key callback, called from
// many places with many keys, is not inlined.

/** The index of the token that starts at `offset`, or undefined. */
function tokenStartingAt(tokens: Tokens, offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens.start(lo) === offset ? lo : undefined;
}

/** The index of the token that ends at `offset`, or undefined. */
function tokenEndingAt(tokens: Tokens, offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens.end(lo) === offset ? lo : undefined;
}

const lexiconDefinitions = new Map<string, ActorDefinition | undefined>();

/**
 * The definition of a lexicon entry, built once per process; each call gets its own copy, since
 * later stages may rewrite the records they are handed.
 */
function cachedDefinition(index: ActorIndex, id: string): ActorDefinition | undefined {
  if (!lexiconDefinitions.has(id)) lexiconDefinitions.set(id, lexiconDefinition(index.entries.get(id), sharedAliases(index)));
  const def = lexiconDefinitions.get(id);
  return def && { ...def, aliases: [...def.aliases] };
}

let shared: Set<string> | null = null;

/** Aliases two entries share ("Kremlin": Russia and the Soviet Union): they name neither alone. */
function sharedAliases(index: ActorIndex): Set<string> {
  if (shared) return shared;
  const seen = new Set<string>();
  shared = new Set();
  for (const e of index.entries.values()) {
    for (const a of new Set(e.aliases)) (seen.has(a) ? shared : seen).add(a);
  }
  return shared;
}

/**
 * An actors-table row for a lexicon entry: its other names are its aliases, capitals, demonyms
 * and capitalised organ forms ("Foreign Office"), less the aliases it shares with another entry.
 */
export function lexiconDefinition(entry: ActorEntry | undefined, ambiguous: Set<string> = new Set()): ActorDefinition | undefined {
  if (!entry) return undefined;
  const forms = (entry.forms ?? []).filter((f) => /^\p{Lu}/u.test(f));
  const names = [...entry.aliases, ...(entry.capitals ?? []), ...(entry.demonyms ?? []), ...forms];
  const aliases = [...new Set(names)].filter((a) => a !== entry.name && !ambiguous.has(a));
  return {
    actor_id: entry.id,
    name: entry.name,
    aliases,
    type: entry.type,
    country: entry.country,
    wikidata: entry.wikidata ?? null,
    origin: 'lexicon',
  };
}
