// What actor rules see (one document's tokens and lexicon matches) and what they propose.
import type { ActorDefinition, Span } from '../../model.js';
import type { ActorIndex, Sense, Via } from './lexicon/senses.js';
import type { Tokens } from './tokens.js';
import type { TrieMatch } from './trie.js';

export interface ActorRuleContext {
  content: string;
  tokens: Tokens;
  /** Lexicon matches, left to right, longest first, not overlapping. */
  matches: TrieMatch<Sense>[];
  /** The lexicon match starting at a token index, and the one ending just before it. */
  matchStartingAt: ByTokenIndex<TrieMatch<Sense>>;
  matchEndingAt: ByTokenIndex<TrieMatch<Sense>>;
  /** The index of the token that starts (ends) at an offset, if one does. */
  tokenStartingAt: (offset: number) => number | undefined;
  tokenEndingAt: (offset: number) => number | undefined;
  index: ActorIndex;
  /** Publication date (EDTF) or null. */
  date: string | null;
}

/** Values by token index: an array, as cheap to fill as to read (a Map of numbers costs more). */
export class ByTokenIndex<T> {
  private readonly items: Array<T | undefined>;

  constructor(tokenCount: number) {
    // Filled by push: `new Array(n)` past 100,000 elements makes a slow dictionary-mode array.
    this.items = [];
    for (let i = 0; i <= tokenCount; i++) this.items.push(undefined);
  }

  get(i: number): T | undefined {
    return this.items[i];
  }

  has(i: number): boolean {
    return this.items[i] !== undefined;
  }

  set(i: number, value: T): void {
    this.items[i] = value;
  }
}

/** A proposed actor mention; refiners resolve, filter and de-overlap candidates. */
export interface ActorCandidate extends Span {
  text: string;
  /** Candidate actor ids: one, or several for an alias two entries share (resolved by a refiner). */
  ids: string[];
  rule: string;
  origin: 'lexicon' | 'pattern';
  via?: Via;
  /** An organ form used alone: resolved among `ids` (the organs that use the form) from the state named before it. */
  organKind?: string;
  /** A name that hides the actor names inside it (think tank, outlet, sea). */
  block?: boolean;
  /** The definition of an actor a pattern found. */
  definition?: ActorDefinition;
}

/**
 * A candidate with every field present, in one order: all candidates then share one object
 * shape, which keeps the refiners' property reads fast (they visit every candidate).
 */
export function candidate(c: ActorCandidate): ActorCandidate {
  return { start: c.start, end: c.end, text: c.text, ids: c.ids, rule: c.rule, origin: c.origin, via: c.via, organKind: c.organKind, block: c.block, definition: c.definition };
}

export interface ActorRule {
  name: string;
  extract(context: ActorRuleContext): ActorCandidate[];
}

export type ActorRefiner = (candidates: ActorCandidate[], context: ActorRuleContext) => ActorCandidate[];

/** A stable slug for an actor a pattern found ("Hossein Ali Javidanfar" -> "hossein-ali-javidanfar"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
