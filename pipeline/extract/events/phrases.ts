// Noun-phrase helpers for the role finder: clause bounds, the word before a name, coordinated
// lists of names, and the names within reach of a trigger. All scans are bounded by REACH.
import { lowerBound } from '../../lib/sorted.js';
import { cueSets } from './lexicon.js';
import { isClauseBreak } from './breaks.js';
import type { RoleContext } from './roles.js';
import { REACH } from './spans.js';
import type { TriggerMatch } from './triggers.js';
import type { ActorSlot, Token } from './tokens.js';

export function clauseBounds(tokens: Token[], m: TriggerMatch): { left: number; right: number } {
  let left = m.first;
  while (left > 0 && m.first - left < REACH && !isClauseBreak(tokens[left - 1])) left--;
  let right = m.last + 1;
  while (right < tokens.length && right - m.last < REACH && !isClauseBreak(tokens[right])) right++;
  return { left, right };
}

const RELATIVES = new Set(['which', 'who', 'whose']);

/** Nouns of places whose complement names a place, not a party: "near the border with Pakistan". */
const PLACE_NOUNS = new Set(['border', 'borders', 'frontier', 'boundary', 'side', 'area', 'region', 'province', 'coast', 'capital', 'city', 'town', 'soil', 'territory']);

/** "the border with Pakistan", "the capital of Iran": a name completing a place noun. */
export function placeComplement(tokens: Token[], s: ActorSlot): boolean {
  const preposition = tokens[s.first - 1]?.word ?? '';
  return (preposition === 'with' || preposition === 'of') && PLACE_NOUNS.has(tokens[s.first - 2]?.word ?? '');
}

/** How many relatives after a preposition may nest inside an insert (a bound on the look-back). */
const NESTED_RELATIVES = 2;

/**
 * "X, which says it fights for ..., killed": when the trigger's clause opens with a relative
 * pronoun after a comma and closes with a comma right before the trigger, the clause is an insert;
 * returns the index of its opening comma (the subject stands before it), else -1.
 */
export function relativeInsert(tokens: Token[], first: number, left: number): number {
  let k = first - 1;
  while (k > left && /ly$/.test(tokens[k]?.word ?? '')) k--; // "..., quickly retaliated"
  if (tokens[k]?.word !== ',') return -1;
  // "X, which governs rivers on which farms depend, closed": a relative after a preposition
  // nests inside the insert that the relative before it opens.
  let open = left;
  for (let nest = 0; nest < NESTED_RELATIVES && RELATIVES.has(tokens[open - 1]?.word ?? '') && cueSets.locative.has(tokens[open - 2]?.word ?? ''); nest++) {
    let j = open - 2;
    while (j > 0 && open - j < REACH && !isClauseBreak(tokens[j - 1])) j--;
    if (j <= 0 || open - j >= REACH) return -1;
    open = j;
  }
  if (!RELATIVES.has(tokens[open - 1]?.word ?? '') || tokens[open - 2]?.word !== ',') return -1;
  return open - 2;
}

/** The word before a slot, skipping "the" and adjectives joined to the name ("southeastern Iran"). */
export function wordBefore(tokens: Token[], i: number): string {
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.word === 'the' || /(?:ern|ern-most)$/.test(tokens[k]?.word ?? ''))) k--;
  return tokens[k]?.word ?? '';
}

export const isLocative = (tokens: Token[], s: ActorSlot): boolean => cueSets.locative.has(wordBefore(tokens, s.first))
  || (tokens[s.first - 1]?.word === 'to' && tokens[s.first - 2]?.word === 'according');

const COORDINATED_POSSESSIVES = new Set(['his', 'her', 'their']);

/** Words of a title between an organisation or a state and the person it names ("IRGC commander Major General"). */
export const TITLE_SET = new Set(['president', 'prime', 'minister', 'foreign', 'interior', 'defence', 'defense', 'finance', 'commerce', 'deputy', 'vice',
  'chief', 'commander', 'general', 'major', 'brigadier', 'lieutenant', 'colonel', 'admiral', 'marshal', 'army', 'staff', 'of', 'spokesman',
  'spokesperson', 'spokeswoman', 'ambassador', 'envoy', 'governor', 'secretary', 'leader', 'head', 'chairman', 'director', 'acting', 'senior',
  'supreme', 'speaker', 'consul', 'high', 'commissioner', 'deputy-chief', 'military', 'security', 'national', 'adviser', 'advisor', 'then']);

/** How many words a person's title may have before the name in a list ("and Iranian President Raisi"). */
const TITLE_RUN = 4;

/** The words naming a state's forces after its name or demonym ("Iranian border guards", "Pakistani troops"). */
const FORCE_NOUNS = new Set(['border', 'guards', 'forces', 'troops', 'soldiers', 'security', 'police', 'personnel', 'officials', 'authorities']);
const FORCE_WORDS = 2;

/** Whether token k is a title word (or in `titles`, the tokens of a title's demonym). */
/** No title words (the default: a list with no introduced person). */
const NO_TITLES: ReadonlySet<number> = new Set();
const isTitle = (tokens: Token[], k: number, titles: ReadonlySet<number>): boolean => titles.has(k) || TITLE_SET.has(tokens[k]?.word ?? '');

