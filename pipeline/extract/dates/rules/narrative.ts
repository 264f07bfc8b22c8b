// Points counted from the narrative: "two days later", "a month later", "forty-eight hours after
// the attack", "one day after Iran fired missiles", "two days earlier", "the day after", "the next
// day", "later that year", "on the day Iran attacked".
import { addDays, addMonths, format, formatWeek, type CalendarPoint } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, groupSpan, type Rule } from '../types.js';
import type { Anchor, Precision, Reading, ResolveContext } from '../types.js';
import { END, START } from './shared.js';

const HEDGE = `(?:(?:about|nearly|almost|some|roughly|around|just|only|barely|exactly)\\s+)?`;

/** The anchor shifted by a signed count of units, at the unit's precision; null below it. */
function shift(anchor: Anchor | null, unit: string, count: number): CalendarPoint | null {
  if (!anchor) return null;
  switch (unit) {
    case 'hour':
      return anchor.day !== undefined && count % 24 === 0 ? addDays(anchor, count / 24) : null;
    case 'day':
      return anchor.day !== undefined ? addDays(anchor, count) : null;
    case 'week':
      return anchor.day !== undefined ? addDays(anchor, 7 * count) : null;
    case 'month':
      return anchor.month !== undefined ? addMonths(anchor, count) : null;
    case 'year':
      return { year: anchor.year + count };
    default:
      return null;
  }
}

// "just over a week after", "more than two days later": the count is a bound, the day it points to unknown.
const INEXACT_BEFORE = /(?:^|[^\p{L}])(?:over|more\s+than|less\s+than|under|at\s+least|upwards\s+of)\s+$/iu;

// "The admission came four days after gunmen stopped buses": the subject is the event last dated, so
// the phrase dates it (the anchor itself), and the event after "after" lies four days before it.
const SUBJECT_CAME_BEFORE = /(?:^|[^\p{L}])(?:came|comes|followed|follows|occurred|happened)\s+$/iu;

const needed: Record<string, Precision> = { hour: 'day', day: 'day', week: 'day', month: 'month', year: 'year' };

/**
 * Accepts: "Two days later", "a month later", "forty-eight hours after", "forty-eight-hours after",
 * "one day after", "two days earlier", "a week before".
 * Rejects: "two days" (a duration), "days later" (no count), "a decade-and-a-half later" (vague),
 * "just over a week after", "more than two days later" (a bound, not a day),
 * "a year-earlier loss" (a compound adjective of financial reports: quarter.ts).
 * TimeML annotates the count as a DURATION ("two days", P2D); the dataset reads the phrase as the
 * date it points to, counted from the most recent explicit date of enough precision. After "came"
 * ("The statement came a day after the government said ...") the phrase dates the subject, the
 * event last dated: the anchor itself; the event it counts from becomes the anchor, a day earlier.
 */
export const countedFromAnchor: Rule = {
  name: 'narrative:counted',
  pattern: new RegExp(
    `${START}(?<span>${HEDGE}(?<count>\\d{1,3}|${lexicon.numberWords})[\\s-]+(?<unit>${lexicon.unitForms}))\\s+(?<direction>later|earlier|after|before)${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    const inexact = INEXACT_BEFORE.test(before);
    const datesSubject = SUBJECT_CAME_BEFORE.test(before) && /^(?:after|before)$/i.test(g['direction'] ?? '');
    const count = lexicon.count(g['count'] ?? '');
    const unitEntry = lexicon.unit(g['unit'] ?? '');
    const span = groupSpan(match, 'span');
    if (!unitEntry || !span) return null;
    const sign = /^(?:later|after)$/i.test(g['direction'] ?? '') ? 1 : -1;
    const letter = `${unitEntry.time ? 'T' : ''}${count ?? 'X'}${unitEntry.letter}`;
    const parts = [{ ...span, type: 'DURATION' as const, value: `P${letter}` }];
    return candidate(this.name, match, (context: ResolveContext): Reading => {
      const precision = needed[unitEntry.unit];
      const anchor = precision ? context.anchor(precision) : null;
      const point = count === null || inexact || !precision ? null : shift(anchor, unitEntry.unit, sign * count);
      if (!point || !anchor || !precision) return { type: 'DURATION', value: `P${letter}`, parts, timemlOnly: true };
      if (!datesSubject || count === null) return { type: 'DATE', value: format(point), parts };
      const earlier = shift(anchor, unitEntry.unit, -sign * count);
      const subject = { year: anchor.year, ...(precision !== 'year' ? { month: anchor.month } : {}), ...(precision === 'day' ? { day: anchor.day } : {}) };
      return { type: 'DATE', value: format(subject), parts, ...(earlier ? { anchor: { ...earlier, precision } } : {}) };
    });
  },
};

/**
 * Accepts: "the day after", "the next day", "the following day", "the previous day", "the day before",
 * "that day", "the same day", "on the day", "later that year", "that month", "the following week"
 * (the anchor's ISO week plus one), "the following year", "the previous month", "the preceding year",
 * "the next morning" (the day after the anchor), "that same day".
 * Rejects: "the day" alone at a sentence's end ("win the day"), "the day after tomorrow"
 * (reference-day.ts wins as the longer match).
 */
export const dayOfAnchor: Rule = {
  name: 'narrative:that-day',
  pattern: new RegExp(
    `${START}(?:(?<later>later|earlier)\\s+(?:in\\s+)?)?(?<date>(?:(?:the|that)\\s+(?<order>next|following|previous|preceding|prior|same)|that)\\s+(?<unit>day|week|month|year|morning|afternoon|evening|night)` +
      `|the\\s+(?<unit2>day)(?=\\s+(?<when>after|before|when|(?:\\p{Lu}\\p{L}+\\s+)?(?:\\p{L}+ed|said|began|struck|fired|hit|won|fell|took|came|met)\\b)))${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    // "the next morning" is the next day, as TimeBank dates it.
    const unit = (g['unit'] ?? g['unit2'] ?? '').toLowerCase().replace(/^(?:morning|afternoon|evening|night)$/, 'day');
    const order = (g['order'] ?? '').toLowerCase();
    const when = (g['when'] ?? '').toLowerCase();
    // "in the next week" looks ahead from the document date (a vague period: duration.ts).
    if (order === 'next' && (g['unit'] ?? '').toLowerCase() === 'week') return null;
    const step = order === 'next' || order === 'following' || when === 'after' ? 1 : /^(?:previous|preceding|prior)$/.test(order) || when === 'before' ? -1 : 0;
    return candidate(this.name, match, ({ anchor }) => {
      const point = shift(anchor(needed[unit] ?? 'day'), unit, step);
      if (!point) return null;
      return { type: 'DATE', value: unit === 'week' ? formatWeek(point) : format(point) };
    });
  },
};
