// Dating: the date expression that governs the trigger in its sentence (the nearest one in its
// clause, else in the sentence), else the discourse's: the paragraph's last anchor before the
// sentence. The publication date is never a fallback: an event with no anchor stays undated.
// A happening that precedes the anchor ("after Iran launched", "following its attacks") or
// answers an earlier one from the discourse ("in turn, Pakistan retaliated") keeps only the
// anchor's month, as the text gives no more. A news report's lead day dates the reactions it
// reports without a date of their own (leadDay).
import type { DateMention, Span } from '../../model.js';
import { boundsOf } from './bounds.js';
import { cues, cueSets } from './lexicon.js';
import { isClauseBreak } from './breaks.js';
import { findBefore, phraseIndex, type Token } from './tokens.js';
import { REACH, firstFrom, within } from './spans.js';

export interface Dating {
  date: string;
  basis: 'sentence' | 'paragraph' | 'narrative';
}

/**
 * The narrative's anchor: the month the text keeps returning to (named more often than any
 * other month, and not after publication). A sentence with no date of its own and no
 * anchor in its paragraph belongs to that story ("both sides recalled their ambassadors" in a
 * text about January 2024); the event keeps only the month.
 */
export interface Narrative {
  month: string;
  /** Where the text first names that month: sentences before it are not yet part of the story. */
  from: number;
}

export function narrativeMonth(dates: DateMention[], published: string | null): Narrative | null {
  const pubEnd = published ? boundsOf(published)?.[1] ?? null : null;
  const counts = new Map<string, number>();
  for (const d of dates) {
    if (!/^\d{4}-\d{2}/.test(d.value) || d.value.includes('/')) continue;
    const month = d.value.slice(0, 7);
    if (pubEnd && `${month}-01` > pubEnd) continue;
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || (next && top[1] <= next[1])) return null;
  const first = dates.find((d) => d.value.startsWith(top[0]));
  return { month: top[0], from: first?.start ?? 0 };
}

/**
 * A news report's lead: its first date within two days of publication (among its first few:
 * a photo caption may come first) names the day of the happening it reports ("Gunmen shot dead nine labourers ... on Saturday", published that day).
 * Later sentences with no date of their own and no anchor in their paragraph report that
 * day's reactions ("Iran's ambassador condemned what he called ..."). An analysis or a
 * history, whose first date lies further back, has no lead day.
 */
export interface Lead {
  day: string;
  /** The end of the lead date: only later triggers take the lead day. */
  from: number;
}

const LEAD_DAYS = 2;

/** How many of a text's first dates may precede its lead's (a photo caption's, a dateline's). */
const LEAD_SEARCH = 3;

export function leadDay(dates: DateMention[], published: string | null): Lead | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  for (const d of dates.slice(0, LEAD_SEARCH)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    const days = (Date.parse(published) - Date.parse(d.value)) / 86_400_000;
    if (days >= 0 && days <= LEAD_DAYS) return { day: d.value, from: d.end };
  }
  return null;
}

/** How many of a paragraph's last dates before a sentence may be passed over for its anchor. */
const ANCHOR_TRIES = 3;

