// Offices named without a name: the holder at the publication date.
//
// Accepts: "Iran's foreign minister" (January 2024: Hossein Amir-Abdollahian; August 2025: Abbas
//   Araghchi), "the Iranian Foreign Minister", "Pakistan's army chief", "the Supreme Leader".
// The state that qualifies the office is a mention of its own: "[Iran]'s [foreign minister]".
// "the director general of the ISPR, Major General Ahmed Sharif Chaudhry": a rank and name after
//   the office (after a space or a comma) are the mention.
// Rejects: an office named after another actor ("the Taliban supreme leader" is not Iran's),
//   an office followed by a name ("Foreign Minister Jalil Abbas Jilani": the name is the
//   mention), "Iran's former foreign minister", "the then prime minister", an office named for no
//   state ("the president") unless the text settles whose it is (./office-scope.ts), and any
//   office when the date is unknown.
// An office with no state is taken up only after "the" ("the army chief"): "a foreign minister",
//   "its foreign minister", "the Taliban foreign minister" name no office the scope can settle, nor
//   does "the president of the chamber".
import { holderAt, readName } from '../names.js';
import { OfficeScope } from './office-scope.js';
import { candidate, type ActorCandidate, type ActorRule, type ActorRuleContext } from '../types.js';
import { nameCandidate } from './lexicon-names.js';
import type { ActorIndex, Sense } from '../lexicon/senses.js';
import type { Token, Tokens } from '../tokens.js';
import type { TrieMatch } from '../trie.js';

/** What must stand before an office with no state for the text's scope to settle whose it is. */
const DEFINITE = /(?:^|[^\p{L}])the\s+$/iu;
/** What after an office makes it another body's: "the president of the chamber". */
const OF_ANOTHER = /^\s+of\b/i;

/** Words before an office that say its holder is not the one in office at the date. */
export const NOT_CURRENT = /\b(former|then|late|ex|previous|outgoing|erstwhile|next|future|incoming|would-be|deputy|vice)[\s-]*$/i;

export const offices: ActorRule = {
  name: 'office',
  extract({ content, tokens, matches, index, date, matchStartingAt: startsAt, matchEndingAt }) {
    const found: ActorCandidate[] = [];
    const scope = new OfficeScope(matches, index, date);
    for (const m of matches) {
      const office = m.values.find((v) => v.kind === 'office');
      if (office?.kind !== 'office' || m.values.some((v) => v.kind === 'actor')) continue;
      // an office of no state, that no state's lexicon entry settles: the text's scope may
      const scoped = !office.qualified && office.country === null && !index.holders.has(`${office.officeKind}@-`);
      if (scoped && (!DEFINITE.test(content.slice(Math.max(0, m.start - 8), m.start)) || OF_ANOTHER.test(content.slice(m.end, m.end + 4)))) continue;
      if (scoped && describesNamed(content, tokens, m, matchEndingAt, index)) continue;
      let titleStart = m.start;
      if (office.qualifier) {
        const q = tokens.at(m.first + office.qualifier.words - 1) as Token;
        const id = office.qualifier.id;
        found.push(candidate({ start: m.start, end: q.end, text: content.slice(m.start, q.end), ids: [id], rule: `lexicon:${id}`, origin: 'lexicon', via: 'name' }));
        titleStart = (tokens.at(m.first + office.qualifier.words) as Token).start;
      }
      if (NOT_CURRENT.test(content.slice(Math.max(0, titleStart - 20), titleStart))) continue;
      if (!office.qualified && ownedByAnother(content, matchEndingAt.get(m.first), m, office.country, index)) continue;
      const body = actorRunningOn(m, tokens, index);
      if (body) {
        const named = nameCandidate(body, content);
        if (named) found.push(named);
        continue;
      }
      // "Foreign Minister Jalil Abbas Jilani", "Iran's foreign minister, Hossein Amir-Abdollahian": the name is the mention.
      let next = m.last < tokens.length ? m.last : -1;
      let end = m.end;
      const rank = startsAt.get(next); // "Pakistan's army chief General Asim Munir"
      if (rank?.values.some((v) => v.kind === 'rank') && /^,? $/.test(content.slice(m.end, rank.start))) {
        next = rank.last < tokens.length ? rank.last : -1;
        end = rank.end;
      }
      if (next >= 0) {
        const gap = content.slice(end, tokens.at(next)?.start);
        const named = /^(\s|,\s)$/.test(gap) && (readName(content, tokens, next, startsAt, index) || isPerson(startsAt.get(next), index));
        if (named) continue;
      }
      const holder = scoped ? scope.holderAt(office.officeKind, m.start) : holderAt(index, office.officeKind, office.country, date);
      if (!holder) continue;
      found.push(candidate({ start: titleStart, end: m.end, text: content.slice(titleStart, m.end), ids: [holder], rule: `lexicon:${holder}`, origin: 'lexicon', via: 'alias' }));
    }
    return found;
  },
};

/** Between a person's name and an office that describes them: "Asim Munir, the army chief". */
const APPOSITION = /^,\s+the\s+$/i;

/**
 * "Field Marshal Asim Munir, the army chief, said": an office in apposition to a name describes the
 * person just named (a description, not another mention of anyone).
 */
function describesNamed(content: string, tokens: Tokens, office: TrieMatch<Sense>, endingAt: ActorRuleContext['matchEndingAt'], index: ActorIndex): boolean {
  const the = office.first - 1;
  const named = the > 0 ? endingAt.get(the) : undefined;
  return !!named && isPerson(named, index) && APPOSITION.test(content.slice(named.end, office.start)) && (tokens.at(the) as Token).key === 'the';
}

/** "the Taliban supreme leader": an office named after another actor is not the state's office. */
function ownedByAnother(content: string, before: TrieMatch<Sense> | undefined, office: TrieMatch<Sense>, country: string | null, index: ActorIndex): boolean {
  if (!before || !/^( |['’]s )$/.test(content.slice(before.end, office.start))) return false;
  return before.values.some((v) => v.kind === 'actor' && index.entries.get(v.id)?.country !== country);
}

/**
 * "the commander of the IRGC Ground Force": an actor's name that begins inside the office and runs
 * on past it names another body (the mention), whose head is not the office's holder.
 */
function actorRunningOn(office: TrieMatch<Sense>, tokens: Tokens, index: ActorIndex): TrieMatch<Sense> | null {
  for (let k = office.first + 1; k < office.last; k++) {
    const inner = index.trie.matchAt(tokens, k, (v) => v.kind === 'actor');
    if (inner && inner.end > office.end) return inner;
  }
  return null;
}

export function isPerson(m: TrieMatch<Sense> | undefined, index: ActorIndex): boolean {
  return !!m?.values.some((v) => v.kind === 'actor' && index.entries.get(v.id)?.type === 'person');
}
