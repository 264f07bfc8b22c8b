// Officials the lexicon lacks, named after their title or rank.
//
// Accepts: "Foreign Minister Jalil Abbas Jilani", "caretaker Prime Minister Anwaar-ul-Haq Kakar",
//   "an Iranian diplomat, Hamid Reza Karimi, was shot dead" (an appositive, closed by , . ; or a bracket),
//   "IRGC Colonel Hossein Ali Javidanfar" (country from the qualifier: IRN), "Deputy Interior Minister
//   for Security Affairs Hossein Rezaeifar" (a portfolio after the title), "Taliban Interior
//   Minister Sirajuddin Haqqani", "Iranian President Masoud Pezeshkian" (left to the lexicon).
// Rejects: capitalised words in a headline ("Prime Minister Meets Top Officials"), analysts and authors ("Dr Umer Karim", "Dr. Syed Mohammad Ali": "Dr" is no title),
//   an appositive not closed by a comma ("the envoy, Hamid Reza Karimi and"),
//   a title followed by one word or by an organisation ("Minister of the Interior"), and a title
//   followed by a state or a lexicon actor that is not a person ("General Staff", "Colonel Iran").
import type { ActorEntry } from '../lexicon/schema.js';
import type { Sense } from '../lexicon/senses.js';
import { ACADEMIC_TITLE, APPOSITIVE_END, inHeadline, personCandidate, readName } from '../names.js';
import type { Token, Tokens } from '../tokens.js';
import type { TrieMatch } from '../trie.js';
import type { ActorCandidate, ActorRule } from '../types.js';
import { isPerson } from './offices.js';

const NAME_CLOSED = /^[,:;(]$/;

export const titledPersons: ActorRule = {
  name: 'titled-person',
  extract({ content, tokens, matches, index, matchStartingAt: startsAt }) {
    const found: ActorCandidate[] = [];
    matches.forEach((m, k) => {
      const title = m.values.find((v) => v.kind === 'office' || v.kind === 'rank');
      if (!title || m.values.some((v) => v.kind === 'actor' || v.kind === 'block')) return;
      const next = pastPortfolio(content, tokens, m.last);
      if (next >= tokens.length) return;
      const gap = next === m.last ? content.slice(m.end, tokens.at(next)?.start) : ' ';
      // "an Iranian diplomat, Hamid Reza Karimi, was": an appositive name, closed by punctuation.
      const appositive = gap === ', ';
      if ((gap !== ' ' && !appositive) || isPerson(startsAt.get(next), index)) return;
      // "the Minister for Parliamentary Affairs, Dr. Tariq Fazal Chaudhry,": a doctor holding the office
      const first = ACADEMIC_TITLE.test(tokens.at(next)?.text ?? '') && /^\.? $/.test(content.slice(tokens.at(next)!.end, tokens.at(next + 1)?.start)) ? next + 1 : next;
      const name = readName(content, tokens, first, startsAt, index);
      if (!name || (appositive && !APPOSITIVE_END.test(content[tokens.at(name.last - 1)?.end ?? 0] ?? ''))) return;
      // In a headline every word is capitalised, so where a name ends is unknown ("Senator Sherry Rehman
      // Slams Budget"), unless punctuation closes it ("asked by Senator Sherry Rehman: Trade with ...").
      if (inHeadline(content, m.start) && !NAME_CLOSED.test(content[tokens.at(name.last - 1)?.end ?? 0] ?? '')) return;
      let country: string | null = title.kind === 'office' ? title.country : null;
      if (country === null) country = qualifierCountry(content, matches[k - 1], m, index.entries);
      found.push(personCandidate(content, tokens.at(name.first)?.start ?? 0, tokens.at(name.last - 1)?.end ?? 0, 'pattern:titled-person', country));
    });
    return found;
  },
};

/** The country of the actor named just before a title ("IRGC Colonel", "Taliban Interior Minister"). */
function qualifierCountry(content: string, before: TrieMatch<Sense> | undefined, title: TrieMatch<Sense>, entries: Map<string, ActorEntry>): string | null {
  if (!before || !/^( |['’]s )$/.test(content.slice(before.end, title.start))) return null;
  for (const v of before.values) {
    if (v.kind === 'actor') return entries.get(v.id)?.country ?? null;
  }
  return null;
}

/** Words of a portfolio after a title, before the name: "for Security Affairs", "on Foreign Affairs", "for Political and International Affairs". */
const PORTFOLIO_WORDS = 5;

/**
 * The token after a portfolio that follows a title ("Deputy Foreign Minister for Political Affairs
 * Kazem Gharibabadi"): "for" or "on", capitalised words (and "and"), ending in "Affairs"; else `at`.
 */
function pastPortfolio(content: string, tokens: Tokens, at: number): number {
  const lead = tokens.at(at);
  if (!lead || (lead.key !== 'for' && lead.key !== 'on') || lead.capitalized) return at;
  for (let j = at + 1; j < tokens.length && j <= at + PORTFOLIO_WORDS; j++) {
    const t = tokens.at(j) as Token;
    if (content.slice((tokens.at(j - 1) as Token).end, t.start) !== ' ') return at;
    if (t.key === 'affairs' && t.capitalized) return j + 1;
    if (!t.capitalized && t.key !== 'and') return at;
  }
  return at;
}