/** "had not met since", "has never been used since": a negation, then "since", before a date. */
const NOT_SINCE = /\b(?:not|n't|never|no)\b[^,;.]{0,60}\bsince\s+$/i;
/**
 * "have gone back since the government launched its plan in late 2023": a date inside the clause
 * "since" opens dates that clause's happening, the start of a stretch that lasts to the present; it
 * sets no time for the sentences after it. ("suspended since 13 June 2025" opens the stretch the
 * paragraph tells of: that date anchors.)
 */
const SINCE_CLAUSE = /\bsince(?:\s+[^\s,;.]+){3,12}\s+$/i;

/**
 * The paragraph's anchor for a sentence starting at `offset`: its last date before the sentence,
 * past those of a negated "since" ("The commission, which had not met since 2023, was chaired by
 * ... The two ministers signed"): that date is when something last happened, not the time the
 * paragraph tells of. ("Airspace has been shut since Friday" still anchors: the stretch it opens
 * is the paragraph's.)
 */
export function paragraphAnchor(dates: DateMention[], content: string, offset: number, floor: number): DateMention | null {
  for (let i = firstFrom(dates, offset) - 1, tries = 0; i >= 0 && tries < ANCHOR_TRIES; i--, tries++) {
    const d = dates[i]!;
    if (d.start < floor) return null;
    const before = content.slice(Math.max(0, d.start - 80), d.start);
    if (!NOT_SINCE.test(before) && !SINCE_CLAUSE.test(before)) return d;
  }
  return null;
}

/** Month precision of an EDTF value ("2024-01-16" and "2024-01-15/2024-01-21" give "2024-01"). */
export function toMonth(value: string): string {
  const start = value.split('/')[0] ?? value;
  return /^\d{4}-\d{2}/.test(start) ? start.slice(0, 7) : start;
}

/** Char range of the trigger's clause (between clause-break tokens). */
function clauseRange(tokens: Token[], first: number, last: number): Span {
  let l = first;
  while (l > 0 && first - l < REACH && !breaksClause(tokens, l - 1)) l--;
  let r = last;
  while (r + 1 < tokens.length && r - last < REACH && !breaksClause(tokens, r + 1)) r++;
  return { start: tokens[l]?.start ?? 0, end: tokens[r]?.end ?? 0 };
}

// ", and" joins two clauses ("Iran was the first to recognise Pakistan in 1947, and Pakistan ...").
const breaksClause = (tokens: Token[], k: number): boolean => isClauseBreak(tokens[k])
  || (tokens[k]?.word === 'and' && tokens[k - 1]?.word === ',');

const SUBORDINATORS = new Set([...cueSets.before, 'until', 'ago']);
/** Subordinators after which the date still bounds the happening from below. */
const AFTER = new Set(['after', 'following']);

const DEADLINES = new Set(['until', 'till']);
/** Words before a date that make it a limit rather than when something was done ("by 2028", "before March"). */
const LIMITS = new Set([...DEADLINES, 'by', 'before']);
/** Spans before "after"/"before" that put a happening outside the month of the date it is measured from. */
const LONG_SPANS = new Set(['month', 'months', 'year', 'years', 'decade', 'decades']);
/** Relative pronouns that open a clause about something else than the trigger. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Tokens after a trigger within which a relative clause still describes the trigger ("attack on X, which"). */
const OWN_RELATIVE_REACH = 4;

const distance = (d: Span, t: Span): number => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);

export interface DatingInput {
  tokens: Token[];
  first: number;
  last: number;
  /** The sentence's date mentions, sorted by start. */
  sentenceDates: DateMention[];
  /** The paragraph's last date before the sentence, or null. */
  anchor: DateMention | null;
  narrative: Narrative | null;
  lead?: Lead | null;
  /** Whether the trigger reads as a reaction of the lead's day: a stated or done verbal act or security measure. */
  reactsToLead?: boolean;
  /** Whether the trigger is in the report's headline, which states the lead's happening before its date. */
  headline?: boolean;
  /** Whether the trigger commits someone to an act its infinitive names ("agreed to", "pledged to", "offered to"). */
  commits?: boolean;
  /**
   * For a reaction to a happening ("condemned the attack"), the token indices of the sentence's
   * nominal happenings: a date after one of them, past the trigger, is that happening's.
   */
  objectHappenings?: number[];
}

// The tests dateOf applies to a date, as module functions: under tsx (which keeps function names)
// a closure made per trigger costs a property definition each time.

/** Whether only punctuation follows the date `d` (whose first token is `at`) in its sentence. */
function closesSentence(tokens: Token[], at: number, d: DateMention): boolean {
  for (let k = at; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start >= d.end && !t.punct) return false;
  }
  return true;
}

