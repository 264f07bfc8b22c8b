// What rules, refiners and the resolver hand each other inside the temporal tagger.
import type { Span, Timex } from '../../model.js';
import type { CalendarPoint } from './calendar.js';

export type TimexType = Timex['type'];
export type Precision = 'year' | 'quarter' | 'month' | 'day';

/** A calendar point that can anchor later narrative expressions ("two days later"). */
export interface Anchor extends CalendarPoint {
  quarter?: number; // set for a quarter anchor ("the third quarter")
  precision: Precision;
  /**
   * Set for a day read from the document date (a weekday): it anchors only what counts from the
   * last dated happening ("A day later", "the same evening"), not the narrative's other references.
   */
  relative?: boolean;
}

/** What a rule's expression means once the document time and the discourse are known. */
export interface ResolveContext {
  dct: CalendarPoint | null;
  /**
   * The most recent explicit date before the expression with at least this precision; with
   * `relative`, a weekday read from the document date counts too.
   */
  anchor(precision: Precision, relative?: boolean): Anchor | null;
  /** The date in the clause after the expression, read before it (see Candidate.clauseEnd), if any. */
  readonly clauseDate: Anchor | null;
  /** The Solar Hijri year named last in the expression's sentence ("the Iranian year 1402"), if any. */
  readonly solarYear: number | null;
  /** The first calendar year of a fiscal year written across two ("FY2023-24": 2023) named last in the sentence, if any. */
  readonly fiscalYear: number | null;
  /** The first calendar year of the fiscal year named last anywhere before the expression, if any ("the fiscal year" refers back to it). */
  readonly lastFiscalYear: number | null;
  /**
   * The year of the nearest explicit month or day before the expression in its paragraph (or the
   * heading above it), when that is not the document's year: yearless dates there take it.
   */
  readonly narrativeYear: number | null;
  /** The day of the timeline heading the expression stands under, if any: its futures count from that day. */
  readonly timelineDate: Anchor | null;
  /**
   * The first day of the seven days named last ("the week to 5 July", "last week", "two weeks ago"),
   * when no dated day came after them: "the week before" and "the same week" count from it.
   */
  readonly lastWeek: CalendarPoint | null;
  /**
   * The day last dated when only coarser dates came after it, all in its own sentence ("reopened on
   * Monday after the authorities shut it in late June. ... the same day"): they are the sentence's
   * background, the day its happening's.
   */
  readonly dayBeforeBackground: Anchor | null;
  /** The most recent quarter named before the expression (financial reports count from it). */
  quarter: Anchor | null;
  /** The tense of the clause around the expression: decides "Friday" and "April". */
  readonly tense: 'past' | 'future';
  /** Whether a finite past verb stands in the clause before the expression ("changed ... in December"). */
  readonly pastVerb: boolean;
  /** Whether the expression is a deadline ("by February", "by Dec. 10"): a date still ahead. */
  readonly deadline: boolean;
}

/**
 * Every member of a context read now, in one fixed order, as a plain object: a copy to override a
 * few members of ("the range's year"). Reading a member may have an effect (the narrative year
 * marks itself used), so the order is that of the members as the resolver lists them.
 */
export function contextValues(c: ResolveContext): ResolveContext {
  return {
    dct: c.dct, anchor: c.anchor, quarter: c.quarter, clauseDate: c.clauseDate, lastFiscalYear: c.lastFiscalYear,
    lastWeek: c.lastWeek, dayBeforeBackground: c.dayBeforeBackground, solarYear: c.solarYear, fiscalYear: c.fiscalYear,
    timelineDate: c.timelineDate, narrativeYear: c.narrativeYear, tense: c.tense, pastVerb: c.pastVerb, deadline: c.deadline,
  };
}

/** A TimeML reading; `parts` replaces it in TimeML output where TimeBank annotates differently. */
export interface Reading {
  type: TimexType;
  value: string; // TimeML value; an EDTF interval ("2024-01-16/2024-01-18") only with `parts`
  /** Set on explicit dates: later narrative expressions count from it. */
  anchor?: Anchor;
  /** TimeML extents and values to emit instead of this reading ("two days" P2D of "two days later"). */
  parts?: Array<Span & { type: TimexType; value: string }>;
  /** Set on a whole Solar Hijri year: "the previous year" in its sentence counts in Iranian years. */
  solarYear?: number;
  /** Set on a fiscal year written across two calendar years (its first): "the previous year" in its sentence counts in fiscal years. */
  fiscalYear?: number;
  /** Set for readings the dataset must not list (TimeML-only conventions). */
  timemlOnly?: boolean;
}

/** One match of one rule: a span and a way to resolve it. */
export interface Candidate extends Span {
  text: string;
  rule: string;
  /** Set on a count "after" a clause: a date inside the clause (before this offset) is what it counts from. */
  clauseEnd?: number;
  resolve(context: ResolveContext): Reading | null;
}

/** A rule family: a named pattern (global, linear-time) and the extraction of one match. */
export interface Rule {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Candidate | null;
}

/** A candidate covering the whole match (or the named group `date` when present). */
export function candidate(rule: string, match: RegExpExecArray, resolve: Candidate['resolve']): Candidate {
  const inner = match.indices?.groups?.['date'];
  const [start, end] = inner ?? [match.index, match.index + match[0].length];
  return { start, end, text: match.input.slice(start, end), rule, resolve };
}

/** The extent of a named group of a match made with the `d` flag. */
export function groupSpan(match: RegExpExecArray, group: string): Span | null {
  const g = match.indices?.groups?.[group];
  return g ? { start: g[0], end: g[1] } : null;
}
