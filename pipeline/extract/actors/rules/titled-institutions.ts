// Institutions named inside an office title: the title is an office (its holder, or the name after
// it); the institution it names is an actor of its own (gold guidelines: a named institution is an
// actor, as the state that qualifies an office is).
//
// Accepts: "Armed Forces" in "the chief of staff of the Armed Forces, Major General Mohammad
//   Bagheri" (an organ form, resolved to the state named before it), "IRGC" in "IRGC commander
//   Hossein Salami", "ISPR" in "director general of the ISPR".
// Rejects: the state qualifying a title ("Iran's foreign minister": the office rule names it),
//   generic words inside a title ("army" in "army chief", "armed forces" in lower case): only
//   lexicon names and organ forms count, with their case rules.
import type { Sense } from '../lexicon/senses.js';
import type { ActorCandidate, ActorRule } from '../types.js';
import { nameCandidate } from './lexicon-names.js';

export const titledInstitutions: ActorRule = {
  name: 'titled-institution',
  extract({ content, tokens, matches, index }) {
    const found: ActorCandidate[] = [];
    for (const m of matches) {
      const office = m.values.find((v) => v.kind === 'office');
      if (office?.kind !== 'office' || m.values.some((v) => v.kind === 'actor' || v.kind === 'block')) continue;
      for (let j = m.first + (office.qualifier?.words ?? 0); j < m.last; ) {
        const inner = index.trie.matchAt(tokens, j, isInstitution);
        const c = inner && inner.last <= m.last ? nameCandidate(inner, content) : null;
        if (c && inner) {
          found.push(c);
          j = inner.last;
        } else j++;
      }
    }
    return found;
  },
};

const isInstitution = (v: Sense) => v.kind === 'actor' || v.kind === 'organ';
