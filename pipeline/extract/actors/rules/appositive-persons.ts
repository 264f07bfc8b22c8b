// Officials the lexicon lacks, named next to a title with words between: before it, "X Y, the ...
// <title>", or after its complement, "the <title> of ..., X Y,".
//
// Accepts: "Ali-Reza Marhamati, the province's deputy governor for security affairs, told IRNA"
//   (hyphenated given names), "said Hamid Reza Karimi, Iran's consul general in Quetta" (country
//   from the qualifier), "Jan Achakzai, a spokesman for the provincial government" (no country),
//   "the deputy governor of Sistan and Baluchestan for security affairs, Alireza Marhamati, said".
// Rejects: one word ("Zahedan, the provincial capital"), a lexicon actor that is no person
//   ("Jaish al-Adl, the group's spokesman"), organisations and places ("Chabahar Free Zone, the
//   zone's chairman"), "Nadia Qureshi, a senior police officer" ("officer" is no title), more than
//   three words between the comma and the title, a title that is not the head of the appositive
//   ("Sardar Khan, the minister's son": the title must end it or be followed by "of", "for", "to",
//   "in", a comma or a full stop: "an adviser at the Crisis Group" is an affiliation), names after
//   an academic title ("Dr Ali Vaez, a senior adviser"), and a name after the complement that the
//   appositive does not close ("the governor of Balochistan, Quetta and Gwadar").
import type { Sense } from '../lexicon/senses.js';
import { ACADEMIC_TITLE, APPOSITIVE_END, inHeadline, isNameParticle, personCandidate, readName } from '../names.js';
import type { TrieMatch } from '../trie.js';
import type { ActorCandidate, ActorRule, ActorRuleContext } from '../types.js';
import { isPerson } from './offices.js';

