// Lexicon persons named by title and surname alone.
//
// Accepts: "President Zardari" (Asif Ali Zardari, not Bilawal Bhutto Zardari: he held the office),
//   "Prime Minister Sharif" (Shehbaz Sharif in 2024, Nawaz Sharif in 2015: the holder at the
//   date), "General Munir", "Foreign Minister Araghchi".
// Rejects: a surname no lexicon person bears ("General Karim"), one several bear when neither the
//   office nor the date tells them apart ("Mr Sharif"), a title followed by a full name (the
//   lexicon or the titled-person pattern reads it).
import type { ActorIndex, Sense } from '../lexicon/senses.js';
import { holderAt } from '../names.js';
import { candidate, type ActorCandidate, type ActorRule } from '../types.js';

export const titledSurnames: ActorRule = {
  name: 'titled-surname',
  extract({ content, tokens, matches, index, date, matchStartingAt }) {
    const found: ActorCandidate[] = [];
    for (const m of matches) {
      const title = m.values.find((v) => v.kind === 'office' || v.kind === 'rank');
      if (!title || m.values.some((v) => v.kind === 'actor' || v.kind === 'block')) continue;
      const t = tokens.at(m.last);
      const after = tokens.at(m.last + 1);
      if (!t || !t.capitalized || content.slice(m.end, t.start) !== ' ' || matchStartingAt.has(m.last)) continue;
      if (after && after.capitalized && /^[ -]$/.test(content.slice(t.end, after.start))) continue; // a full name follows
      const id = pickBearer(index.surnames.get(t.key) ?? [], title, index, date);
      if (id) found.push(candidate({ start: t.start, end: t.end, text: t.text, ids: [id], rule: `lexicon:${id}`, origin: 'lexicon', via: 'alias' }));
    }
    return found;
  },
};

/** Of the persons with a surname, the one the title points to: the only one, or the one who held that office. */
function pickBearer(ids: string[], title: Sense, index: ActorIndex, date: string | null): string | null {
  if (ids.length <= 1) return ids[0] ?? null;
  if (title.kind !== 'office') return null;
  const holders = ids.filter((id) => index.entries.get(id)?.offices?.some((o) => o.kind === title.officeKind));
  if (holders.length === 1) return holders[0] ?? null;
  for (const id of holders) {
    const country = index.entries.get(id)?.country ?? null;
    if (holderAt(index, title.officeKind, title.country ?? country, date) === id) return id;
  }
  return null;
}

