// Officials the lexicon lacks, named before their title: "X Y, the ... <title>".
//
// Accepts: "Ali-Reza Marhamati, the province's deputy governor for security affairs, told IRNA"
//   (hyphenated given names), "said Hamid Reza Karimi, Iran's consul general in Quetta" (country
//   from the qualifier), "Jan Achakzai, a spokesman for the provincial government" (no country).
// Rejects: one word ("Zahedan, the provincial capital"), a lexicon actor that is no person
//   ("Jaish al-Adl, the group's spokesman"), organisations and places ("Chabahar Free Zone, the
//   zone's chairman"), "Nadia Qureshi, a senior police officer" ("officer" is no title), more than
//   three words between the comma and the title, and a title that is
//   not the head of the appositive ("Sardar Khan, the minister's son": the title must end it or be
//   followed by "of", "for", "to", "in", "at", a comma or a full stop).
import type { Sense } from '../lexicon/senses.js';
import { inHeadline, readName } from '../names.js';
import type { TrieMatch } from '../trie.js';
import { candidate, slugify, type ActorCandidate, type ActorRule } from '../types.js';
import { isPerson } from './offices.js';

/** Between the comma and the title: a determiner, a possessive ("the province's", "Iran's"), up to three lower-case modifiers ("deputy", "senior"). */
const GAP = /^, (?:(?:the|a|an) )?(?:[\p{L}-]+['’]s )?(?:\p{Ll}[\p{Ll}-]* ){0,3}$/u;
/** What may follow the title: the end of the appositive or the title's complement. */
const TITLE_END = /^(?:[,.;)]| (?:of|for|to|in)\b)/;
/** Academic titles mark analysts, who are no actors ("Dr Ali Vaez, a senior adviser ..."). */
const ACADEMIC = /^(?:Dr|Prof|Professor)\.?$/;
const MAX_NAME_WORDS = 4;

export const appositivePersons: ActorRule = {
  name: 'appositive-person',
  extract({ content, tokens, matches, matchStartingAt, matchEndingAt, tokenEndingAt, index }) {
    const found: ActorCandidate[] = [];
    matches.forEach((m, k) => {
      const title = m.values.find((v) => v.kind === 'office' || v.kind === 'rank');
      if (!title || m.values.some((v) => v.kind === 'actor' || v.kind === 'block')) return;
      if (!TITLE_END.test(content.slice(m.end, m.end + 4))) return;
      // the comma that opens the appositive, at most a few words back
      const comma = content.lastIndexOf(',', m.start);
      if (comma < 0 || m.start - comma > 60 || !GAP.test(content.slice(comma, m.start).replace(/\s+/g, ' '))) return;
      const end = tokenEndingAt(comma);
      if (end === undefined || inHeadline(content, comma)) return;
      // the first word of the name: back over capitalised words joined by spaces or hyphens
      let first = end;
      // (never into a lexicon match before it: "Brigadier General Ahmad Taheri" is read by titled-persons)
      for (let n = 1; n < MAX_NAME_WORDS && first > 0; n++) {
        const prev = tokens[first - 1]!;
        if (!/^[ -]$/.test(content.slice(prev.end, tokens[first]!.start)) || !prev.capitalized || matchEndingAt.has(first)) break;
        first--;
      }
      const name = readName(content, tokens, first, matchStartingAt, index);
      if (!name || name.last !== end + 1 || isPerson(matchStartingAt.get(first), index)) return;
      if (ACADEMIC.test(tokens[first - 1]?.text ?? '') || ACADEMIC.test(tokens[first]!.text)) return;
      const start = tokens[name.first]!.start;
      const text = content.slice(start, tokens[end]!.end);
      const id = slugify(text);
      found.push(candidate({
        start, end: tokens[end]!.end, text, ids: [id], rule: 'pattern:appositive-person', origin: 'pattern',
        definition: { actor_id: id, name: text, aliases: [], type: 'person', country: countryOf(title, matches[k - 1], comma, index.entries), wikidata: null, origin: 'pattern' },
      }));
    });
    return found;
  },
};

/** The office's own country, else that of an actor named between the comma and the title ("Iran's consul"). */
function countryOf(title: Sense, before: TrieMatch<Sense> | undefined, comma: number, entries: Map<string, { country: string | null }>): string | null {
  if (title.kind === 'office' && title.qualifier) return entries.get(title.qualifier.id)?.country ?? null;
  if (title.kind === 'office' && title.country) return title.country;
  const actor = before && before.start > comma ? before.values.find((v) => v.kind === 'actor') : undefined;
  return actor?.kind === 'actor' ? (entries.get(actor.id)?.country ?? null) : null;
}
