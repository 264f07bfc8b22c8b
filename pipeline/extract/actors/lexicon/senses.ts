// Builds the actor trie from the lexicon: each alias path leads to what it means (a sense).
// Generated forms: demonym plurals ("Iranians"), organs and offices combined with a state's
// names ("Pakistan's Foreign Office", "Pakistani foreign ministry", "Iran's foreign minister").
import { tokenize } from '../tokens.js';
import { TokenTrie } from '../trie.js';
import type { ActorLexicon } from './load.js';
import type { ActorEntry } from './schema.js';

/**
 * How a name refers to its actor; capitals used as places are not mentions. `form`: an organ's
 * form with its state's name ("Iran's health ministry"), a name the lexicon builds rather than lists.
 */
export type Via = 'name' | 'alias' | 'capital' | 'demonym' | 'form';

export type Sense =
  | { kind: 'actor'; id: string; via: Via }
  /** An organ form used alone ("the foreign ministry"): the organ, of those that use the form, of the state named before it. */
  | { kind: 'organ'; organKind: string; id: string }
  /** An office ("Iran's foreign minister", "the Supreme Leader"): its holder at the date, or the name after it. */
  | { kind: 'office'; officeKind: string; country: string | null; qualified: boolean; qualifier?: { id: string; words: number } }
  /** A title before a name that names no office ("Colonel", "Ambassador"). */
  | { kind: 'rank' }
  /** A name that is not an actor (think tank, outlet, sea): it hides the actor names inside it. */
  | { kind: 'block' };

export interface ActorIndex {
  trie: TokenTrie<Sense>;
  entries: Map<string, ActorEntry>;
  /** "foreign-minister@IRN" -> terms, for resolving an office to its holder at a date. */
  holders: Map<string, Array<{ id: string; from: string; to: string | null }>>;
  nonActorHeads: Set<string>;
  /** A person's surname (folded) -> the lexicon persons who bear it ("sharif" -> Nawaz, Shehbaz, Raheel). */
  surnames: Map<string, string[]>;
}

export const officeKey = (kind: string, country: string | null) => `${kind}@${country ?? '-'}`;

/** Plural of a demonym, or null for those that do not take -s ("Chinese", "British", "Swiss"). */
export function pluralDemonym(d: string): string | null {
  return /(ese|sh|ch|ss)$/i.test(d) ? null : `${d}s`;
}

/** A state's qualifiers: the words that can stand before an organ or office ("Iran", "Iranian", "Tehran"). */
function qualifiers(state: ActorEntry): string[] {
  const short = state.aliases.filter((a) => a.split(/\s+/).length <= 3 && !/\b(administration|government|authorities|forces|regime|apparatus)\b/i.test(a));
  return [state.name, ...short, ...(state.demonyms ?? []), ...(state.capitals ?? [])];
}

/** The names of a state that follow "of": its name and its proper-name aliases, the latter also with "the" ("of the Islamic Republic"). */
function stateNouns(state: ActorEntry): string[] {
  const names = state.aliases.filter((a) => a.split(/\s+/).length <= 5 && /^(?:\p{Lu}\S*)(?:\s+(?:of|\p{Lu}\S*))*$/u.test(a));
  return [state.name, ...names, ...names.filter((a) => a.includes(' ')).map((a) => `the ${a}`)];
}

/**
 * A United Nations body as the press shortens it: "UN Office on Drugs and Crime", "U.N. Office on
 * Drugs and Crime" for "United Nations Office on Drugs and Crime" (forms the entry lacks).
 */
function unAbbreviated(names: string[]): string[] {
  const written = new Set(names);
  return names
    .filter((n) => n.startsWith('United Nations '))
    .flatMap((n) => ['UN', 'U.N.'].map((short) => `${short} ${n.slice('United Nations '.length)}`))
    .filter((n) => !written.has(n));
}

