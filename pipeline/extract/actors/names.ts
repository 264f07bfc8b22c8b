// Reading a personal name after a title ("Foreign Minister Jalil Abbas Jilani") and finding who
// held an office at a date.
import type { ActorIndex, Sense } from './lexicon/senses.js';
import { officeKey } from './lexicon/senses.js';
import type { Token, Tokens } from './tokens.js';
import type { TrieMatch } from './trie.js';
import { candidate, slugify, type ActorCandidate } from './types.js';

/** Lower-case particles inside names ("Anwaar-ul-Haq", "Mohammed bin Salman"). */
const PARTICLES = new Set(['al', 'ul', 'ud', 'ur', 'e', 'i', 'bin', 'bint', 'ibn', 'de', 'van', 'von', 'el', 'ad', 'as']);
/** An academic title before a name ("Dr", "Prof."): an analyst's mark, or a doctor's who holds an office. */
export const ACADEMIC_TITLE = /^(?:Dr|Prof|Professor)\.?$/;

/** A lower-case particle inside a name ("ur" in "Hamood ur Rehman"). */
export const isNameParticle = (t: Token): boolean => !t.capitalized && PARTICLES.has(t.key);
/** Capitalised words that start sentences or clauses, not names. */
const NOT_NAMES = new Set(
  ('the a an and or but of for in on at to by with from as is was has had will would said says ' +
    'this that these those his her its their he she it they we i who which when while after before since ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** Words that end organisations and places, not personal names ("King Faisal Centre"). */
const NOT_IN_NAMES = new Set(
  ('centre center institute university council ministry army front party force forces corps organisation organization ' +
    'group committee assembly office department agency province district city border region foundation forum ' +
    'authority commission bureau chamber zone port ' +
    // buildings and places named after an office ("Governor House Quetta", "Chief Minister Secretariat")
    'house secretariat palace hall headquarters residence compound cantonment airport hospital road street square stadium ' +
    // companies ("General Motors Corp", "Chairman Mills Inc")
    'corp corporation inc ltd limited co company plc llc bank airlines holdings').split(' '),
);

export interface NameSpan {
  first: number; // token index
  last: number; // exclusive
}

/**
 * A name of two to four capitalised words starting at token `i`, joined by spaces or hyphens
 * (initials with a dot allowed: "William E. LaMothe", "P.J. Crowley"), or null. Stops at a lexicon
 * match that is not a person, at a line end, and at a full stop after a word ("Norodom Ranariddh.
 * Ranariddh"); a name does not end on a particle or an initial ("Alfonse D'Amato" is no "Alfonse D").
 */
export function readName(content: string, tokens: Tokens, i: number, startsAt: { get(token: number): TrieMatch<Sense> | undefined }, index: ActorIndex): NameSpan | null {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 4) {
    const t = tokens.at(j) as Token;
    if (j > i) {
      const prev = tokens.at(j - 1) as Token;
      const gap = content.slice(prev.end, t.start);
      const initial = prev.end - prev.start === 1;
      if (!(NAME_GAP.test(gap) || (initial && INITIAL_GAP.test(gap)))) break;
    }
    const particle = PARTICLES.has(t.key) && !t.capitalized && j > i;
    if (!particle) {
      // the word as written, not its folded key: "Saeed" folds to "said"
      if (!t.capitalized || NOT_NAMES.has(t.text.toLowerCase()) || (t.allCaps && t.text.length > 1)) break;
      if (NOT_IN_NAMES.has(t.key) || index.nonActorHeads.has(t.text)) return null;
      const m = startsAt.get(j);
      if (m && !m.values.some((v) => v.kind === 'actor' && index.entries.get(v.id)?.type === 'person')) break;
      words++;
    }
    j++;
  }
  for (let last = tokens.at(j - 1); j > i && last && (!last.capitalized || last.end - last.start === 1); last = tokens.at(j - 1)) {
    if (last.capitalized) words--; // an initial
    j--;
  }
  return words >= 2 ? { first: i, last: j } : null;
}

/** What may stand between the words of a name: a space or a hyphen, or a dot after an initial. */
const NAME_GAP = /^[ \u00a0-]$/;
const INITIAL_GAP = /^\. ?$/;

/**
 * Whether offset `at` lies in a headline: a short line (under 200 characters) that does not end
 * like a sentence and whose longer words are nearly all capitalised ("Prime Minister Meets Top
 * Officials In Tehran"), where capitals do not mark names.
 */
export function inHeadline(content: string, at: number): boolean {
  // Bounded searches: a scan to the line ends of a long line would make the rule quadratic.
  let from = at;
  while (from > 0 && content[from - 1] !== '\n') if (at - --from > 200) return false;
  let to = at;
  while (to < content.length && content[to] !== '\n') if (++to - from > 200) return false;
  const line = content.slice(from, to).trim();
  if (/[.!?:;"”'’)]$/.test(line)) return false;
  const words = line.split(/[^\p{L}]+/u).filter((w) => w.length > 3);
  const capitalized = words.filter((w) => w[0] !== w[0]?.toLowerCase()).length;
  return words.length >= 4 && capitalized / words.length > 0.8;
}

/** First and last day an EDTF value covers (year, month, day, decade), or null. */
export function edtfRange(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${value}-01-01`, `${value}-12-31`];
  return null;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The holder of an office at a date: the one in office for most of the period the date covers. */
export function holderAt(index: ActorIndex, kind: string, country: string | null, date: string | null): string | null {
  const range = date ? edtfRange(date) : null;
  const terms = index.holders.get(officeKey(kind, country));
  if (!range || !terms) return null;
  const [from, to] = [dayNumber(range[0]), dayNumber(range[1]) + 1];
  let best: string | null = null;
  let bestDays = 0;
  for (const t of terms) {
    const days = Math.min(to, t.to ? dayNumber(t.to) : Infinity) - Math.max(from, dayNumber(t.from));
    if (days > bestDays) [best, bestDays] = [t.id, days];
  }
  return best;
}

/** What closes an appositive name: "an Iranian diplomat, Hamid Reza Karimi, was". */
export const APPOSITIVE_END = /^[,.;)]$/;

/** A person the lexicon lacks, read by a pattern rule from the name `content[start, end)`. */
export function personCandidate(content: string, start: number, end: number, rule: string, country: string | null): ActorCandidate {
  const text = content.slice(start, end);
  const id = slugify(text);
  return candidate({
    start, end, text, ids: [id], rule, origin: 'pattern',
    definition: { actor_id: id, name: text, aliases: [], type: 'person', country, wikidata: null, origin: 'pattern' },
  });
}
