// "the visiting minister": the one official the text has named who holds such an office and came
// from abroad, the host being the state of the dateline's city ("ISLAMABAD, Aug 5 —") or, failing
// one (the reader blanks datelines as furniture), of the first capital something happens in.
//
// Accepts: "ISLAMABAD, Aug 5 — Iranian Foreign Minister Abbas Araghchi and Foreign Minister Ishaq Dar
//   met ... the army chief called on the visiting minister" (Araghchi: Dar is the host's),
//   "the visiting president" (a head of state named before, not the host's).
// Rejects: a text with neither dateline nor capital as a place (who hosts is not settled), two
//   holders from abroad ("the visiting minister" after two foreign ministers from abroad), a
//   visitor named only after it, the host's own minister.
import type { ActorEntry } from '../lexicon/schema.js';
import type { ActorIndex, Sense } from '../lexicon/senses.js';
import { holderAt } from '../names.js';
import type { TrieMatch } from '../trie.js';
import { candidate, type ActorCandidate, type ActorRule } from '../types.js';

const VISITING = /\b[Tt]he visiting (?=\p{L})/gu;
/** "minister" alone: any minister's office. */
const ANY_MINISTER = /^[Mm]inister\b/;
/** A dateline: a city at the start of a line, then a comma ("ISLAMABAD, Aug 5 —", "Tehran, 3 March"). */
const DATELINE_END = /^,\s/;
/** Before a capital that is the place of what happens: "talks in Islamabad". */
const IN_PLACE = /(?:^|[^\p{L}])in $/u;

export const visitingOfficials: ActorRule = {
  name: 'visiting-official',
  extract({ content, matches, index, date, tokenStartingAt, matchStartingAt }) {
    const found: ActorCandidate[] = [];
    const hits = [...content.matchAll(VISITING)];
    if (hits.length === 0 || !date) return found;
    const host = hostCountry(content, matches, index);
    if (!host) return found;
    // the persons from abroad named so far, read once left to right
    const abroad = new Map<string, ActorEntry>();
    let next = 0;
    for (const hit of hits) {
      const at = hit.index + hit[0].length;
      const office = matchStartingAt.get(tokenStartingAt(at) ?? -1)?.values.find((v) => v.kind === 'office');
      const minister = ANY_MINISTER.exec(content.slice(at, at + 9));
      if (!office && !minister) continue;
      const end = office ? (matchStartingAt.get(tokenStartingAt(at) as number) as TrieMatch<Sense>).end : at + 8;
      const fits = (kind: string) => (office?.kind === 'office' ? kind === office.officeKind : kind.endsWith('-minister'));
      for (; next < matches.length && (matches[next] as TrieMatch<Sense>).end <= hit.index; next++) {
        const values = (matches[next] as TrieMatch<Sense>).values;
        const actor = values.length === 1 && values[0]?.kind === 'actor' ? values[0] : undefined;
        const entry = actor ? index.entries.get(actor.id) : undefined;
        if (actor && entry?.type === 'person' && entry.country !== host) abroad.set(actor.id, entry);
      }
      const visitors = [...abroad].filter(([id, entry]) =>
        (entry.offices ?? []).some((o) => fits(o.kind) && holderAt(index, o.kind, o.country === undefined ? entry.country : o.country, date) === id));
      if (visitors.length !== 1) continue;
      const id = (visitors[0] as [string, ActorEntry])[0];
      const start = hit.index + 'the '.length; // "visiting minister": the words that point to the visitor
      found.push(candidate({ start, end, text: content.slice(start, end), ids: [id], rule: `lexicon:${id}`, origin: 'lexicon', via: 'alias' }));
    }
    return found;
  },
};

/**
 * The host: the country of the city a dateline names ("ISLAMABAD, Aug 5 —", when the reader left it
 * in the content), else of the first capital the text places something in ("talks in Islamabad").
 */
function hostCountry(content: string, matches: TrieMatch<Sense>[], index: ActorIndex): string | null {
  const firstStop = content.indexOf('. ');
  let placed: string | null = null;
  for (const m of matches) {
    const capital = m.values.find((v) => v.kind === 'actor' && v.via === 'capital');
    if (capital?.kind !== 'actor') continue;
    const country = index.entries.get(capital.id)?.country ?? null;
    const lineStart = m.start === 0 || content[m.start - 1] === '\n';
    if (lineStart && (firstStop < 0 || m.start < firstStop) && DATELINE_END.test(content.slice(m.end, m.end + 2))) return country;
    if (placed === null && IN_PLACE.test(content.slice(Math.max(0, m.start - 4), m.start))) placed = country;
  }
  return placed;
}
