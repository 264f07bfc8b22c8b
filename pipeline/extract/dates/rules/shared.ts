// Pieces the rule families share: pattern fragments from the lexicon and the year a yearless
// date takes from the document time.
import { day, format, type CalendarPoint } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import type { Anchor, ResolveContext } from '../types.js';

/** A full month name or an abbreviation with an optional full stop ("Jan.", "Sept"). */
export const MONTH = `(?:${lexicon.monthNames}|(?:${lexicon.monthAbbreviations})\\.?)`;
/** Day of month, 1-31, with an optional ordinal suffix ("16", "16th"). */
export const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
/** A four-digit year in the range news refers to (1000-2099). */
export const YEAR = `(?:1\\d{3}|20\\d{2})`;
/** The second year of a span written "2024-25" or "2024-2025": its last two digits read in the first year's century. */
export const spanEndYear = (from: number, written: string): number =>
  written.length === 4 ? Number(written) : Math.floor(from / 100) * 100 + Number(written);
/** A span of two years ("2024-25", "2024–2025"); `suffix` names its groups apart when a pattern holds two. */
export const YEAR_SPAN = (suffix = ''): string => `(?<from${suffix}>20\\d{2}|1\\d{3})(?:-|–|/)(?<to${suffix}>\\d{4}|\\d{2})`;
/** Left edge: not inside a word or a number. */
export const START = `(?<![\\p{L}\\p{N}])`;
/** Right edge: not followed by a letter or digit (a trailing "'s" is allowed). */
export const END = `(?![\\p{L}\\p{N}])`;
/** A word before a month name that makes the name a month ("in May", "mid-Mordad"): "May" and a Solar Hijri month alone need one. */
export const MONTH_CUE_BEFORE = /(?:^|[^\p{L}])(?:(?:in|since|until|till|by|from|to|through|of|and|or|between|before|after|during|early|mid|late|last|next|this|past|coming)\s+|mid-)$/iu;

// A reporting period longer than a quarter, named earlier in the sentence. The fiscal year a quarter
// belongs to ("the third quarter of the fiscal year 2025-26", "the first quarter of this fiscal year") is
// the quarter's name, not a longer period.
export const LONGER_PERIOD =
  /(?:^|[^\p{L}])(?:(?:nine|six|twelve|9|6|12)[\s-]+months?|first\s+half|(?<!quarter\s+(?:of\s+)?(?:the\s+)?(?:(?:current|this|last|previous|next|coming|\d{4}[-–/]\d{2,4})\s+)?)(?:full|fiscal)\s+year|year\s+to\s+date)(?![\p{L}])/iu;
// A sentence ends at a full stop, question or exclamation mark followed by a space and a capital
// letter or a quote; an abbreviation ("Corp. said") seldom has a capital after it in the same breath.
const SENTENCE_BREAK = /[.!?]['"’”]?\s+(?=[\p{Lu}"“'‘`])/gu;

/** The part of the sentence before `start` (at most 300 characters back). */
export function sentenceBefore(text: string, start: number): string {
  const left = text.slice(Math.max(0, start - 300), start);
  let from = 0;
  for (const m of left.matchAll(SENTENCE_BREAK)) from = m.index + m[0].length;
  return left.slice(from);
}

/** The year a month (and day) without a year falls in: the narrative's, else seen from the document time. */
export function yearFor(month: number, context: ResolveContext): number | null {
  const future = context.deadline || context.tense === 'future';
  // Under a timeline's dated heading a future looks ahead from that day: "22 January 2024 ... will
  // return by 26 January" is 2024's, "28 December 2023 ... will meet on 4 January" 2024's.
  const timeline = context.timelineDate;
  if (timeline && future && context.narrativeYear === timeline.year) return month >= (timeline.month ?? 1) ? timeline.year : timeline.year + 1;
  // A deadline ("would start working by December") looks ahead from the writing, not from the narrative.
  if (context.narrativeYear !== null && !(context.deadline && context.tense === 'future')) return context.narrativeYear;
  const dct = context.dct;
  if (!dct) return null;
  if (dct.month === undefined) return dct.year;
  // The document's year, unless that puts the month well on the wrong side for the
  // clause's tense: December in a January report is last year's, August in a promise made in
  // October is next year's. A near month keeps the year either way ("Dec. 7" in late October; in the
  // future tense, last month's: a report written just after the fact). A deadline ("by February") is
  // ahead whatever the tense.
  const diff = month - dct.month;
  if (!future && diff >= 4) return dct.year - 1;
  if (future && diff <= -2) return dct.year + 1;
  return dct.year;
}

/** A reading for a calendar point that also anchors the narrative. */
export function explicitReading(point: CalendarPoint | null): { type: 'DATE'; value: string; anchor: Anchor } | null {
  if (!point) return null;
  const precision = point.day !== undefined ? 'day' : point.month !== undefined ? 'month' : 'year';
  return { type: 'DATE', value: format(point), anchor: { ...point, precision } };
}

export function dayPoint(year: number | null, month: number, dayOfMonth: number): CalendarPoint | null {
  return year === null ? null : day(year, month, dayOfMonth);
}

/**
 * After "the year", a named subject and its past verb: the year of a happening ("in 2009, the year Tehran
 * and Islamabad signed"), which the narrative dates, not a reporting year. Case-sensitive on purpose.
 */
export const HAPPENING_AFTER_YEAR = /^\s+\p{Lu}\p{L}+(?:\s+and\s+\p{Lu}\p{L}+)?\s+(?:\p{Ll}+ed|said|began|struck|fired|hit|won|fell|took|came|met|signed|broke|went)(?![\p{L}])/u;