export function buildActorIndex(lexicon: ActorLexicon): ActorIndex {
  const trie = new TokenTrie<Sense>();
  const entries = new Map(lexicon.entries.map((e) => [e.id, e]));
  const holders: ActorIndex['holders'] = new Map();
  const states = new Map<string, ActorEntry>();
  for (const e of lexicon.entries) if (e.type === 'state' && e.country && !states.has(e.country)) states.set(e.country, e);

  for (const e of lexicon.entries) {
    const opts = { caseSensitive: e.caseSensitive ?? false };
    trie.add(e.name, { kind: 'actor', id: e.id, via: 'name' }, opts);
    for (const a of e.aliases) trie.add(a, { kind: 'actor', id: e.id, via: 'alias' }, opts);
    for (const a of unAbbreviated([e.name, ...e.aliases])) trie.add(a, { kind: 'actor', id: e.id, via: 'alias' }, opts);
    for (const c of e.capitals ?? []) trie.add(c, { kind: 'actor', id: e.id, via: 'capital' }, opts);
    for (const d of e.demonyms ?? []) {
      trie.add(d, { kind: 'actor', id: e.id, via: 'demonym' }, opts);
      const plural = pluralDemonym(d);
      if (plural) trie.add(plural, { kind: 'actor', id: e.id, via: 'demonym' }, opts);
    }
    const state = e.country ? states.get(e.country) : undefined;
    for (const form of e.forms ?? []) {
      for (const q of state ? qualifiers(state) : []) {
        trie.add(`${q} ${form}`, { kind: 'actor', id: e.id, via: 'form' }, opts);
      }
      // "Foreign Office of Pakistan", "Foreign Ministry of the Islamic Republic"
      for (const n of state ? stateNouns(state) : []) trie.add(`${form} of ${n}`, { kind: 'actor', id: e.id, via: 'form' }, opts);
      if (e.generic && e.kind) trie.add(form, { kind: 'organ', organKind: e.kind, id: e.id }, opts);
    }
    for (const o of e.offices ?? []) {
      const key = officeKey(o.kind, o.country === undefined ? e.country : o.country);
      const list = holders.get(key) ?? [];
      list.push({ id: e.id, from: o.from, to: o.to });
      holders.set(key, list);
    }
  }

  for (const title of lexicon.titles) {
    for (const form of title.forms) {
      trie.add(form, { kind: 'office', officeKind: title.kind, country: title.country ?? null, qualified: false });
      if (!title.qualified) continue;
      for (const [country, state] of states) {
        if (!holders.has(officeKey(title.kind, country))) continue;
        for (const q of qualifiers(state)) {
          const qualifier = { id: state.id, words: tokenize(q).length };
          trie.add(`${q} ${form}`, { kind: 'office', officeKind: title.kind, country, qualified: true, qualifier });
        }
      }
    }
  }
  for (const r of lexicon.ranks) trie.add(r, { kind: 'rank' }, { caseSensitive: true });
  addAdministrations(trie, lexicon.entries, states);
  for (const n of lexicon.nonActors.names) trie.add(n, { kind: 'block' });
  return { trie, entries, holders, nonActorHeads: new Set(lexicon.nonActors.heads), surnames: surnameIndex(lexicon.entries) };
}

/** "the Biden administration", "the Raisi government": the state its head of state or government led. */
function addAdministrations(trie: TokenTrie<Sense>, entries: ActorEntry[], states: Map<string, ActorEntry>): void {
  for (const e of entries) {
    const led = (e.offices ?? []).find((o) => o.kind === 'head-of-state' || o.kind === 'head-of-government');
    const country = led ? (led.country === undefined ? e.country : led.country) : null;
    const state = country ? states.get(country) : undefined;
    const surname = e.name.split(/\s+/).pop();
    if (!state || !surname) continue;
    for (const word of ['administration', 'government']) {
      trie.add(`${surname} ${word}`, { kind: 'actor', id: state.id, via: 'alias' }, { caseSensitive: true });
    }
  }
}

function surnameIndex(entries: ActorEntry[]): Map<string, string[]> {
  const surnames = new Map<string, string[]>();
  for (const e of entries) {
    if (e.type !== 'person') continue;
    const last = tokenize(e.name).list().pop();
    if (!last || last.text.length < 3) continue;
    surnames.set(last.key, [...(surnames.get(last.key) ?? []), e.id]);
  }
  return surnames;
}
