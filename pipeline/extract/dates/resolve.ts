// Resolution in text order: each candidate is read against the document time, the clause's tense
// and the explicit dates before it (the narrative anchors).
import { addDays, format, mondayOfIsoWeek, parseDct, type CalendarPoint } from './calendar.js';
import { SENTENCE_BREAK, narrativeAnchor, narrativeYear, scopeReader, setsNarrativeYear, timelineDate, type PlacedAnchor, type Scope } from './discourse.js';
import { lexicon } from './lexicon.js';
import type { Anchor, Candidate, Precision, Reading, ResolveContext } from './types.js';

export interface Resolved {
  candidate: Candidate;
  reading: Reading;
}

const rank: Record<Precision, number> = { year: 0, quarter: 1, month: 2, day: 3 };
// How far back (in characters, two or three news paragraphs) a weekday still dates what counts from
// it ("on Saturday ... A day later"): an article's opening "announced on Monday" does not date a
// "two days after" told pages later.
const WEEKDAY_REACH = 800;
// A date after a determiner modifies a noun ("for the 2026 Nobel Peace Prize"): it does not date the clause.
const NOUN_MODIFIER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|this|that)\s+$/iu;
// Future markers in the clause before the expression ("will visit Pakistan on 29 January", "is due in
// Islamabad on Monday"). A plan after a determiner is a noun ("announced the plan Aug. 21"); "expected"
// after "than" an adjective ("lower-than-expected earnings").
const FUTURE = /(?:^|[^\p{L}])(?:will|would|won['’]t|['’]ll|shall|going\s+to|(?<!(?:the|a|an|its|his|her|their|this|that)\s)plans?|planned|planning|(?<!than[\s-])expected|scheduled|slated|due\s+to|(?:is|are)\s+due|set\s+to|to\s+be\s+held|as\s+(?:soon|early)\s+as)(?:[^\p{L}]|$)/iu;
// A scheduled happening told in the present, the clause's verb before the expression: "the ministers
// meet Monday", "talks resume on 3 December", "the envoy is travelling to Tehran on Sunday". News writes
// the planned future so (TIMEX3 dates the expression by the happening it times). Not after a determiner
// or a possessive (a noun: "the meets", "Iran's heads"), nor after "did" or "not" ("did not meet
// Monday"), nor after "to" (an infinitive: INFINITIVE_BEFORE); not when a past verb stands between
// ("the envoys who meet monthly agreed on Monday").
const SCHEDULED_PRESENT = new RegExp(
  `(?:^|[^\\p{L}])(?<!(?:the|a|an|his|her|its|their|our|this|that|these|those|['’]s|did|didn['’]t|not|never|could|couldn['’]t|to)\\s)` +
    `(?:(?:${lexicon.scheduledSimple})|(?:is|are|['’]re)\\s+(?:\\p{L}+ly\\s+)?(?:${lexicon.scheduledProgressive}))` +
    `(?:\\s+(?!\\p{L}+ed(?![\\p{L}])|(?:was|were|had|did|said|told|met|left|held|began|came|went|took|made|flew)(?![\\p{L}]))[^\\s.;!?]+){0,6}\\s*$`,
  'iu',
);
// A modal of the future in the clause before a date: "supply would be cut from March 1".
// A date told of a report after the happening it reports, in one sentence ("seized the boat on Thursday,
// the agency said on Sunday"): the narrative goes on from the happening, not from the report.
const REPORT_BEFORE = /(?<![\p{L}])(?:said|told(?:\s+[\p{L}'’-]+){1,4}|announced|confirmed|added|stated|reported)\s+(?:on\s+)?$/u;
const MODAL_BEFORE = /(?:^|[^\p{L}])(?:will|would|shall|won['’]t|['’]ll)(?:[^\p{L}]|$)/iu;
// A future marker in the past perfect is a plan that has passed: "it had been due to expire Friday",
// "the talks had been scheduled for Monday".
const PAST_PERFECT = /(?:^|[^\p{L}])had\s+(?:been\s+)?(?:due|scheduled|expected|set|planned|planning|going|supposed)(?:[^\p{L}]|$)/iu;
// An infinitive right before the expression ("is to resume trading in Paris Tuesday"); the verb is
// lower case ("the ambassador to Venezuela said on Tuesday" is no infinitive).
const INFINITIVE_BEFORE = /(?:^|[^\p{L}])to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|be)\s)\p{Ll}+(?:\s+\p{L}+){0,3}\s+(?:on\s+)?$/u;
// A simple-past form: a regular one ("closed") or an irregular one of the lexicon ("held").
const REGULAR_PAST = `\\p{Ll}{2,}ed`;
const PAST_FORM = `(?:${REGULAR_PAST}|${lexicon.pastVerbs})`;
// A past verb and its object before "to" make "to" a preposition: "closed the crossing to pedestrian and
// cargo traffic on Sunday" (a verb of asking or planning there is a plan: see PLAN_INFINITIVE).
const PAST_VERB_OBJECT_TO = new RegExp(
  `(?<![\\p{L}])${PAST_FORM}\\s+(?:[\\p{L}'’-]+\\s+){1,6}(?<!(?:is|are|was|were|be|been)\\s+)to\\s+\\p{Ll}+(?:\\s+\\p{L}+){0,3}\\s+(?:on\\s+)?$`,
  'u',
);
// After a past verb whose infinitive happens with it ("declined to comment on Tuesday", "refused to meet
// Monday"), the infinitive is no plan: the date is the past verb's.
const IMPLICATIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${lexicon.implicativeVerbs})\\s+to\\s+\\p{Ll}+(?:\\s+\\p{L}+){0,3}\\s+(?:on\\s+)?$`,
  'iu',
);
// A date at the end of an infinitive after a verb of inviting or planning is the plan's, however long
// the infinitive ("invited his counterpart to attend a regional security conference in Tehran in
// February"): INFINITIVE_BEFORE reaches three words. Not in the past perfect ("had invited him to
// attend a conference in November" tells a plan before the narrative), nor when a past verb or
// participle stands between ("asked Iran to hand over the men arrested in December" dates the arrest).
// A plan verb, up to four words, "to" and the infinitive's verb and words up to the expression.
const PLAN_VERB_INFINITIVE = `(?:${lexicon.planVerbs})(?:\\s+(?!to\\s)[\\p{L}'’.-]+){0,4}\\s+to\\s+` +
  `(?!(?:the|a|an|his|her|its|their|this|that|these|those|be)\\s)\\p{Ll}+` +
  `(?:\\s+(?!\\p{L}+ed(?![\\p{L}])|(?:${lexicon.pastVerbs})(?![\\p{L}]))[\\p{L}'’-]+){1,12}\\s+$`;
const PLAN_INFINITIVE = new RegExp(`(?:^|[^\\p{L}])(?<!had\\s+(?:\\p{L}+ly\\s+)?)${PLAN_VERB_INFINITIVE}`, 'u');
// A weekday after such an infinitive more often dates the report: "the two sides agreed to expand
// trade on Tuesday" tells what was agreed on Tuesday.
const WEEKDAY_AT = new RegExp(`^(?:${lexicon.weekdayNames})(?![\\p{L}])`, 'iu');
// Unless the sentence has dated the report already: "The ministry said on Tuesday that both sides
// had agreed to convene the commission in Quetta on Thursday" (Thursday is the meeting's day).
const DATED_PLAN_INFINITIVE = new RegExp(
  `(?:^|[^\\p{L}])(?:${lexicon.weekdayNames}|yesterday|today)(?![\\p{L}])[^.!?;]{0,80}?(?<![\\p{L}])${PLAN_VERB_INFINITIVE}`,
  'iu',
);
// The clause the expression stands in: a cue behind a comma belongs to another clause
// ("they would appeal the decision, announced Wednesday").
const OPEN_BRACKET_END = /\s*\(\s*$/u;
// A full stop after an initial or a title ("Daniel P. Davison", "Mr. Antar") does not end the sentence.
// The test of what stands before the mark comes after the mark: the engine tries it only at a
// mark, not at every character (test/dates/clauses.test.ts compares it with the plain reading).
export const SENTENCE_END = /[.!?\n](?<!(?:(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))[.!?\n])\s+(?=[^.!?\n]*$)/u;
// Words right before the expression that point ahead ("payable Jan. 2", "effective June 1", "until March",
// "extended through January", "from now to Christmas"). "through" after a period ends a range and
// takes the clause's tense ("sales this year through August", "the nine months through September").
const FUTURE_BEFORE = /(?:^|[^\p{L}])(?:effective|payable|until|till|starting|beginning|(?<!(?:year|years|month|months|quarter|week|\d+)\s+)through|from\s+now\s+(?:to|on))\s+(?:on\s+|early\s+|mid-?|late\s+)?$/iu;

// "by" right before a month or a day makes it a deadline, ahead of the document date ("will double its
// flights by August", "to pay down the loan by February"); a weekday after "by" is left to the tense
// ("reports filed by Wednesday").
const BY_DATE = 'by\\s+(?:the\\s+end\\s+of\\s+|early\\s+|mid-?|late\\s+)?$';
const DEADLINE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${BY_DATE}`, 'iu');
// A past-tense verb right after the expression overrules a future cue before it: "a service planned
// for Saturday was canceled", "Until Thursday, they had not called him a suspect".
// A past auxiliary in the clause before a "by" date: what was done by then ("had repaid the loan by March",
// "was completed by May"); "was to" and "was due" still look ahead.
const PAST_BEFORE = /(?:^|[^\p{L}])(?:had|was|were)\s+(?!to\s|going\s|due\s|scheduled\s|expected\s|set\s|supposed\s)/iu;
// Not past when the past verb is in a clause of its own ("would be cut from March 1 unless it was paid").
const PAST_AFTER =
  /^(?:['’]s)?(?:(?!(?<![\p{L}])(?:unless|if|when|because|until|although|though|while)(?![\p{L}]))[^.;!?\n]){0,24}?(?<![\p{L}])(?:was|were|had)\s+(?!to\s|going\s|due\s|scheduled\s|expected\s|set\s|planning\s|preparing\s|hoping\s|about\s+to\s)/u;

// A sentence that opens with the date and goes on in the future: "On Tuesday, the league plans to
// hold a news conference". A reporting verb in between makes it reported speech ("On Tuesday, he
// said he will go": said on Tuesday).
const SENTENCE_OPENING = /(?:^|[.!?]['"’”]?\s+|\n\s*)(?:(?:on|in|by|until|from)\s+)?$/iu;
const FUTURE_AFTER = /^(?:['’]s)?[^.;!?\n]{0,80}?(?<![\p{L}])(?:will|plans?\s+to|(?:is|are)\s+(?:expected|scheduled|due|set)\s+to)(?![\p{L}])/iu;
const REPORTING = /(?<![\p{L}])(?:said|says|told|announced|reported|added)(?![\p{L}])/iu;
// A sentence that opens with the date and goes on with a scheduled happening told in the present:
// "On Monday, the ministers meet in Tehran", "On 3 December talks resume" (as "the ministers meet
// Monday" does after it: see SCHEDULED_PRESENT). The subject is a few words, none a relative pronoun
// ("On Monday, the man who heads the team was arrested"); the verb is not a noun after a determiner
// ("On Monday, the heads of state met").
const SCHEDULED_AFTER = new RegExp(
  `^(?:['’]s)?\\s*,?\\s+(?:(?!(?:who|which|that)\\s)[\\p{L}'’.-]+\\s+){1,5}?` +
    `(?<!(?:the|a|an|his|her|its|their|our|this|these|those|['’]s)\\s)` +
    `(?:${lexicon.scheduledSimple}|(?:is|are)\\s+(?:\\p{L}+ly\\s+)?(?:${lexicon.scheduledProgressive}))(?![\\p{L}])`,
  'iu',
);

// A finite past verb in the clause: a regular one not after a determiner or an auxiliary ("the
// planned talks", "will be closed" are no past), or an irregular one.
const PAST_VERB = new RegExp(
  `(?<![\\p{L}])(?:(?<!(?<![\\p{L}])(?:the|a|an|its|his|her|their|this|that|be|been|being|is|are|will|would|to)\\s+)${REGULAR_PAST}|${lexicon.pastVerbs})(?![\\p{L}])`,
  'gu',
);

// Where the verb phrase the expression belongs to may begin: a complementizer, a relative pronoun, an
// infinitive, a modal, "for" ("was planned for early March": the plan's date, not the past's).
const VERB_PHRASE_START = /(?<![\p{L}])(?:that|which|who|for|will|would|can|could|may|might|must|should|to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\s)\p{Ll}+)(?![\p{L}])/gu;

/** Whether a finite past verb stands in the last verb phrase of `clause` (see PAST_VERB). */
function endsInPastVerbPhrase(clause: string): boolean {
  let from = 0;
  for (const m of clause.matchAll(VERB_PHRASE_START)) from = m.index + m[0].length;
  PAST_VERB.lastIndex = from;
  return PAST_VERB.test(clause);
}

/** Whether the clause around a date tells of it as still ahead ("would be completed by June 2026"). */
export const toldAhead = (text: string, start: number, end: number): boolean => tenseAround(text, start, end) === 'future';

function tenseAround(text: string, start: number, end: number): 'past' | 'future' {
  const after = text.slice(end, end + 90);
  if (tenseBefore(text, start) === 'future') return PAST_AFTER.test(after) ? 'past' : 'future';
  if (!SENTENCE_OPENING.test(text.slice(Math.max(0, start - 12), start))) return 'past';
  const future = FUTURE_AFTER.exec(after) ?? SCHEDULED_AFTER.exec(after);
  return future && !REPORTING.test(after.slice(0, future.index + future[0].length)) ? 'future' : 'past';
}

const CLAUSE_REACH = 100;
/** The clause before the expression, from its sentence's or clause's start (at most CLAUSE_REACH characters back). */
function clauseBefore(text: string, start: number): string {
  // A candidate's clause is asked for up to five times (its tense, a deadline, a past verb, an
  // anchor ahead): the last answer is remembered.
  if (start === lastClauseOf.start && text === lastClauseOf.text) return lastClauseOf.clause;
  // A date in brackets restates the clause before them: "will leave at 4 in the morning (4 a.m. Thursday)".
  const clause = lastClause(sentenceBefore(text, start, CLAUSE_REACH).replace(OPEN_BRACKET_END, ''));
  lastClauseOf = { text, start, clause };
  return clause;
}
let lastClauseOf: { text: string | null; start: number; clause: string } = { text: null, start: -1, clause: '' };

/** The text before `start` in its sentence, at most `reach` characters back. */
function sentenceBefore(text: string, start: number, reach: number): string {
  const left = text.slice(Math.max(0, start - reach), start);
  const end = SENTENCE_END.exec(left);
  return end ? left.slice(end.index + end[0].length) : left;
}

/** What follows the last clause break (a comma, semicolon, colon, bracket or em dash) in `left`. */
export function lastClause(left: string): string {
  for (let i = left.length - 1; i >= 0; i--) {
    const c = left.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014) return left.slice(i + 1);
  }
  return left;
}

/**
 * Whether "by" before a month or a day sets a deadline: not when the clause tells what was done by
 * then ("had repaid the loan by March", "by March the tankers were back").
 */
function isDeadline(text: string, start: number, end: number): boolean {
  if (!DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  return !PAST_BEFORE.test(clauseBefore(text, start)) && !PAST_AFTER.test(text.slice(end, end + 90)) && !opensPastSentence(text, start, end);
}

// "By the end of June, the agency owed Tavanir Rs 36 billion": a sentence that opens with the "by"
// date and goes on in the past tells what stood by then. A reporting verb is not that verb ("By
// March, officials said, the line will be ready"), and a future cue first keeps the deadline.
const OPENING_BY = new RegExp(`(?:^|[.!?]['"’”]?\\s+|\\n\\s*)${BY_DATE}`, 'iu');
function opensPastSentence(text: string, start: number, end: number): boolean {
  if (!OPENING_BY.test(text.slice(Math.max(0, start - 24), start))) return false;
  const after = text.slice(end, end + 90);
  const stop = after.search(/[.!?;]/u);
  const clause = stop >= 0 ? after.slice(0, stop) : after;
  for (const verb of clause.matchAll(PAST_VERB)) {
    if (FUTURE.test(clause.slice(0, verb.index))) return false;
    if (!REPORTING.test(verb[0])) return true;
  }
  return false;
}

/** Whether the expression ends an infinitive after a verb of inviting or planning, in its sentence and clause. */
function endsPlanInfinitive(text: string, start: number): boolean {
  // Further back than clauseBefore: the infinitive may be long.
  if (WEEKDAY_AT.test(text.slice(start, start + 12))) return DATED_PLAN_INFINITIVE.test(sentenceBefore(text, start, 200));
  return PLAN_INFINITIVE.test(lastClause(sentenceBefore(text, start, 160)));
}

function tenseBefore(text: string, start: number): 'past' | 'future' {
  const left = clauseBefore(text, start);
  if (PAST_PERFECT.test(left)) return 'past';
  const plannedInfinitive = INFINITIVE_BEFORE.test(left) && !IMPLICATIVE_BEFORE.test(left) && !PAST_VERB_OBJECT_TO.test(left);
  return FUTURE.test(left) || plannedInfinitive || FUTURE_BEFORE.test(left) || SCHEDULED_PRESENT.test(left) || endsPlanInfinitive(text, start) ? 'future' : 'past';
}

/** The resolver's state a candidate's context reads. */
interface ResolverState {
  text: string;
  anchors: Array<{ anchor: Anchor; start: number; ahead?: boolean }>;
  placed: PlacedAnchor[];
  namedYearBefore: (calendar: 'solar' | 'fiscal', start: number) => number | null;
}

/**
 * What a rule reads to resolve its candidate. A class: an object literal with getters is built
 * getter by getter at every candidate (about 3 µs each, a fifth of the resolver), a class instance
 * in a few fields. The tense and the narrative year are read only for the few rules that ask (a
 * weekday or month without a year). Nothing the getters read changes while the rule resolves.
 */
class CandidateContext implements ResolveContext {
  /** Set when the narrative year was read and given to the rule. */
  yearFromNarrative = false;

  constructor(
    private readonly state: ResolverState,
    private readonly candidate: Candidate,
    private readonly scope: Scope,
    private readonly lastWeekNamed: { first: CalendarPoint; start: number } | null,
    readonly dct: CalendarPoint | null,
    readonly anchor: ResolveContext['anchor'],
    public quarter: Anchor | null,
    readonly clauseDate: Anchor | null,
    readonly lastFiscalYear: number | null,
  ) {}

  get lastWeek(): CalendarPoint | null {
    const { anchors } = this.state;
    const lastWeek = this.lastWeekNamed;
    const lastDay = anchors[anchors.length - 1];
    return lastWeek && !(lastDay && lastDay.start > lastWeek.start && lastDay.anchor.precision === 'day') ? lastWeek.first : null;
  }

  get dayBeforeBackground(): Anchor | null {
    const { anchors, text } = this.state;
    const last = anchors[anchors.length - 1];
    for (let i = anchors.length - 1; last && i >= 0 && i >= anchors.length - 10; i--) {
      const a = anchors[i]!;
      if (a.anchor.precision !== 'day') continue;
      if (a.anchor.relative && this.candidate.start - a.start > WEEKDAY_REACH) return null;
      return i === anchors.length - 1 || SENTENCE_BREAK.test(text.slice(a.start, last.start)) ? null : a.anchor;
    }
    return null;
  }

  get solarYear(): number | null { return this.state.namedYearBefore('solar', this.candidate.start); }
  get fiscalYear(): number | null { return this.state.namedYearBefore('fiscal', this.candidate.start); }
  get timelineDate(): Anchor | null { return timelineDate(this.state.placed, this.scope); }

  get narrativeYear(): number | null {
    const { dct } = this;
    const year = narrativeYear(this.state.placed, this.scope.start, dct?.year ?? null, this.state.text, this.candidate.start);
    // A clause in the future tense is ahead of the document date, whatever past year the paragraph
    // told of; under a timeline's dated heading it is ahead of that day instead.
    if (year === null || (dct && year < dct.year && !this.deadline && this.tense === 'future' && !this.timelineDate)) return null;
    this.yearFromNarrative = true;
    return year;
  }

  get tense(): 'past' | 'future' { return tenseAround(this.state.text, this.candidate.start, this.candidate.end); }
  get pastVerb(): boolean { return endsInPastVerbPhrase(clauseBefore(this.state.text, this.candidate.start)); }
  get deadline(): boolean { return isDeadline(this.state.text, this.candidate.start, this.candidate.end); }
}

export function resolveAll(text: string, candidates: Candidate[], dctValue: string | null): Resolved[] {
  const dct = parseDct(dctValue);
  // `ahead`: a day still ahead in its clause ("warned that supply would be cut from March 1"): no
  // happening of the narrative, it anchors only what is ahead too ("Two days later, they will sign").
  const anchors: Array<{ anchor: Anchor; start: number; ahead?: boolean }> = [];
  let current: Candidate | null = null; // the candidate being resolved
  let currentAhead: boolean | null = null; // the tense of `current`, read when first needed
  const placed: PlacedAnchor[] = [];
  const scopeOf = scopeReader(text);
  let quarter: Anchor | null = null;
  // The seven days named last, and where: a day anchored after them takes over (see ResolveContext.lastWeek).
  let lastWeek: { first: CalendarPoint; start: number } | null = null;
  let lastFiscalYear: number | null = null;
  // The year of another reckoning named last (a Solar Hijri or a fiscal year): "the previous year" in
  // its sentence counts in that reckoning. The expression's first letter counts in finding the sentence
  // break ("... in FY2021-22. The previous year" is another sentence).
  let namedYear: { calendar: 'solar' | 'fiscal'; year: number; end: number } | null = null;
  const namedYearBefore = (calendar: 'solar' | 'fiscal', start: number): number | null =>
    namedYear?.calendar === calendar && !SENTENCE_BREAK.test(text.slice(namedYear.end, start + 1)) ? namedYear.year : null;
  const anchor = (precision: Precision, relative = false): Anchor | null => {
    for (let i = anchors.length - 1; i >= 0 && i >= anchors.length - 50; i--) {
      const placedAnchor = anchors[i];
      const a = placedAnchor?.anchor;
      if (!a || rank[a.precision] < rank[precision]) continue;
      if (placedAnchor.ahead) {
        if (current && currentAhead === null) currentAhead = tenseAround(text, current.start, current.end) === 'future';
        if (!currentAhead) continue;
      }
      if (!a.relative) return a;
      if (relative && (current?.start ?? 0) - (placedAnchor?.start ?? 0) <= WEEKDAY_REACH) return a;
    }
    return null;
  };
  // A report's day after the day of the happening it reports, in one sentence, goes behind it: the
  // narrative goes on from the happening (REPORT_BEFORE).
  const pushAnchor = (entry: (typeof anchors)[number]): void => {
    const told = anchors[anchors.length - 1];
    const reportsIt = told !== undefined && told.anchor.precision === 'day' && entry.anchor.precision === 'day' &&
      REPORT_BEFORE.test(text.slice(Math.max(0, entry.start - 60), entry.start)) && !SENTENCE_BREAK.test(text.slice(told.start, entry.start));
    if (reportsIt) anchors.splice(anchors.length - 1, 0, entry);
    else anchors.push(entry);
  };
  const state: ResolverState = { text, anchors, placed, namedYearBefore };
  const resolveOne = (candidate: Candidate, clauseDate: Anchor | null): Resolved | null => {
    const scope = scopeOf(candidate.start);
    current = candidate;
    currentAhead = null;
    const context = new CandidateContext(state, candidate, scope, lastWeek, dct, anchor, quarter, clauseDate, lastFiscalYear);
    const reading = candidate.resolve(context);
    if (!reading) return null;
    // A date counted from the narrative into another year ("and the following year") leaves the
    // narrative year unclear for the yearless dates after it.
    const counted = candidate.rule.startsWith('narrative:') ? /^\d{4}/.exec(reading.value) : null;
    const last = placed[placed.length - 1];
    if (counted && last && Number(counted[0]) !== last.anchor.year) {
      placed.push({ start: candidate.start, anchor: { year: Number(counted[0]), precision: 'year' }, narrative: false, movedYear: true });
    }
    const week = firstDayOfWeek(reading);
    if (week) lastWeek = { first: week, start: candidate.start };
    if (reading.solarYear !== undefined) namedYear = { calendar: 'solar', year: reading.solarYear, end: candidate.end };
    if (reading.fiscalYear !== undefined) {
      namedYear = { calendar: 'fiscal', year: reading.fiscalYear, end: candidate.end };
      lastFiscalYear = reading.fiscalYear;
    }
    if (reading.anchor?.relative) pushAnchor({ anchor: reading.anchor, start: candidate.start });
    else if (reading.anchor) {
      if (reading.anchor.precision === 'quarter') quarter = reading.anchor;
      else {
        // Only a modal says so surely: "to" before a date is as often a preposition ("reopened the crossing to traffic on 25 June").
        const ahead = reading.anchor.precision === 'day' && MODAL_BEFORE.test(clauseBefore(text, candidate.start)) && tenseAround(text, candidate.start, candidate.end) === 'future';
        pushAnchor({ anchor: reading.anchor, start: candidate.start, ...(ahead ? { ahead } : {}) });
      }
      const sets = setsNarrativeYear(text, candidate.start, candidate.text, context.yearFromNarrative);
      // a year read from a narrative that holds only for its sentence holds for that sentence only
      const narrative = sets && context.yearFromNarrative && narrativeAnchor(placed, scope.start)?.narrative === 'sentence' ? 'sentence' : sets;
      placed.push({ start: candidate.start, anchor: reading.anchor, narrative });
    }
    return { candidate, reading };
  };
  const out: Array<Resolved | null> = [];
  let previous = -1;
  for (const i of readingOrder(candidates)) {
    const candidate = candidates[i];
    const inClause = previous === i + 1 ? out[previous] : null;
    const clauseDate = inClause && !NOUN_MODIFIER_BEFORE.test(text.slice(Math.max(0, inClause.candidate.start - 8), inClause.candidate.start))
      ? inClause.reading.anchor ?? null
      : null;
    if (candidate) out[i] = resolveOne(candidate, clauseDate);
    previous = i;
  }
  return out.filter((r): r is Resolved => r !== null && r !== undefined);
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const SEVEN_DAYS = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4}-\d{2}-\d{2})$/;
/** The first day of a reading that names seven days: an ISO week ("2025-W27") or a seven-day interval. */
function firstDayOfWeek(reading: Reading): CalendarPoint | null {
  const week = ISO_WEEK.exec(reading.value);
  if (week) return mondayOfIsoWeek(Number(week[1]), Number(week[2]));
  const days = SEVEN_DAYS.exec(reading.value);
  if (!days) return null;
  const first = { year: Number(days[1]), month: Number(days[2]), day: Number(days[3]) };
  return format(addDays(first, 6)) === days[4] ? first : null;
}

/**
 * The order candidates are read in: text order, except that a count "after" a clause holding a date
 * ("a day after the government said on Saturday that ...") is read after that date, which it counts from.
 */
function readingOrder(candidates: Candidate[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const clauseEnd = candidates[i]?.clauseEnd;
    const next = candidates[i + 1];
    if (clauseEnd !== undefined && next && next.start < clauseEnd) {
      order.push(i + 1, i);
      i++;
    } else order.push(i);
  }
  return order;
}