/** "Pakistan, Saudi Arabia, and the UAE": the slots of a coordinated list ending with `slot`, in order. */
export function coordinated(tokens: Token[], last: ActorSlot, slotEndingAt: Map<number, ActorSlot>, titles: ReadonlySet<number> = NO_TITLES): ActorSlot[] {
  // "Frontier Corps (FC)": an abbreviation in brackets after a name is that name again.
  const spelled = tokens[last.first - 1]?.word === '(' ? slotEndingAt.get(last.first - 2) : undefined;
  const slot = spelled?.actor_id === last.actor_id ? spelled : last;
  const list = [slot];
  let k = slot.first - 1;
  for (;;) {
    // "Sharif and Iranian President Raisi": the name's own title stands between it and "and".
    const titled = k;
    for (let n = 0; n < TITLE_RUN && k >= 0 && isTitle(tokens, k, titles) && !slotEndingAt.has(k); n++) k--;
    // A title joins only with "and" ("in Qingdao, China, Defence Minister Asif": a place, then the subject).
    if (k !== titled && tokens[k]?.word !== 'and') break;
    // "Jilani and his Iranian counterpart": a possessive pronoun joins the list as "the" does.
    while (k >= 0 && (tokens[k]?.word === 'and' || tokens[k]?.word === ',' || tokens[k]?.word === 'the'
      || COORDINATED_POSSESSIVES.has(tokens[k]?.word ?? ''))) k--;
    // "Iranian border guards and Pakistani troops exchanged fire": a name's forces stand for it in the list.
    let forces = k;
    while (forces >= 0 && k - forces < FORCE_WORDS && FORCE_NOUNS.has(tokens[forces]?.word ?? '')) forces--;
    if (forces !== k && slotEndingAt.has(forces)) k = forces;
    const prev = slotEndingAt.get(k);
    if (!prev || k === slot.first - 1 || !tokens.slice(prev.last + 1, list[0]!.first).some((t) => t.word === 'and' || t.word === ',')) break;
    // "strikes across Iran, and Iran responded": nobody is listed with itself; a new clause begins.
    if (prev.actor_id === list[0]!.actor_id) break;
    // "In Afghanistan, Islamabad and Tehran": a place fronted by a comma is no subject; but in
    // "between Pakistan and Iran" the whole list follows the preposition.
    if (isLocative(tokens, prev) && !tokens.slice(prev.last + 1, list[0]!.first).some((t) => t.word === 'and')) break;
    list.unshift(prev);
    k = prev.first - 1;
  }
  return list;
}

/** The slots joined to `slot` by "and" or commas after it ("the UAE and Saudi Arabia"). */
export function coordinatedAfter(tokens: Token[], slot: ActorSlot, slots: ActorSlot[], titles: ReadonlySet<number> = NO_TITLES): ActorSlot[] {
  const list = [slot];
  for (const s of slots) {
    const last = list[list.length - 1]!;
    if (s.first <= last.last) continue;
    // The next name's own title may stand before it ("and Iranian President Raisi").
    let end = s.first;
    while (end > last.last + 1 && s.first - end < TITLE_RUN && isTitle(tokens, end - 1, titles)) end--;
    const gap = tokens.slice(last.last + 1, end);
    if (end !== s.first && gap[gap.length - 1]?.word !== 'and') break;
    if (gap.length && gap.length <= 3 && gap.every((t) => t.word === 'and' || t.word === ',' || t.word === 'the' || COORDINATED_POSSESSIVES.has(t.word))) list.push(s);
    else break;
  }
  return list;
}

/** "designate the militia as a terrorist organisation": "the group/militia" as object is the latest armed group. */
export function groupObject(tokens: Token[], m: TriggerMatch, right: number, ctx: RoleContext): string | null {
  for (let k = m.last + 1; k < right && k - m.last <= 3; k++) {
    const t = tokens[k];
    if (t && cueSets.groupNouns.has(t.word) && tokens[k - 1]?.word === 'the') return ctx.antecedent('group', t.start);
  }
  return null;
}

export function slotStartingNear(slots: ActorSlot[], last: number): ActorSlot | undefined {
  return slots.find((s) => s.first > last && s.first <= last + 3);
}

export const MODIFIERS = new Set(['missile', 'missiles', 'drone', 'air', 'military', 'naval', 'retaliatory', 'unilateral', 'cross-border',
  'precision', 'state', 'official', 'joint', 'recent', 'latest', 'first', 'new', 'deadly', 'suicide', 'terrorist', 'rocket', 'and', 'high-level']);
/** Words allowed between a possessive and its nominal ("Iran's high-profile state visit in April"). */
export const NOMINAL_LEAD = new Set(['forces', 'troops', 'officials', 'authorities', 'army', 'security', 'guards', 'militants', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'high-profile', 'unprecedented', 'round', 'of', 'series', 'wave', 'barrage', 'two-day', 'three-day']);
export const CONNECTIVES = new Set([',', 'for', 'by', 'after', 'before', 'without', 'while', 'from', 'in', 'on', 'through', 'when']);

/** The slots within reach of the trigger (slots are in token order). */
export function slotsNear(slots: ActorSlot[], m: TriggerMatch): ActorSlot[] {
  const near: ActorSlot[] = [];
  for (let i = lowerBound(slots, m.first - REACH, (s) => s.first); i < slots.length && (slots[i]?.first ?? Infinity) <= m.last + REACH; i++) near.push(slots[i]!);
  return near;
}
