// What the coder knows of a whole text: its paragraphs, its two principal states, the subjects
// pronouns can refer to, and the clauses that only anchor a relative date.
import type { ActorDefinition, ActorMention, DateMention, Span } from '../../model.js';
import { cueSets } from './lexicon.js';
import { isClauseBreak } from './breaks.js';
import { partiesOf } from './parties.js';
import { labelledSpeakers } from './transcripts.js';
import type { RoleContext } from './roles.js';
import { firstFrom, within } from './spans.js';
import type { Token } from './tokens.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const LETTER = /\p{L}/u;

/** Lines of the content: a paragraph is the discourse unit whose last date anchors the next sentences. */
export function paragraphs(content: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', start)) {
    spans.push({ start, end: i });
    start = i + 1;
  }
  spans.push({ start, end: content.length });
  return spans;
}

/** Words of a title before a name ("Prime Minister", "Sindh Governor", "his counterpart"). */
const TITLES = new Set(['prime', 'minister', 'president', 'vice', 'chief', 'general', 'major', 'foreign', 'interior', 'defence', 'defense',
  'governor', 'ambassador', 'secretary', 'deputy', 'commander', 'senator', 'spokesman', 'spokesperson', 'envoy', 'counterpart',
  'his', 'her', 'their', 'its', 'leader', 'king', 'crown', 'prince', 'sheikh', 'dr', 'mr', 'mrs', 'ms']);

/** How long a headline may be, in characters. */
const HEADLINE_CHARS = 200;

/**
 * The text's headline: its first line with words, when short and not ended like a sentence
 * ("Pakistan condemns US strikes on Iranian nuclear sites, calls for restraint").
 */