// "retaliated after Iran's strike on 16 January", "an attack ... since the war in 1988": a date
// behind a temporal subordinator dates something else.
function subordinatorBefore(tokens: Token[], last: number, d: DateMention): string | null {
  // "... shake hands after the signing ceremony in Islamabad, 8 December 2025.": a date set off by a
  // comma at the sentence's end dates the whole sentence, as a caption's date does.
  const at = firstFrom(tokens, d.start);
  if (tokens[at - 1]?.word === ',' && closesSentence(tokens, at, d)) return null;
  for (let k = last + 1; k < tokens.length && k - last <= REACH && (tokens[k]?.end ?? Infinity) <= d.start; k++) {
    if (SUBORDINATORS.has(tokens[k]?.word ?? '')) return tokens[k]?.word ?? null;
  }
  return null;
}

// "gave Pakistan until September 2024 to complete": a deadline dates nothing that happened.
function deadline(tokens: Token[], d: DateMention): boolean {
  const k = firstFrom(tokens, d.start) - 1;
  return DEADLINES.has(tokens[k]?.word ?? '');
}

const FUTURE = phraseIndex(cues.future);

// "the two countries announced that their ambassadors would return by 26 January", "after phone
// calls, ... X will visit Islamabad on 29 January": a date behind a future modal that follows the
// trigger dates the act still to come, not the statement or the talks before it.
function futureBetween(tokens: Token[], last: number, d: DateMention): boolean {
  const at = firstFrom(tokens, d.start);
  return at > last + 1 && findBefore(tokens, last + 1, at, FUTURE) >= 0;
}

/** How many words may stand between a commitment and the "to" of its infinitive ("agreed not to", "decided on 5 March 2024 to"). */
const TO_REACH = 6;

// "Pakistan has agreed to reopen the crossing next week", "agreed to raise trade from $3bn last
// year to $10bn by 2028": a date inside the infinitive a commitment takes dates what is promised,
// not the commitment ("agreed on Monday to reopen": a date before the infinitive still dates it).
// ("agreed to release them on Friday, the ministry said on Wednesday": past a comma, the date is not the infinitive's.)
export function inPromisedAct(tokens: Token[], last: number, d: DateMention): boolean {
  const at = firstFrom(tokens, d.start);
  let to = -1;
  for (let k = last + 1; k < at && k - last <= TO_REACH && to < 0; k++) {
    if (tokens[k]?.punct) return false;
    if (tokens[k]?.word === 'to') to = k;
  }
  if (to < 0 || at - to > REACH) return false;
  for (let k = to + 1; k < at; k++) if (tokens[k]?.punct || isClauseBreak(tokens[k])) return false;
  return true;
}

// "asked Tehran to remove barriers on rice and kinnow, which he said had cut exports between July
// and August": a date inside a relative clause well after the trigger dates that clause's
// happening, not the trigger's. One right after it ("the aggression against Iran, which began on
// 13 June") is about the trigger itself.
function inRelativeAfter(tokens: Token[], last: number, trigger: Span, d: DateMention): boolean {
  if (d.start < trigger.end) return false;
  for (let k = last + 1; k < tokens.length && (tokens[k]?.end ?? Infinity) <= d.start; k++) {
    if (k - last > OWN_RELATIVE_REACH && RELATIVES.has(tokens[k]?.word ?? '')) return true;
  }
  return false;
}

/** How far (in characters) from its trigger a date may govern it. */
const GOVERNING_REACH = 400;

/**
 * Words that open a relative clause after a comma ("the market, which ..."). An apposition ("the
 * market, the second of six ...") reads like a main clause after an introductory phrase ("In 1965,
 * when war broke out, the Shah sent ..."), so only a relative pronoun opens one.
 */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that']);
/** How many tokens a relative clause may hold on either side of its trigger. */
const RELATIVE_CLAUSE_REACH = 20;

