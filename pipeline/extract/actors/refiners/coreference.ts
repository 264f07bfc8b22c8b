// Coreference within one text: an acronym defined in it, and a person's surname after the full name.
import { candidate, type ActorCandidate, type ActorRefiner } from '../types.js';
import { Coverage } from './coverage.js';
import { tokenize, type Token, type Tokens } from '../tokens.js';
import type { ActorEntry } from '../lexicon/schema.js';

/**
 * "the Balochistan Liberation Army (BLA)": later "BLA" is that actor in this text, whatever the
 * lexicon says the acronym means elsewhere. The acronym must spell the name's initials (in
 * order, words may be skipped: "Islamic State of Iraq and the Levant (ISIL)"), so that a
 * dateline's "Canberra, Australia (AP)" defines nothing.
 */
export const linkDefinedAcronyms: ActorRefiner = (candidates, { content, tokens, tokenStartingAt }) => {
  const defined = new Map<string, ActorCandidate>();
  const out: ActorCandidate[] = [];
  const extra: ActorCandidate[] = [];
  for (const c of candidates) {
    if (c.ids.length !== 1 || !content.startsWith(' (', c.end)) continue;
    const acr = tokens.at(tokenStartingAt(c.end + 2) ?? -1);
    if (acr?.allCaps && acr.text.length >= 2 && content[acr.end] === ')' && c.text !== acr.text && spellsInitials(acr.text, c.text)) defined.set(acr.text, c);
  }
  if (defined.size === 0) return candidates;
  for (const c of candidates) {
    const def = defined.get(c.text);
    out.push(def && def.start < c.start ? { ...c, ids: def.ids, rule: def.rule, origin: def.origin, definition: def.definition } : c);
  }
  const covered = new Set(candidates.map((c) => c.start));
  const spelled = tokensSpelled(new Set(defined.keys()), content, tokens, tokenStartingAt);
  for (const [acronym, def] of defined) {
    for (const t of spelled.get(acronym) ?? []) {
      if (def.end < t.start && !covered.has(t.start)) {
        extra.push(candidate({ start: t.start, end: t.end, text: t.text, ids: def.ids, rule: def.rule, origin: def.origin, definition: def.definition }));
      }
    }
  }
  return [...out, ...extra].sort((a, b) => a.start - b.start);
};

const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mrs?|Ms|Dr)\.?\s$/u;
const SAID_AFTER = /^\s(?:said|says|told|added|asked|stated|noted)(?![\p{L}])/u;

/**
 * A person named in full, then by surname alone ("Jalil Abbas Jilani ... Jilani"): the surname is
 * a mention of that person when no other person in the text shares it ("Ishaq Dar ... Mr Dar", "Dar said").
 */
export const linkSurnames: ActorRefiner = (candidates, { content, tokens, index, tokenStartingAt }) => {
  const bySurname = new Map<string, { c: ActorCandidate; shared: boolean }>();
  for (const c of candidates) {
    const id = c.ids[0];
    const entry = id === undefined ? undefined : index.entries.get(id);
    const isPerson = c.definition?.type === 'person' || entry?.type === 'person';
    if (!isPerson) continue;
    // "the Deputy Prime Minister" (an office for its holder) has no surname: "Minister" is no one's
    if (entry && !c.definition && !namesOf(entry).has(folded(c.text))) continue;
    const surname = c.text.split(/[\s]+/).pop() ?? '';
    if (c.text === surname || surname.length < 3) continue;
    const seen = bySurname.get(surname);
    if (!seen) bySurname.set(surname, { c, shared: false });
    else if (seen.c.ids[0] !== id) seen.shared = true;
  }
  if (bySurname.size === 0) return candidates;
  const covered = new Coverage(content.length, candidates);
  const extra: ActorCandidate[] = [];
  const spelled = tokensSpelled(new Set(bySurname.keys()), content, tokens, tokenStartingAt);
  for (const [surname, s] of bySurname) {
    if (s.shared) continue;
    for (const t of spelled.get(surname) ?? []) {
      if (t.start <= s.c.start || covered.overlaps(t)) continue;
      // A three-letter surname ("Dar") is also a word or a place's part: only with a title before it or a verb of saying after it.
      if (surname.length < 4 && !HONORIFIC_BEFORE.test(content.slice(Math.max(0, t.start - 6), t.start)) && !SAID_AFTER.test(content.slice(t.end, t.end + 9))) continue;
      extra.push({ ...s.c, start: t.start, end: t.end, text: t.text });
    }
  }
  return extra.length ? [...candidates, ...extra].sort((a, b) => a.start - b.start) : candidates;
};

const foldedNames = new WeakMap<ActorEntry, Set<string>>();

/** A lexicon person's names, folded as the lexicon match folds them (once per entry: the lexicon does not change). */
function namesOf(entry: ActorEntry): Set<string> {
  let names = foldedNames.get(entry);
  if (!names) foldedNames.set(entry, (names = new Set([entry.name, ...entry.aliases].map(folded))));
  return names;
}

const folded = (name: string) => tokenize(name).list().map((t) => t.key).join(' ');

/**
 * The tokens written exactly as each of `words`. A few words are found with `indexOf`, faster than
 * visiting every token; many (a list of names) with one pass over the tokens, so that the cost
 * stays linear in the text however many words there are.
 */
function tokensSpelled(words: Set<string>, content: string, tokens: Tokens, tokenStartingAt: (offset: number) => number | undefined): Map<string, Token[]> {
  const found = new Map<string, Token[]>();
  const add = (t: Token) => {
    const list = found.get(t.text);
    if (list) list.push(t);
    else found.set(t.text, [t]);
  };
  if (words.size > FEW_WORDS) {
    for (let i = 0; i < tokens.length; i++) if (words.has(tokens.text(i))) add(tokens.at(i) as Token);
    return found;
  }
  for (const word of words) {
    for (let at = content.indexOf(word); at >= 0; at = content.indexOf(word, at + 1)) {
      const t = tokens.at(tokenStartingAt(at) ?? -1);
      if (t?.text === word) add(t);
    }
  }
  for (const list of found.values()) list.sort((a, b) => a.start - b.start);
  return found;
}

const FEW_WORDS = 8;

/** Whether an acronym's letters are the initials of words of a name, in order, starting with the first. */
export function spellsInitials(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).map((w) => w[0]?.toUpperCase() ?? '');
  if (initials[0] !== acronym[0]?.toUpperCase()) return false;
  let k = 0;
  for (const letter of acronym.toUpperCase()) {
    while (k < initials.length && initials[k] !== letter) k++;
    if (k++ >= initials.length) return false;
  }
  return true;
}
