// The stretch of text a yearless date reads its year from: its paragraph, plus the heading right
// above it. Timelines put the date in a heading ("22 January 2024") and the events in the
// paragraph under it ("... back at their posts by 26 January").
import type { Anchor } from './types.js';

const BLANK_LINE = /\n[^\S\n]*\n\s*/g;
// A heading: one short line (at most 80 characters) without a sentence's closing punctuation.
const HEADING_LENGTH = 80;
const SENTENCE_CLOSE = /[.!?:;,'"’”]$/u;

/** Where each paragraph starts, and whether it is a heading. */
interface Block { start: number; heading: boolean }

function blocks(text: string): Block[] {
  const found: Block[] = [];
  let start = 0;
  const push = (end: number): void => {
    const body = end - start <= HEADING_LENGTH + 4 ? text.slice(start, end).trim() : '';
    found.push({ start, heading: body.length > 0 && body.length <= HEADING_LENGTH && !body.includes('\n') && !SENTENCE_CLOSE.test(body) });
  };
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m !== null; m = BLANK_LINE.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return found;
}

/** Where a yearless date reads its year from: its paragraph, or the heading right above it (then `headingEnd` is set). */
export interface Scope { start: number; headingEnd: number | null }

/**
 * A reader of scopes for positions in ascending order (the resolver's text order): the start
 * of the position's paragraph, or of the heading right above it.
 */
export function scopeReader(text: string): (position: number) => Scope {
  const list = blocks(text);
  let i = 0;
  return (position) => {
    while (i + 1 < list.length && (list[i + 1]?.start ?? Infinity) <= position) i++;
    const previous = list[i - 1];
    const here = list[i];
    return previous?.heading && here ? { start: previous.start, headingEnd: here.start } : { start: here?.start ?? 0, headingEnd: null };
  };
}

/** An explicit date seen by the resolver, with where it stands and whether it sets the narrative year. */
export interface PlacedAnchor {
  start: number;
  anchor: Anchor;
  /** 'sentence': only for the rest of its sentence ("since January 2024, when ... on 16 January"). */
  narrative: boolean | 'sentence';
  /** Set for a date counted from the narrative into another year ("and the following year"). */
  movedYear?: boolean;
}

const YEAR_WRITTEN = /(?:1\d{3}|20\d{2})(?!\d)/u;
// An adverbial date opens its sentence, line or heading, or follows a preposition: "On April 26,
// 2017, ...", "22 January 2024" as a heading, "arrested in March 2016"; so does the date a sentence
// brings on stage ("Then came January 2024."). A date that modifies a noun
// ("the Dec. 21, 1988, bombing", "the August 1988 cease-fire") only names a past event: the
// narrative does not move to its year. Nor does a date after "since", the start of a period that
// runs to the present ("the highest figure since we began monitoring in March 2023").
const ADVERBIAL_BEFORE = /(?:(?:^|\n|[.!?]['"’”]?\s)\s*|(?:^|[^\p{L}])(?:on|in|by|until|till|from|during|at|between|after|before|of|came)\s+)$/iu;
const SINCE_BEFORE = /(?:^|[^\p{L}])since\s+(?:[\p{L}’']+\s+){0,4}(?:in|on)\s+$/iu;
/** A full stop, question or exclamation mark before a capital: where a sentence ends. */
export const SENTENCE_BREAK = /[.!?]['"’”]?\s+\p{Lu}/u;
const SENTENCE_END = new RegExp(`${SENTENCE_BREAK.source}|\\n\\s*\\n`, 'u');
const SINCE_JUST_BEFORE = /(?:^|[^\p{L}])since\s+$/iu;
const WHEN_AFTER = /^,?\s+when\s/u;
// A date in a relative clause set off by a comma tells of the thing it describes, in passing: "the
// repatriation plan, which Pakistan launched in October 2023." The narrative stays where it was.
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:which|who|whom|whose)\s[^,.;:!?\n]*$/iu;
// So does a participle set off by commas: "the repatriation plan, launched in October 2023, entered a new
// stage after ... June 25" (the June is not 2023's).
// The aside closes with a comma right after the date, or after the agent ("inaugurated in May 2023 by the
// then president, reopened on Monday"), or closes the sentence ("under the plan, launched in October 2023.").
const ASIDE_END = /^(?:\s+by\s+[^,.;:!?()]{1,80})?\s*(?:,|[.;](?:\s|$))/u;
const PARTICIPLE_ASIDE_BEFORE = /,\s*\p{Ll}+(?:ed|en|wn|un|ung)\s+(?:\p{L}+\s+){0,3}(?:in|on|since)\s+$/u;

/**
 * Whether an explicit date sets the narrative year for the yearless dates after it: its year is
 * written out (or was itself read from the narrative), and it stands as an adverbial.
 */
export function setsNarrativeYear(text: string, start: number, dateText: string, yearFromNarrative: boolean): boolean | 'sentence' {
  if (!yearFromNarrative && !YEAR_WRITTEN.test(dateText)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  // "tense since January 2024, when Iran struck ... on 16 January": the clause after "when" tells of that
  // time; the period runs on to the present, so the next sentence is the document's year again.
  if (SINCE_JUST_BEFORE.test(before) && WHEN_AFTER.test(text.slice(start + dateText.length, start + dateText.length + 12))) return 'sentence';
  const aside = PARTICIPLE_ASIDE_BEFORE.test(before) && ASIDE_END.test(text.slice(start + dateText.length, start + dateText.length + 90));
  return ADVERBIAL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !SINCE_BEFORE.test(before.slice(-60)) && !RELATIVE_CLAUSE_BEFORE.test(before) && !aside;
}

/**
 * The year a yearless date ("On May 8", "by 26 January", "in April") takes from the narrative: the
 * year of the nearest adverbial month or day with a written year before it in the same scope, when that year is not the
 * document's. A paragraph that tells of April 2017 goes on in 2017 ("On April 26, 2017, ... On May 8,
 * ... warned"); news of the document's year keeps reading yearless dates against the document date
 * (tense and deadlines decide there). A year alone ("since 2013") does not set the narrative year.
 */
export function narrativeYear(anchors: PlacedAnchor[], scopeStart: number, dctYear: number | null, text: string, position: number): number | null {
  const placed = narrativeAnchor(anchors, scopeStart);
  if (placed === null || placed.anchor.year === dctYear) return null;
  if (placed.narrative === 'sentence' && SENTENCE_END.test(text.slice(placed.start, position))) return null;
  // A clause in the present perfect between them brings the story up to the writing: "badly shaken in
  // January 2024 ... Ties have since recovered: Pezeshkian visited Islamabad in August" (this year's).
  return PRESENT_PERFECT.test(text.slice(placed.start, position)) ? null : placed.anchor.year;
}

// "has been awarded", "have since recovered", "has not signed": a present perfect (not "have to", "has a").
const PRESENT_PERFECT =
  /(?<![\p{L}])(?:has|have|hasn['’]t|haven['’]t)\s+(?:(?:not|never|since|already|also|so\s+far|yet|just|long|now)\s+)*(?:been|\p{Ll}+(?:ed|en|wn|ne|lt|pt|ght|ung|ade|aid|old|ood|ost|ent|ot))(?![\p{L}])/u;

/** The nearest adverbial month or day with a written year before the expression in its scope (see narrativeYear). */
export function narrativeAnchor(anchors: PlacedAnchor[], scopeStart: number): PlacedAnchor | null {
  for (let i = anchors.length - 1; i >= 0; i--) {
    const placed = anchors[i];
    if (!placed || placed.start < scopeStart) return null;
    // "On May 22, 1995, he was promoted, and the following year ...": which year goes on is unclear.
    if (placed.movedYear) return null;
    if (!placed.narrative || (placed.anchor.precision !== 'month' && placed.anchor.precision !== 'day')) continue;
    return placed;
  }
  return null;
}

/**
 * The date of the timeline heading an expression stands under ("22 January 2024" above "... will
 * return to their posts by 26 January"), when that heading sets the narrative: the entry is told
 * from that day, so even its futures and deadlines count from it, not from the publication.
 */
export function timelineDate(anchors: PlacedAnchor[], scope: Scope): Anchor | null {
  if (scope.headingEnd === null) return null;
  let heading: PlacedAnchor | null = null;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const placed = anchors[i];
    if (!placed || placed.start < scope.start) break;
    if (placed.movedYear) return null;
    if (placed.start < scope.headingEnd) heading = placed;
  }
  return heading?.narrative && heading.anchor.precision === 'day' ? heading.anchor : null;
}