export function headlineOf(content: string, paras: Span[]): Span | null {
  const first = paras.find((p) => LETTER.test(content.slice(p.start, p.end)));
  if (!first) return null;
  const line = content.slice(first.start, first.end).trim();
  return line.length <= HEADLINE_CHARS && !/[.!?…"”’']$/.test(line) ? first : null;
}

/** How many words of description may stand between "of" and a person's name ("the mausoleum of the poet Allama Iqbal"). */
const DESCRIBED_BY = 4;

/** "whom Iranians call "Iqbal Lahori"": a name given as what someone is called. */
const APPELLATION = /\b(?:call|calls|called|dubbed|nicknamed|known as)\s*["“']?$/i;

/**
 * "laid a wreath at the mausoleum of the poet-philosopher Allama Muhammad Iqbal": a person named
 * in an "of" phrase, within the same clause, is the object of a noun, not whom "he" refers to next;
 * nor is a name given as what someone is called.
 */
function ofDescribed(content: string, start: number): boolean {
  const tail = content.slice(Math.max(0, start - 60), start);
  if (APPELLATION.test(tail)) return true;
  const clause = tail.slice(Math.max(tail.lastIndexOf(','), tail.lastIndexOf(';'), tail.lastIndexOf('('), tail.lastIndexOf('"')) + 1);
  const words = clause.toLowerCase().split(/[^a-z0-9’'-]+/).filter(Boolean).slice(-DESCRIBED_BY - 1);
  return words.includes('of');
}

/** Words that may stand between a preposition and the name it governs ("in the north-western", "into eastern"). */
const BEFORE_NAME = /^(?:the|a|an|north|south|east|west|\w+ern|\w+-\w+ern)$/;

/**
 * The last word (lower case, of letters, digits, apostrophes and hyphens) in the 40 characters
 * before `start`, past articles, compass words and titles (which stand between the preposition and
 * the name): "with Prime Minister Shehbaz Sharif" gives "with". Read backwards: only the last few words matter.
 */
export function governingWord(content: string, start: number): string {
  // Read in place, with no slice of the 40 characters lower-cased for every mention of a text,
  // while the characters read are ASCII or marks that have no case; any other (a capital outside
  // ASCII may lower-case to an ASCII letter, or to two characters) sends the mention to the slice.
  const floor = Math.max(0, start - 40);
  let end = start;
  for (;;) {
    let c = 0;
    while (end > floor && (c = foldedCode(content.charCodeAt(end - 1))) >= 0 && !isWordCode(c)) end--;
    if (c < 0) return governingWordOfSlice(content, start);
    if (end === floor) return '';
    let from = end;
    while (from > floor && (c = foldedCode(content.charCodeAt(from - 1))) >= 0 && isWordCode(c)) from--;
    if (c < 0) return governingWordOfSlice(content, start);
    const word = lowerAscii(content.slice(from, end));
    if (!BEFORE_NAME.test(word) && !TITLES.has(word)) return word;
    end = from;
  }
}

/**
 * A character's code in lower case, for the characters lower-casing changes into one code that
 * can be known here: ASCII, and the general punctuation (U+2000-U+206F: dashes, quote marks, the
 * ellipsis) and Latin-1 signs (U+0080-U+00BF) that have no case; -1 for any other.
 */
function foldedCode(c: number): number {
  if (c < 128) return c <= 90 && c >= 65 ? c + 32 : c;
  return (c >= 0x2000 && c <= 0x206f) || c <= 0xbf ? c : -1;
}

/** A string of ASCII letters, digits, ’, ' and - in lower case (one made only when it has a capital). */
function lowerAscii(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c <= 90 && c >= 65) return word.toLowerCase();
  }
  return word;
}

/** governingWord read on a lower-cased slice of the 40 characters before `start` (its definition). */
export function governingWordOfSlice(content: string, start: number): string {
  const lower = content.slice(Math.max(0, start - 40), start).toLowerCase();
  let end = lower.length;
  for (;;) {
    while (end > 0 && !isWordCode(lower.charCodeAt(end - 1))) end--;
    if (end === 0) return '';
    let from = end;
    while (from > 0 && isWordCode(lower.charCodeAt(from - 1))) from--;
    const word = lower.slice(from, end);
    if (!BEFORE_NAME.test(word) && !TITLES.has(word)) return word;
    end = from;
  }
}

/** [a-z0-9’'-] */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x2019 || c === 39 || c === 45;

export function roleContext(content: string, sentences: Span[], defs: Map<string, ActorDefinition>, actors: ActorMention[], paras: Span[]): RoleContext {
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  for (const a of actors) {
    if (defs.get(a.actor_id)?.type !== 'state') continue;
    counts.set(a.actor_id, (counts.get(a.actor_id) ?? 0) + 1);
    if (!firstAt.has(a.actor_id)) firstAt.set(a.actor_id, a.start);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
  const pair = top.length === 2 ? (top.sort((a, b) => (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0)) as [string, string]) : null;
  // Subjects: mentions not governed by a preposition ("in western Pakistan" is a place, not an antecedent).
  // "in Iraq and Syria": a name joined by "and" to a place shares its preposition.
  let previousWasPlace = false;
  let previousEnd = -1;
  const subjects = actors.filter((a) => {
    const compound = /\w-$/.test(content.slice(Math.max(0, a.start - 2), a.start)) || content[a.end] === '-';
    // Each test below runs only when the ones before it fail: this runs for every mention of a text.
    const place = compound || cueSets.locative.has(governingWord(content, a.start))
      || (previousWasPlace && previousEnd >= 0 && /^[\s,]*(?:and|or)\s+(?:the\s+)?$/i.test(content.slice(previousEnd, a.start)))
      || (defs.get(a.actor_id)?.type === 'person' && ofDescribed(content, a.start))
      || RELATIVE_CLAUSE_BEFORE.test(content.slice(Math.max(0, a.start - 80), a.start));
    previousWasPlace = place;
    previousEnd = a.end;
    return !place;
  });
  const attributions = speakers(content, paras, actors, defs);
  const fits = (kind: 'person' | 'nonperson' | 'group', d: ActorDefinition | undefined): boolean =>
    !!d && (kind === 'person' ? d.type === 'person' : kind === 'group' ? d.type === 'armed_group' : d.type !== 'person');
  const parties = partiesOf(content, sentences, actors, subjects, defs, pair);
  return {
    defs, pair, parties,
    antecedent: (kind, offset) => {
      for (let i = firstFrom(subjects, offset) - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
        const s = subjects[i]!;
        if (offset - s.start > 800) return null;
        if (fits(kind, defs.get(s.actor_id))) return firstOfSentence(content, subjects, i, (d) => fits(kind, d ? defs.get(d) : undefined));
      }
      return null;
    },
    speaker: (offset) => {
      // The nearest attribution in the same paragraph, before or after the quote ("We condemn it," X said).
      let best: Attribution | null = null;
      let bestDistance = Infinity;
      for (let i = Math.max(0, firstFrom(attributions, offset) - 3); i < attributions.length && i <= firstFrom(attributions, offset) + 3; i++) {
        const a = attributions[i]!;
        const [from, to] = a.start < offset ? [a.end, offset] : [offset, a.start];
        if (to - from > SPEAKER_REACH || content.slice(from, to).includes('\n')) continue;
        if (to - from < bestDistance) { best = a; bestDistance = to - from; }
      }
      return best?.actor_id ?? null;
    },
  };
}

/**
 * A name inside a relative clause set off by a comma tells of something in passing; a pronoun after
 * the clause takes up the main clause's subject: "The two ministers condemned the attack, in which
 * three Levies personnel were killed, and they agreed ..." ("they" is not the Levies).
 */
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:(?:in|during|at|by|after|for)\s+)?(?:which|whom|whose)\s[^,;.!?\n]*$/iu;

/** How many earlier mentions of its sentence may stand before the nearest antecedent. */
const SENTENCE_MENTIONS = 6;

/**
 * "India accused Pakistan of ... . It suspended the treaty": a pronoun takes up the subject of the
 * sentence that holds its nearest antecedent, its first fitting mention, rather than the object
 * named after it; "Pakistan's" before the committee it owns is not that subject.
 */
function firstOfSentence(content: string, subjects: ActorMention[], nearest: number, fits: (id: string) => boolean): string {
  let best = nearest;
  for (let i = nearest - 1; i >= 0 && nearest - i <= SENTENCE_MENTIONS; i--) {
    const s = subjects[i]!;
    if (/[.!?]["”’]?\s|\n/.test(content.slice(s.end, subjects[i + 1]!.start))) break;
    const possessor = /^['’]s?\s+$/.test(content.slice(s.end, subjects[i + 1]!.start));
    if (fits(s.actor_id) && !possessor) best = i;
  }
  return subjects[best]!.actor_id;
}

/** How far (in characters) a quote's first person may stand from the words that attribute it. */
const SPEAKER_REACH = 600;

interface Attribution extends Span { actor_id: string }

/** "X said", "X, the ministry's spokesperson, said", "said X", "X told reporters": who speaks in a paragraph's quotes. */
const SAYS_AFTER = /^\s*(?:,[^,\n]{1,60},\s*)?(?:also\s+)?(?:said|says|told|wrote|added|stated|tweeted|posted)\b/;
const SAYS_BEFORE = /\b(?:said|says|added)\s+(?:[\p{L}-]+\s+){0,3}$/u;

function speakers(content: string, paras: Span[], actors: ActorMention[], defs: Map<string, ActorDefinition>): Attribution[] {
  const out: Attribution[] = [];
  for (const a of actors) {
    const type = defs.get(a.actor_id)?.type;
    if (type === 'armed_group' || type === 'state') continue; // a spokesperson, an office or a minister speaks
    if (SAYS_AFTER.test(content.slice(a.end, a.end + 80)) || SAYS_BEFORE.test(content.slice(Math.max(0, a.start - 40), a.start))) {
      out.push({ start: a.start, end: a.end, actor_id: a.actor_id });
    }
  }
  // A transcript's speaker labels ("SPOKESPERSON: ...") attribute their paragraphs (transcripts.ts).
  const labels = labelledSpeakers(content, paras, actors);
  return labels.length ? [...out, ...labels].sort((x, y) => x.start - y.start) : out;
}

/**
 * Tokens that belong to date expressions, and the anchor clause of a relative one ("one day after
 * Iran fired missiles", "two days after Tehran said it attacked"): that happening is stated
 * elsewhere, here it only dates another. `dates` are the sentence's, sorted.
 */
export function anchorTokens(tokens: Token[], dates: DateMention[]): Set<number> {
  const blocked = new Set<number>();
  // Most sentences hold no date; an index loop, not an iterator and a pair per token, where one does.
  if (dates.length === 0) return blocked;
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (d < dates.length && (dates[d]?.end ?? 0) <= t.start) d++;
    const date = dates[d];
    if (!date || date.start >= t.end) continue;
    blocked.add(i);
    if (!/\b(?:after|before|since)$/i.test(date.text) || t.end !== date.end) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
      const w = tokens[k]?.word ?? '';
      if (w === ',' || isClauseBreak(tokens[k])) break;
      blocked.add(k);
    }
  }
  return blocked;
}

/** How many date-only lines make a text a timeline ("16 April 2013", then what happened that day). */
const TIMELINE_HEADINGS = 2;

/** How long a section heading that ends in its date may be, in characters. */
const SECTION_HEADING_CHARS = 120;

/**
 * Whether a line is a section's heading that closes with its date: "2. Saravan: clash (Tuesday
 * 18 November)", "Quetta protest – 22 November 2025". A short line, not a sentence (no full stop
 * before the date), whose one date stands last, in brackets or after a colon or dash.
 */
function isSectionHeading(content: string, line: Span, date: DateMention): boolean {
  if (line.end - line.start > SECTION_HEADING_CHARS) return false;
  const before = content.slice(line.start, date.start);
  const after = content.slice(date.end, line.end);
  return /^\)?\s*$/.test(after) && (after.includes(')') ? /\(\s*$/.test(before) : /[:–—-]\s*$/.test(before))
    && !/[.!?]["”’]?\s/.test(before.replace(/^\s*\d+\.\s/, ''));
}

/**
 * A timeline's date headings: lines that hold nothing but one date ("22 January 2024",
 * "16-18 January 2024"), or a section's heading that closes with its date (isSectionHeading).
 * Each governs the paragraphs after it until the next one, as a paragraph's own anchor does.
 * One such line alone is a dateline or a caption's date, not a heading, so a text needs at
 * least two. Returns, per paragraph index, the heading date that governs it (null where none
 * does). `dates` are sorted by start.
 */
export function headingDates(content: string, paras: Span[], dates: DateMention[]): Array<DateMention | null> {
  const headings: Array<DateMention | null> = paras.map((p) => {
    const inside = within(dates, p.start, p.end);
    if (inside.length !== 1) return null;
    const [date] = inside;
    if (!/^\d{4}/.test(date!.value)) return null;
    const rest = content.slice(p.start, date!.start) + content.slice(date!.end, p.end);
    return /^[\s.:,–—-]*$/.test(rest) || isSectionHeading(content, p, date!) ? date! : null;
  });
  if (headings.filter(Boolean).length < TIMELINE_HEADINGS) return paras.map(() => null);
  let current: DateMention | null = null;
  return headings.map((h) => (current = h ?? current));
}
