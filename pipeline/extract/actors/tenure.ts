// The earliest day a text can have been written, from the officials it names by their office.
import { NOT_CURRENT } from './rules/offices.js';
import type { ActorRuleContext } from './types.js';

/**
 * A person named with an office the lexicon says they held was in office when the text was
 * written, so the text is no older than the start of that term (the first, if they held it more
 * than once). The latest such start bounds an undated text's publication from below.
 * accepts  "Foreign Minister Abbas Araghchi said" (2024-08-21), "Iran's interior minister, Eskandar Momeni,",
 *          "army chief General Asim Munir" (a rank between office and name)
 * rejects  "former President Pervez Musharraf", "the then foreign minister ...", a person the lexicon
 *          lacks, an office the person never held ("President Araghchi" bounds nothing)
 */
export function titledTenureStart({ content, tokens, matches, matchStartingAt, index }: ActorRuleContext): string | null {
  let latest: string | null = null;
  for (const m of matches) {
    const office = m.values.find((v) => v.kind === 'office');
    if (office?.kind !== 'office' || m.last >= tokens.length) continue;
    if (NOT_CURRENT.test(content.slice(Math.max(0, m.start - 20), m.start))) continue;
    let end = m.end;
    let next = matchStartingAt.get(m.last);
    if (next?.values.some((v) => v.kind === 'rank') && /^,? $/.test(content.slice(end, next.start))) {
      end = next.end;
      next = matchStartingAt.get(next.last);
    }
    if (!next || !/^,?[\s\u00a0]$/.test(content.slice(end, next.start))) continue;
    for (const v of next.values) {
      if (v.kind !== 'actor') continue;
      const entry = index.entries.get(v.id);
      if (!entry || (office.country !== null && entry.country !== office.country)) continue;
      const first = (entry.offices ?? []).filter((t) => t.kind === office.officeKind).map((t) => t.from).sort()[0];
      if (first && (!latest || first > latest)) latest = first;
    }
  }
  return latest;
}
