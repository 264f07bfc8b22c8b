// Organisations the lexicon lacks, defined in the text with an acronym: "Name Words (NW)".
//
// Accepts: "the Baloch Students Organisation (BSO)", "Sindhudesh Freedom Army (SFA)",
//   "Counter Terrorism Force (CTF)"; typed by the head word (Army/Front: armed_group, Party:
//   party, Ministry/Council/Committee: government, Force/Corps/Police: military).
// Rejects: names the lexicon knows (their acronym is resolved by the acronym refiner instead),
//   think tanks, outlets and universities ("Institute for Peace Studies (IPS)"), and things that
//   are no actors ("Belt and Road Initiative (BRI)", "memoranda of understanding (MoUs)").
import type { ActorCandidate, ActorRule } from '../types.js';
import { candidate, slugify } from '../types.js';
import type { Token, Tokens } from '../tokens.js';
import { countryInside } from './group-names.js';

const TYPE_BY_HEAD: Record<string, 'armed_group' | 'party' | 'government' | 'military' | 'organization'> = {
  army: 'armed_group', front: 'armed_group', brigade: 'armed_group', brigades: 'armed_group', tigers: 'armed_group',
  lashkar: 'armed_group', jaish: 'armed_group', sangar: 'armed_group', mujahideen: 'armed_group',
  party: 'party', league: 'party', movement: 'party', tehrik: 'party', tehreik: 'party',
  ministry: 'government', council: 'government', assembly: 'government', commission: 'government', authority: 'government',
  department: 'government', office: 'government', bureau: 'government', board: 'government', court: 'government', tribunal: 'government', committee: 'government', directorate: 'government', division: 'government',
  force: 'military', forces: 'military', corps: 'military', guard: 'military', guards: 'military', police: 'military', command: 'military',
  organisation: 'organization', organization: 'organization', union: 'organization', federation: 'organization', alliance: 'organization',
};
const JOINERS = new Set(['of', 'for', 'and', 'the', 'al', 'ul', 'e', 'i', 'on', 'in']);

export const acronymDefinitions: ActorRule = {
  name: 'acronym-definition',
  extract({ content, tokens, index, matchStartingAt: startsAt, matchEndingAt: endsAt, tokenStartingAt }) {
    const found: ActorCandidate[] = [];
    // Only a word right after " (" can be a defined acronym: find those, not every word.
    for (let at = content.indexOf(' ('); at >= 0; at = content.indexOf(' (', at + 1)) {
      const a = tokenStartingAt(at + 2);
      if (a !== undefined) propose(tokens.at(a) as Token, a);
    }
    return found;

    function propose(acr: Token, a: number): void {
      if (!acr.allCaps || acr.text.length < 2 || acr.text.length > 7) return;
      if (a === 0 || content.slice((tokens.at(a - 1) as Token).end, acr.start) !== ' (' || content[acr.end] !== ')') return;
      if (endsAt.has(a)) return; // the lexicon names what precedes; the acronym refiner links them
      const span = nameWithInitials(content, tokens, a, acr.text);
      if (!span) return;
      const words = tokens.list(span[0], a);
      const head = TYPE_BY_HEAD[(words[words.length - 1] as Token).key];
      if (!head || words.some((w) => index.nonActorHeads.has(w.text))) return;
      const inner = [];
      for (let k = span[0]; k < a; k++) {
        const m = startsAt.get(k);
        if (m && m.last <= a) inner.push(m);
      }
      if (inner.some((m) => m.values.some((v) => v.kind === 'block'))) return;
      const start = (words[0] as Token).start;
      const end = (words[words.length - 1] as Token).end;
      const text = content.slice(start, end);
      const id = slugify(text);
      found.push(candidate({
        start, end, text, ids: [id], rule: 'pattern:acronym-definition', origin: 'pattern',
        definition: { actor_id: id, name: text, aliases: [acr.text], type: head, country: countryInside(text, inner, index.entries), wikidata: null, origin: 'pattern' },
      }));
    }
  },
};

/** Token range [first, a) of the capitalised name before "(ACR)" whose initials spell ACR. */
function nameWithInitials(content: string, tokens: Tokens, a: number, acronym: string): [number, number] | null {
  for (let first = a - 1, initials = ''; first >= 0 && a - first <= 10; first--) {
    const t = tokens.at(first) as Token;
    if (first < a - 1 && !/^[\s-]$/.test(content.slice(t.end, (tokens.at(first + 1) as Token).start))) return null;
    if (t.capitalized) initials = t.text[0] + initials;
    else if (!JOINERS.has(t.key)) return null;
    if (initials.toUpperCase() === acronym.toUpperCase() && t.capitalized) return [first, a];
    if (initials.length > acronym.length) return null;
  }
  return null;
}
