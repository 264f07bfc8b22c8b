// Collective antecedents: "the two sides", "both countries", "the two ministers", "the neighbours",
// and "they" right after "X and Y", stand for the two parties named just before them, in the
// same sentence or the two before it. With no two parties there, the phrase names nobody: the
// coder never falls back on the text's principal states, which may not be the ones meant, unless
// one of them is named there (its counterpart is then the other).
//   "Araghchi met Dar in Islamabad. The two ministers agreed ..."     -> Araghchi, Dar
//   "China and India held talks. The two sides condemned ..."         -> China, India
//   "Raisi visited Pakistan. During the visit, both countries ..."    -> Iran, Pakistan
// Near-misses: "Pakistan's army said they ..." (one party: "they" keeps its single antecedent);
// "The two sides agreed ..." opening a text (nobody named before: no parties).
import type { ActorDefinition, ActorMention, Span } from '../../model.js';
import { firstFrom } from './spans.js';

/** How many sentences before the phrase's own may name its parties. */
const SENTENCES_BACK = 2;
/** How many mentions back the parties are looked for: a bound that keeps each look-up's cost constant. */
const MENTIONS_BACK = 16;

/** How far (in characters) before a mention the quotation marks that may enclose it are looked for. */
const QUOTE_REACH = 400;

/** Who a collective may stand for: states and their agents; groups and intergovernmental bodies are no "side" of a pair. */
const PARTY_TYPES = new Set<ActorDefinition['type']>(['state', 'government', 'military', 'person']);

/**
 * Collective phrases whose parties are the persons named ("the two ministers"), when each side
 * has one; the others' are states ("both envoys" are seldom the persons named before them).
 */
const PERSONS = /\b(?:ministers|leaders|presidents|premiers)$/;