/**
 * "The market, which the two governments agreed to build, began trading on Tuesday", "The
 * minister, who had agreed to visit, said on Tuesday": a trigger in a relative clause set off by
 * commas after a noun tells of that noun in passing; the main clause's dates are not its own, nor
 * is the discourse's. The clause's span, or null. (After a date, "On Tuesday, which was a holiday,"
 * the clause is about the date.)
 */
function relativeClauseAround(tokens: Token[], first: number, last: number, dates: DateMention[]): Span | null {
  let open = -1;
  for (let k = first - 1; k >= 0 && first - k <= RELATIVE_CLAUSE_REACH && open < 0; k--) {
    if (tokens[k]?.word === ',') open = k;
    else if (tokens[k]?.punct) return null;
  }
  const before = tokens[open - 1];
  if (open < 1 || !before || before.punct || !RELATIVE_OPENERS.has(tokens[open + 1]?.word ?? '')) return null;
  if (within(dates, before.start - GOVERNING_REACH, before.end).some((d) => d.end >= before.end)) return null;
  for (let k = last + 1; k < tokens.length && k - last <= RELATIVE_CLAUSE_REACH; k++) {
    if (tokens[k]?.word === ',') return { start: tokens[open]?.end ?? 0, end: tokens[k]?.start ?? 0 };
    if (tokens[k]?.punct) return null;
  }
  return null;
}

/** How many words may stand between a participle opening an aside and the date it holds (", signed in 1960,"). */
const ASIDE_WORDS = 4;

/**
 * "It suspended the Indus Waters Treaty, signed in 1960, and closed ...": a date in a participle
 * set off by a comma dates the participle's happening (the signing), not a trigger outside it.
 */
function participleAside(tokens: Token[], d: DateMention, trigger: Span): boolean {
  const at = firstFrom(tokens, d.start);
  for (let k = at - 1; k >= 0 && at - k <= ASIDE_WORDS + 1; k--) {
    if (tokens[k]?.word !== ',') continue;
    const participle = tokens[k + 1];
    if (!participle || !/[a-z]ed$/.test(participle.word) || k + 1 >= at) return false;
    // The trigger stands before the comma, or after the aside's closing comma.
    if (trigger.end <= (tokens[k]?.start ?? 0)) return true;
    for (let j = at; j < tokens.length && j - at <= ASIDE_WORDS; j++) if (tokens[j]?.word === ',') return trigger.start >= (tokens[j]?.end ?? Infinity);
    return false;
  }
  return false;
}

/** Prepositions that give where a happening took place ("the attack near Mashkel"). */
const PLACE_PREPOSITIONS = new Set(['near', 'in', 'at', 'outside', 'along', 'inside']);

/** Whether a place phrase stands between the nominal at `k` and the date `d` (not the date's own "in"). */
function placeBetween(tokens: Token[], k: number, d: DateMention): boolean {
  for (let j = k + 1; j < tokens.length && j - k <= REACH && (tokens[j + 1]?.end ?? Infinity) <= d.start; j++) {
    if (PLACE_PREPOSITIONS.has(tokens[j]?.word ?? '')) return true;
  }
  return false;
}

/** The index of the first token after the date `d` and before the trigger at `first`, within REACH of the trigger. */
function afterDate(tokens: Token[], d: DateMention, first: number): number {
  let k = first;
  while (k > 0 && first - (k - 1) <= REACH && (tokens[k - 1]?.start ?? -1) >= d.end) k--;
  return k;
}

/** Whether "and" stands between the date `d` and the trigger at `first`. */
function andBetween(tokens: Token[], d: DateMention, first: number): boolean {
  for (let k = afterDate(tokens, d, first); k < first; k++) if (tokens[k]?.word === 'and') return true;
  return false;
}

function closest(dates: DateMention[], trigger: Span): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) if (!best || distance(d, trigger) < distance(best, trigger)) best = d;
  return best;
}

