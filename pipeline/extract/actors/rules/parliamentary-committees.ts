// Committees of a legislature the lexicon lacks, named by their house and their subject.
//
// Accepts: "the National Assembly's Standing Committee on Power", "the Senate Standing Committee
//   on Overseas Pakistanis and Human Resource Development", "the Senate Special Committee on Water
//   Resources" (the house: an organ form of the lexicon; the subject: capitalised words).
// Rejects: a committee with no house before it ("a standing committee on power"), a subject in
//   lower case ("the Senate standing committee on energy issues"), and a committee the lexicon
//   names ("Senate Standing Committee on Interior": the lexicon match is the mention).
import type { ActorEntry } from '../lexicon/schema.js';
import type { Token, Tokens } from '../tokens.js';
import { candidate, slugify, type ActorCandidate, type ActorRule } from '../types.js';

/** Organ kinds of a house of a legislature. */
const HOUSES = new Set(['lower-house', 'upper-house', 'parliament']);
/** The committee's kind, capitalised as a name writes it ("Standing Committee"). */
const KINDS = new Set(['standing', 'special', 'select']);
const SUBJECT_JOINERS = new Set(['and', 'of']);
const MAX_SUBJECT_WORDS = 7;

export const parliamentaryCommittees: ActorRule = {
  name: 'parliamentary-committee',
  extract({ content, tokens, matches, index, matchStartingAt }) {
    const found: ActorCandidate[] = [];
    for (const m of matches) {
      // The words after the match first: they rule out almost every match, at no cost.
      const kind = m.last;
      const word = kind + 1;
      const on = kind + 2;
      if (on >= tokens.length || !tokens.joined(kind) || !KINDS.has(tokens.key(kind)) || !tokens.capitalized(kind)) continue;
      if (tokens.end(word) - tokens.start(word) !== 9 || tokens.text(word).toLowerCase() !== 'committee' || !tokens.capitalized(word)) continue;
      const onKey = tokens.key(on);
      if (onKey !== 'on' && onKey !== 'for') continue;
      const houses = m.values.flatMap((v) => (v.kind === 'organ' || v.kind === 'actor' ? [index.entries.get(v.id)] : [])).filter((e): e is ActorEntry => e !== undefined && HOUSES.has(e.kind ?? ''));
      if (houses.length === 0) continue;
      const last = subjectEnd(tokens, m.last + 3, (j) => matchStartingAt.get(j)?.values.some((v) => v.kind === 'rank' || v.kind === 'office' || (v.kind === 'actor' && index.entries.get(v.id)?.type === 'person')) ?? false);
      if (last === null) continue;
      const start = m.start;
      const end = (tokens.at(last) as Token).end;
      const text = content.slice(start, end);
      // possessives are no part of the name: "National Assembly's Standing Committee" is the "National Assembly Standing Committee"
      const name = text.replace(/['’]s /g, ' ');
      const id = slugify(name);
      const countries = [...new Set(houses.map((h) => h.country))];
      found.push(candidate({
        start, end, text, ids: [id], rule: 'pattern:parliamentary-committee', origin: 'pattern',
        definition: { actor_id: id, name, aliases: [], type: 'government', country: countries.length === 1 ? (countries[0] ?? null) : null, wikidata: null, origin: 'pattern' },
      }));
    }
    return found;
  },
};

/**
 * The index of the last token of a committee's subject starting at `i` (capitalised words, "and",
 * "of"), or null; it ends before a person or title of the lexicon ("on Interior Chairman Faisal Saleem").
 */
function subjectEnd(tokens: Tokens, i: number, namedAt: (j: number) => boolean): number | null {
  let last: number | null = null;
  for (let j = i; j < tokens.length && j - i < MAX_SUBJECT_WORDS; j++) {
    const t = tokens.at(j) as Token;
    if (!t.joined || (j > i && namedAt(j))) break;
    if (t.capitalized) last = j;
    else if (!SUBJECT_JOINERS.has(t.key)) break;
  }
  return last;
}