/** "X and Y", "X and his Iranian counterpart Y", "X and Foreign Minister Y": two names joined as one subject. */
const JOINED = /^\s+and\s+(?:(?:his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,4}$/u;

export interface Parties {
  /** The two parties a collective phrase at `offset` stands for, first-named first, or null. */
  collective: (phrase: string, offset: number) => [string, string] | null;
  /** The two parties "they" at `offset` takes up when the latest subject before it is "X and Y", or null. */
  joined: (offset: number) => [string, string] | null;
}

/**
 * `actors` are all the text's actor mentions, `subjects` those not governed by a preposition
 * (context.ts), both sorted by start; `principal` the text's two principal states.
 */
export function partiesOf(content: string, sentences: Span[], actors: ActorMention[], subjects: ActorMention[],
  defs: Map<string, ActorDefinition>, principal: [string, string] | null): Parties {
  const stateOf = new Map<string, string>();
  for (const d of defs.values()) if (d.type === 'state' && d.country && !stateOf.has(d.country)) stateOf.set(d.country, d.actor_id);
  const principalCountries = new Set(principal?.map((id) => defs.get(id)?.country ?? ''));
  const countryOf = (a: ActorMention): string | null => {
    const d = defs.get(a.actor_id);
    return d && d.country && PARTY_TYPES.has(d.type) ? d.country : null;
  };
  /** The last mentions before `offset`, back to the start of the sentence two before its own, in text order. */
  const window = (mentions: ActorMention[], offset: number): ActorMention[] => {
    const s = Math.max(0, firstFrom(sentences, offset + 1) - 1 - SENTENCES_BACK);
    const from = sentences[s]?.start ?? 0;
    const out: ActorMention[] = [];
    for (let i = firstFrom(mentions, offset) - 1; i >= 0 && out.length < MENTIONS_BACK; i--) {
      const a = mentions[i]!;
      if (a.start < from) break;
      if (a.end <= offset) out.push(a);
    }
    return out.reverse();
  };
  /** The two countries of the latest "X and Y" among `named` that names both, or null. */
  const joinedPair = (named: ActorMention[], pair: string[]): [string, string] | null => {
    for (let i = named.length - 1; i > 0; i--) {
      const [x, y] = [named[i - 1]!, named[i]!];
      const [cx, cy] = [countryOf(x), countryOf(y)];
      if (cx && cy && cx !== cy && pair.includes(cx) && pair.includes(cy) && JOINED.test(content.slice(x.end, y.start))) return [cx, cy];
    }
    return null;
  };
  /**
   * The mentions of one sentence (from `start`) outside quotation marks: a speaker's words ("'Iran
   * has suffered from groups operating from Pakistan,' Khan said") do not order the parties.
   */
  const unquoted = (mentions: ActorMention[], start: number): ActorMention[] => {
    const out: ActorMention[] = [];
    let quoted = false;
    let at = start;
    for (const a of mentions) {
      // A quotation is read back a bounded stretch only, so that each look-up's cost stays constant.
      if (a.start - at > QUOTE_REACH) { at = a.start - QUOTE_REACH; quoted = false; }
      for (; at < a.start; at++) {
        const c = content[at];
        if (c === '“') quoted = true;
        else if (c === '”') quoted = false;
        else if (c === '"') quoted = !quoted;
      }
      if (!quoted) out.push(a);
    }
    return out;
  };
  /** The two countries as the mentions of one sentence give them: by an "X and Y" there, else by their first mentions, or null. */
  const orderIn = (mentions: ActorMention[], pair: string[]): [string, string] | null => {
    const inOrder = [...new Set(mentions.map(countryOf).filter((c): c is string => !!c && pair.includes(c)))];
    return joinedPair(mentions, pair) ?? (inOrder.length === 2 ? [inOrder[0]!, inOrder[1]!] : null);
  };
  /**
   * The two countries in the order the nearest sentence naming both gives them, the phrase's own
   * first: by an "X and Y" there, else by their first mentions there ("Pakistan's army chief spoke
   * with Iran's chief of staff, and both agreed"; "Amir-Abdollahian arrives in Islamabad. The two
   * sides agree ..."); else in the order first named. The first is actor1 of a mutual act.
   */
  const inNamedOrder = (named: ActorMention[], pair: string[], offset: number): [string, string] => {
    let end = named.length;
    for (let s = firstFrom(sentences, offset + 1) - 1; s >= 0 && end > 0; s--) {
      const start = sentences[s]?.start ?? 0;
      let from = end;
      while (from > 0 && named[from - 1]!.start >= start) from--;
      const order = orderIn(unquoted(named.slice(from, end), start), pair);
      if (order) return order;
      end = from;
    }
    return [pair[0]!, pair[1]!];
  };
  return {
    collective: (phrase, offset) => {
      const named = window(actors, offset);
      // Each country's mentions, in the order the countries are first named.
      const byCountry = new Map<string, ActorMention[]>();
      for (const a of named) {
        const c = countryOf(a);
        if (!c) continue;
        const list = byCountry.get(c);
        if (list) list.push(a); else byCountry.set(c, [a]);
      }
      const personOf = (c: string): string | undefined => byCountry.get(c)?.filter((a) => defs.get(a.actor_id)?.type === 'person').at(-1)?.actor_id;
      const party = (c: string, persons: boolean): string => (persons ? personOf(c) : undefined) ?? stateOf.get(c) ?? byCountry.get(c)!.at(-1)!.actor_id;
      let countries = [...byCountry.keys()];
      // The text's two principal states, when both are named there; else the two named last.
      if (countries.length > 2) {
        const principals = countries.filter((c) => principalCountries.has(c));
        const lastNamed = (c: string): number => byCountry.get(c)!.at(-1)!.start;
        const pick = principals.length === 2 ? principals : [...countries].sort((a, b) => lastNamed(b) - lastNamed(a)).slice(0, 2);
        countries = countries.filter((c) => pick.includes(c));
      }
      // "Iranian border forces were hit. ... border commanders from the two countries met": with one
      // of the text's two principal states named there, the other is its counterpart.
      const [only] = countries;
      const counterpart = principal?.find((id) => defs.get(id)?.country !== only);
      if (countries.length === 1 && only && principalCountries.has(only) && counterpart) return [party(only, false), counterpart];
      if (countries.length !== 2) return null;
      const [first, second] = inNamedOrder(named, countries, offset);
      const persons = PERSONS.test(phrase) && !!personOf(first) && !!personOf(second);
      return [party(first, persons), party(second, persons)];
    },
    joined: (offset) => {
      // "Araghchi and Dar met in Islamabad. They ...": the latest two subjects, joined by "and".
      const [x, y] = window(subjects, offset).filter((a) => countryOf(a) !== null).slice(-2);
      if (!x || !y || countryOf(x) === countryOf(y) || !JOINED.test(content.slice(x.end, y.start))) return null;
      return [x.actor_id, y.actor_id];
    },
  };
}