/** The sentence's date `chosen` for the trigger at `first`. */
function sentenceDating(tokens: Token[], first: number, chosen: DateMention): Dating | null {
  // "on 19 January 2024 after Iran launched an airstrike": the strike only precedes the date.
  let precedes = false;
  for (let k = afterDate(tokens, chosen, first); k < first; k++) {
    if (!cueSets.before.has(tokens[k]?.word ?? '')) continue;
    // "on Sunday, eighteen months after the neighbours traded strikes": months or years away, the date is not its month.
    if (LONG_SPANS.has(tokens[k - 1]?.word ?? '')) return null;
    precedes = true;
  }
  return { date: precedes ? toMonth(chosen.value) : chosen.value, basis: 'sentence' };
}

export function dateOf(input: DatingInput): Dating | null {
  const { tokens, first, last } = input;
  const trigger: Span = { start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 };
  const relative = relativeClauseAround(tokens, first, last, input.sentenceDates);
  const near = within(input.sentenceDates, relative?.start ?? trigger.start - GOVERNING_REACH, relative?.end ?? trigger.end + GOVERNING_REACH)
    .filter((d) => boundsOf(d.value));
  const inSentence = near.filter((d) => !futureBetween(tokens, last, d) && !(input.commits && inPromisedAct(tokens, last, d)));
  const clause = clauseRange(tokens, first, last);
  const inClause = inSentence.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const candidates = inClause.length ? inClause : inSentence.filter((d) => !inRelativeAfter(tokens, last, trigger, d));
  const usable = candidates.filter((d) => subordinatorBefore(tokens, last, d) === null && !deadline(tokens, d) && !participleAside(tokens, d, trigger));
  // "The ministers condemned the attack near Mashkel on 9 November": a date after the place of the
  // happening the reaction takes as object is that happening's; the condemnation takes the discourse's
  // date, or that one only when nothing else dates it. ("condemned the attack on Sunday", with no place
  // between, is as likely the condemnation's day.)
  const objects = input.objectHappenings ?? [];
  const heldByObject = (d: DateMention): boolean => objects.some((k) => k > last && (tokens[k]?.end ?? Infinity) <= d.start
    && placeBetween(tokens, k, d));
  const unheld = objects.length ? usable.filter((d) => !heldByObject(d)) : usable;
  // "closed the border in March 2020 and reopened it in June 2020": a date before the "and" that joins
  // the trigger's verb is the first verb's, when the trigger has a date of its own after it.
  // (Not a deadline or target: "set a target of raising trade to $10 billion by 2028".)
  const ownAfter = unheld.some((d) => d.start >= trigger.end && !LIMITS.has(tokens[firstFrom(tokens, d.start) - 1]?.word ?? ''));
  const pool = ownAfter ? unheld.filter((d) => !(d.end <= trigger.start && andBetween(tokens, d, first))) : unheld;
  const best = closest(pool, trigger);
  if (best) return sentenceDating(tokens, first, best);
  // A relative clause with no date of its own tells of something done some other time.
  if (relative) return null;
  // "the first country to recognise Pakistan after its independence in 1947": the happening came
  // after that date, in its month (or year) as far as the text tells.
  const after = inClause.find((d) => AFTER.has(subordinatorBefore(tokens, last, d) ?? ''));
  if (after) return { date: toMonth(after.value), basis: 'sentence' };
  if (input.anchor && boundsOf(input.anchor.value)) return { date: input.anchor.value, basis: 'paragraph' };
  if (input.lead && input.reactsToLead && (input.lead.from <= trigger.start || input.headline)) return { date: input.lead.day, basis: 'paragraph' };
  const held = closest(usable, trigger);
  if (held) return sentenceDating(tokens, first, held);
  // With no other anchor, a statement of what will happen "on 5 May" was made by then: its month, as for a future act.
  const ahead = near.find((d) => !inSentence.includes(d));
  if (ahead) return { date: toMonth(ahead.value), basis: 'sentence' };
  const { narrative } = input;
  return narrative && narrative.from < trigger.start ? { date: narrative.month, basis: 'narrative' } : null;
}
