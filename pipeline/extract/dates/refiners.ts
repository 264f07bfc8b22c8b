// Refiners: decide between the candidates the rules proposed. They run in a fixed order
// (see tag.ts): overlap removal first, then resolution in text order.
import { format } from './calendar.js';
import { contextValues, type Candidate } from './types.js';

/**
 * Keeps the longest of overlapping candidates ("16 January 2024" over "January 2024" and "2024");
 * at equal length the earlier candidate, which comes from the earlier rule in the registry.
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = candidates
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || a.index - b.index);
  const kept: Candidate[] = [];
  for (const { c } of ordered) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

const RANGE_JOINER = /^\s*(?:and|to|through|until|till|-|–|—)\s*$/u;
const YEAR_IN = /(?:1\d{3}|20\d{2})(?!\d)/u;

/**
 * Lends the year of the second member of a range to a first member without one:
 * "between April and June 2023" reads April 2023, "16 and 18 January 2024"... Known limit: a range
 * across a year end ("December and January 2024") also takes the second year.
 */
export function shareRangeYear(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    if (!next || !/^(?:month|explicit-day)/.test(c.rule) || !/^(?:month|explicit-day)/.test(next.rule)) return c;
    if (YEAR_IN.test(c.text) || !RANGE_JOINER.test(text.slice(c.end, next.start))) return c;
    const year = YEAR_IN.exec(next.text);
    if (!year) return c;
    const resolve = c.resolve;
    return { ...c, resolve: (context) => resolve({ ...contextValues(context), dct: { year: Number(year[0]) }, narrativeYear: null }) };
  });
}

// A dateline: a capitalised place and a comma opening the line, the date, then the agency in
// brackets or a dash ("WASHINGTON, August 11 (Xinhua) --", "ISLAMABAD, Jan 16 --").
const DATELINE_BEFORE = /(?:^|\n)[^\S\n]*\p{Lu}[\p{Lu}\s.'’-]*(?:,[^\S\n]*\p{Lu}[\p{L}.\s'’-]*)?,[^\S\n]*$/u;
const DATELINE_AFTER = /^[^\S\n]*(?:\([^()\n]{1,40}\)|--|—|–|_)/u;

/**
 * Marks the date of a dateline as TimeML-only: it tells when the text was filed (the document
 * date), it is not a mention (GUIDELINES: datelines and page furniture are not dates). TimeBank
 * does annotate it, so the TimeML output keeps it.
 */
export function markDatelines(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!DATELINE_AFTER.test(text.slice(c.end, c.end + 44))) return c;
    const from = Math.max(0, c.start - 60);
    const before = text.slice(from, c.start);
    if (!(before.includes('\n') || from === 0) || !DATELINE_BEFORE.test(before)) return c;
    const resolve = c.resolve;
    return { ...c, resolve: (context) => { const r = resolve(context); return r ? { ...r, timemlOnly: true } : null; } };
  });
}

// Rules whose words also make up the names of programmes and papers ("VOA Today", ABC's "This Week").
const NAMEABLE = new Set(['reference-day', 'relative-period']);
const CAPITALISED_WORDS = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u;
const MID_SENTENCE_BEFORE = /[\p{L}\p{N},][^\S\n]+$/u;
const QUOTE_BEFORE = /["“][^\S\n]*$/u;
const TITLE_AFTER = /^(?:,?["”]|\s+\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/**
 * Drops a capitalised "Today" or "This Week" that is a name, not a date: in the middle of a
 * sentence ("This is VOA Today.") or in quotes as a title (ABC News' "This Week," said ...;
 * "This Week With David Brinkley"). A capital at the start of a sentence or of a quotation
 * ("Today, he said"), or in a headline in title case ("Talks Resume Today"), is not a name.
 */
export function dropNames(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (!NAMEABLE.has(c.rule) || !CAPITALISED_WORDS.test(c.text)) return true;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    if (MID_SENTENCE_BEFORE.test(before)) return inTitleCase(before);
    return !(QUOTE_BEFORE.test(before) && TITLE_AFTER.test(text.slice(c.end, c.end + 40)));
  });
}

const LINE_START = /(?:^|[.!?\n])([^.!?\n]*)$/u;
const MINOR_WORD = /^(?:a|an|the|of|in|on|at|for|to|and|or|but|with|by|as|from|vs)$/u;

/** Whether the words of the line so far are capitalised, as in a headline ("Talks Resume Today"). */
function inTitleCase(before: string): boolean {
  const words = (LINE_START.exec(before)?.[1] ?? '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || MINOR_WORD.test(w));
}

const SHORT_COUNT = /(?:day|days|hour|hours|week|weeks)\s+(?:after|before)$/iu;
const APPOSITION_GAP = /^[^\S\n]*,[^\S\n]*$/u;

// A day named from another happening ("the day before the plunge", "the day after the vote").
const DAY_FROM_HAPPENING = /^the\s+day$/iu;

/**
 * A count or a day named from another happening right after an explicit day, set off by a comma,
 * restates that day rather than counting from it: "On February 16, three days after the bombing, ..."
 * "Oct. 12, the day before the plunge" and "on Wednesday, two days after the convoy was turned back" are that day (TIMEX3 values an expression by the time it
 * refers to; an apposition refers to the day it follows). TimeML keeps the count's own annotation
 * (the DURATION "three days").
 */
export function restateAppositions(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c, i) => {
    const previous = candidates[i - 1];
    const restating = c.rule === 'narrative:counted' || (c.rule === 'narrative:that-day' && DAY_FROM_HAPPENING.test(c.text));
    if (!restating || !previous || !/^(?:explicit-day|iso-date|numeric-date|solar-hijri:date|weekday$)/.test(previous.rule)) return c;
    // After a weekday only a count of days or weeks restates it; "on Sunday, eighteen months after the
    // strikes" tells the time elapsed since, not a date of its own.
    if (previous.rule === 'weekday' && !SHORT_COUNT.test(c.text)) return c;
    if (!APPOSITION_GAP.test(text.slice(previous.end, c.start))) return c;
    const resolve = c.resolve;
    return {
      ...c,
      resolve: (context) => {
        const reading = resolve(context);
        // The day just named, a weekday included (it was read right before: the most recent anchor).
        const day = context.anchor('day', previous.rule === 'weekday');
        return reading && day ? { type: 'DATE', value: format({ year: day.year, month: day.month, day: day.day }), ...(reading.parts ? { parts: reading.parts } : {}) } : reading;
      },
    };
  });
}
