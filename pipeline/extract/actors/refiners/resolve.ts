// Resolution: which actor a shared alias or an organ form used alone stands for.
import type { PlaceMention } from '../index.js';
import { placesIn } from '../places.js';
import type { ActorCandidate, ActorRefiner, ActorRuleContext } from '../types.js';

/** Between a state's name and its organ: "Qatar's foreign ministry", "Emirati foreign ministry". */
const QUALIFIER_GAP = /^(?:['’]s)? $/;
/** How far back (characters) the state that owns an organ form used alone may be named. */
const ORGAN_WINDOW = 600;
/** Words before an organ form that make it several states' organs, or any state's. */
const QUANTIFIED = /\b(?:either|neither|both|each|every|any|no|all|other|another|two)\s+(?:the\s+)?$/i;
/**
 * Words before an organ form that make it no particular organ: "a new parliament", "the lower house
 * of parliament", "members of parliament" (but "a Senate committee" is the Senate's).
 */
const NOT_ONE_ORGAN = /\b(?:(?:a|an|the)\s+new|(?:house|houses|member|members|act|acts) of)\s+$/i;

/**
 * "the foreign ministry", "the National Assembly": of the organs that go by that form, the one of
 * the state named last before it ("Pakistan is holding elections ... the National Assembly");
 * dropped when no state named within the window has one ("the Foreign Office" is Pakistan's,
 * not Iran's, even right after "Iran"), and when a quantifier makes it no one state's ("either
 * foreign ministry", "both foreign ministries"), and when the words before make it no particular organ
 * ("a new parliament", "the lower house of parliament").
 */
export const resolveOrgans: ActorRefiner = (candidates, ctx) => {
  const { content, index } = ctx;
  const out: ActorCandidate[] = [];
  let provinces: PlaceMention[] | null = null;
  const named = new Set<string>();
  let namedUpTo = 0;
  for (const c of candidates) {
    if (!c.organKind) {
      out.push(c);
      continue;
    }
    const before = content.slice(Math.max(0, c.start - 16), c.start);
    if (QUANTIFIED.test(before) || NOT_ONE_ORGAN.test(before)) continue; // "either foreign ministry": no one state's
    if (c.ids.some((id) => index.entries.get(id)?.province)) {
      provinces ??= placesIn(content, ctx.tokens).filter((p) => p.kind === 'province');
      const organ = namedBefore(c, out) ?? provincialOrgan(c, provinces, ctx);
      if (organ) {
        out.push({ ...c, ids: [organ], rule: `lexicon:${organ}`, organKind: undefined });
        continue;
      }
    }
    const placed = stateNamedAfter(c, ctx);
    if (placed !== undefined) {
      // "the foreign ministry in Tehran": the state of the place named after it, not the one before
      const organ = c.ids.find((id) => index.entries.get(id)?.country === placed);
      if (organ) out.push({ ...c, ids: [organ], rule: `lexicon:${organ}`, organKind: undefined });
      continue;
    }
    let resolved = false;
    let qualified = false;
    for (let k = out.length - 1; k >= 0; k--) {
      const prev = out[k] as ActorCandidate;
      if (c.start - prev.end > ORGAN_WINDOW) break;
      const country = prev.ids.length === 1 ? index.entries.get(prev.ids[0] as string)?.country : undefined;
      const ofCountry = c.ids.filter((id) => index.entries.get(id)?.country === country);
      // a state names one organ; of a province's organs ("the provincial assembly") it names none
      const organ = ofCountry.length === 1 || !ofCountry.some((id) => index.entries.get(id)?.province) ? ofCountry[0] : undefined;
      if (country && organ) {
        out.push({ ...c, ids: [organ], rule: `lexicon:${organ}`, organKind: undefined });
        resolved = true;
        break;
      }
      // "Qatar's foreign ministry", "the Emirati foreign ministry": the state right before owns it, even
      // when the lexicon lacks its organ; never a state named earlier
      if (QUALIFIER_GAP.test(content.slice(prev.end, c.start))) {
        qualified = true;
        break;
      }
    }
    // Nothing near owns it: the one state the text has named so far that has such an organ ("the Ministry
    // of Commerce" in a Senate report that named Pakistan pages back, and Iran and the United States since)
    if (resolved || qualified) continue;
    // the states named so far, gathered once over the candidates kept since the last look (linear)
    for (; namedUpTo < out.length; namedUpTo++) {
      const prev = out[namedUpTo] as ActorCandidate;
      const country = prev.ids.length === 1 ? index.entries.get(prev.ids[0] as string)?.country : undefined;
      if (country) named.add(country);
    }
    const organ = onlyOrganOfNamedStates(c, named, index);
    if (organ) out.push({ ...c, ids: [organ], rule: `lexicon:${organ}`, organKind: undefined });
  }
  return out;
};

/** The organ among `c`'s senses whose state is the only one of the states named before it to have one; of no province. */
function onlyOrganOfNamedStates(c: ActorCandidate, named: ReadonlySet<string>, index: ActorRuleContext['index']): string | undefined {
  const owned = c.ids.filter((id) => {
    const entry = index.entries.get(id);
    return entry?.country && !entry.province && named.has(entry.country);
  });
  return owned.length === 1 ? owned[0] : undefined;
}

/** Between an organ form and the place that owns it: "the foreign ministry in Tehran". */
const PLACE_GAP = /^ in (?:the )?$/;

/**
 * The country of the state or capital named right after an organ form ("the foreign ministry in
 * Tehran", "the Foreign Office in Islamabad"), or undefined when no place follows.
 */
function stateNamedAfter(c: ActorCandidate, { content, tokens, index, tokenEndingAt, matchStartingAt }: ActorRuleContext): string | undefined {
  const last = tokenEndingAt(c.end);
  if (last === undefined) return undefined;
  for (const j of [last + 2, last + 3]) {
    const place = tokens.at(j);
    if (!place || !PLACE_GAP.test(content.slice(c.end, place.start))) continue;
    for (const v of matchStartingAt.get(j)?.values ?? []) {
      const entry = v.kind === 'actor' ? index.entries.get(v.id) : undefined;
      if (entry?.type === 'state' && entry.country) return entry.country;
    }
  }
  return undefined;
}

/**
 * A provincial organ the text has already named outright is the one its generic form takes up again:
 * "Balochistan government officials said ... compensation from the provincial government", even
 * when another province ("into Sistan and Baluchestan") was named as a place in between.
 */
function namedBefore(c: ActorCandidate, resolved: ActorCandidate[]): string | undefined {
  for (let k = resolved.length - 1; k >= 0; k--) {
    const id = (resolved[k] as ActorCandidate).ids;
    if (id.length === 1 && c.ids.includes(id[0] as string)) return id[0];
  }
  return undefined;
}

/** How far back (characters) the province that owns a provincial organ may be named: an article's run on one province. */
const PROVINCE_WINDOW = 2000;

/**
 * "the provincial assembly", "the provincial home department": the organ of the province named
 * last before it (as a place: "Balochistan", "in Sistan and Baluchestan"), if the lexicon has it.
 */
function provincialOrgan(c: ActorCandidate, provinces: PlaceMention[], { index }: ActorRuleContext): string | undefined {
  let last: PlaceMention | undefined;
  for (const p of provinces) {
    if (p.end > c.start) break;
    if (c.start - p.end <= PROVINCE_WINDOW) last = p;
  }
  return last && c.ids.find((id) => index.entries.get(id)?.province === last.name);
}

/**
 * An alias two entries share ("the Kremlin": Russia or the Soviet Union) goes to the one named
 * last before it, else to the first listed.
 */
export const resolveSharedAliases: ActorRefiner = (candidates) => {
  const lastSeen = new Map<string, number>();
  return candidates.map((c, i) => {
    let chosen = c;
    if (c.ids.length > 1) {
      const best = [...c.ids].sort((a, b) => (lastSeen.get(b) ?? -1) - (lastSeen.get(a) ?? -1))[0] as string;
      chosen = { ...c, ids: [best], rule: `lexicon:${best}` };
    }
    if (chosen.ids.length === 1) lastSeen.set(chosen.ids[0] as string, i);
    return chosen;
  });
};