/** Between the comma and the title: a determiner, a possessive ("the province's", "Iran's"), up to three lower-case modifiers ("deputy", "senior"). */
const GAP = /^, (?:(?:the|a|an) )?(?:[\p{L}-]+['’]s )?(?:\p{Ll}[\p{Ll}-]* ){0,3}$/u;
/** What may follow the title: the end of the appositive or the title's complement. */
const TITLE_END = /^(?:[,.;)]| (?:of|for|to|in)\b)/;
const MAX_NAME_WORDS = 4;
const GAP_REACH = 60; // characters from the comma to the title
/** After the title: its complement ("of Sistan and Baluchestan for security affairs"), then ", " and the name. */
const COMPLEMENT = /^ (?:of|for|to|in) [^,.;:()\n]{1,60}?, (?=\p{Lu})/u;

export const appositivePersons: ActorRule = {
  name: 'appositive-person',
  extract({ content, tokens, matches, matchStartingAt, matchEndingAt, tokenStartingAt, tokenEndingAt, index }) {
    const found: ActorCandidate[] = [];
    /** The person named by tokens [first, last], if they read as a name no lexicon actor has. */
    const person = (first: number, last: number, country: string | null): void => {
      const name = readName(content, tokens, first, matchStartingAt, index);
      if (!name || name.last !== last + 1 || isPerson(matchStartingAt.get(first), index)) return;
      // academic titles mark analysts, who are no actors ("Dr Ali Vaez, a senior adviser ...")
      if (ACADEMIC_TITLE.test(tokens.at(first - 1)?.text ?? '') || ACADEMIC_TITLE.test(tokens.at(first)!.text)) return;
      found.push(personCandidate(content, tokens.at(first)!.start, tokens.at(last)!.end, 'pattern:appositive-person', country));
    };
    matches.forEach((m, k) => {
      const title = m.values.find((v) => v.kind === 'office' || v.kind === 'rank');
      if (!title || m.values.some((v) => v.kind === 'actor' || v.kind === 'block')) return;
      if (!TITLE_END.test(content.slice(m.end, m.end + 4)) || inHeadline(content, m.start)) return;
      if (headsABusinessBody(content, m.end, matchStartingAt, tokenStartingAt, index)) return;
      // after: "the deputy governor of Sistan and Baluchestan for security affairs, Alireza Marhamati,"
      const complement = COMPLEMENT.exec(content.slice(m.end, m.end + 80));
      const next = complement ? tokenStartingAt(m.end + complement[0].length) : undefined;
      if (next !== undefined) {
        const name = readName(content, tokens, next, matchStartingAt, index);
        if (name && APPOSITIVE_END.test(content[tokens.at(name.last - 1)!.end] ?? '')) person(next, name.last - 1, countryOf(title, undefined, m.start, index.entries));
      }
      // before: the comma that opens the appositive, at most a few words back
      const from = Math.max(0, m.start - GAP_REACH);
      const at = content.slice(from, m.start).lastIndexOf(',');
      const comma = at < 0 ? -1 : from + at;
      if (comma < 0 || !GAP.test(content.slice(comma, m.start).replace(/\s+/g, ' '))) return;
      const end = tokenEndingAt(comma);
      if (end === undefined) return;
      // the first word of the name: back over capitalised words joined by spaces or hyphens
      // (never into a lexicon match before it: "Brigadier General Ahmad Taheri" is read by titled-persons)
      // and a particle between two of them ("Hamood ur Rehman")
      let first = end;
      for (let n = 1; n < MAX_NAME_WORDS && first > 0; n++) {
        const prev = tokens.at(first - 1)!;
        if (!/^[ -]$/.test(content.slice(prev.end, tokens.at(first)!.start)) || matchEndingAt.has(first)) break;
        const joined = isNameParticle(prev) && first > 1 && tokens.at(first - 2)!.capitalized && /^[ -]$/.test(content.slice(tokens.at(first - 2)!.end, prev.start));
        if (!prev.capitalized && !joined) break;
        first -= joined ? 2 : 1;
      }
      person(first, end, countryOf(title, matches[k - 1], comma, index.entries));
    });
    return found;
  },
};

/** "of the" after a title: the body it heads starts after it. */
const OF_BODY = /^ of (?:the )?/;
/** A chamber of commerce the lexicon may lack ("president of the Zahedan Chamber of Commerce"). */
const CHAMBER = /^[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*){0,2} Chambers? of Commerce\b/u;

/**
 * "Haji Abdul Qadir Achakzai, president of the Quetta Chamber of Commerce": the head of a business
 * body (an organization of the lexicon, a chamber of commerce) speaks for business, not for a
 * government; the body is the actor, its office-holder is not (gold: chambers, not their presidents).
 */
function headsABusinessBody(content: string, titleEnd: number, startsAt: ActorRuleContext['matchStartingAt'], tokenStartingAt: ActorRuleContext['tokenStartingAt'], index: ActorRuleContext['index']): boolean {
  const of = OF_BODY.exec(content.slice(titleEnd, titleEnd + 8));
  if (!of) return false;
  const at = titleEnd + of[0].length;
  if (CHAMBER.test(content.slice(at, at + 80))) return true;
  const first = tokenStartingAt(at);
  const body = first === undefined ? undefined : startsAt.get(first);
  return !!body?.values.some((v) => v.kind === 'actor' && index.entries.get(v.id)?.type === 'organization');
}

/** The office's own country, else that of an actor named between the comma and the title ("Iran's consul"). */
function countryOf(title: Sense, before: TrieMatch<Sense> | undefined, comma: number, entries: Map<string, { country: string | null }>): string | null {
  if (title.kind === 'office' && title.qualifier) return entries.get(title.qualifier.id)?.country ?? null;
  if (title.kind === 'office' && title.country) return title.country;
  const actor = before && before.start > comma ? before.values.find((v) => v.kind === 'actor') : undefined;
  return actor?.kind === 'actor' ? (entries.get(actor.id)?.country ?? null) : null;
}
