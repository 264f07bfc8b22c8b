// Points counted from the narrative: "two days later", "a month later", "forty-eight hours after
// the attack", "one day after Iran fired missiles", "two days earlier", "the day after", "the next
// day", "later that year", "on the day Iran attacked".
import { addDays, addMonths, format, formatWeek, weekBounds, type CalendarPoint } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, groupSpan, type Rule } from '../types.js';
import type { Anchor, Precision, Reading, ResolveContext } from '../types.js';
import { END, HAPPENING_AFTER_YEAR, START } from './shared.js';
import { fiscalYearReading } from './fiscal-year.js';
import { solarYearValue } from './solar-hijri.js';

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
    case 'decade':
      return { year: anchor.year + 10 * count };
    default:
      return null;
  }
}

// "just over a week after", "more than two days later": the count is a bound, the day it points to unknown.
const INEXACT_BEFORE = /(?:^|[^\p{L}])(?:over|more\s+than|less\s+than|under|at\s+least|upwards\s+of)\s+$/iu;

// "The admission came four days after gunmen stopped buses": the subject is the event last dated, so
// the phrase dates it (the anchor itself), and the event after "after" lies four days before it.
const SUBJECT_CAME_BEFORE = /(?:^|[^\p{L}])(?:came|comes|followed|follows|occurred|happened)\s+$/iu;

// The clause after "after" or "before", up to its first break: a date there dates the happening counted from.
const CLAUSE = /^[^.,;:!?()\n\u2014]*/u;
const CLAUSE_REACH = 100;

const needed: Record<string, Precision> = { hour: 'day', day: 'day', week: 'day', month: 'month', year: 'year', decade: 'year' };
const rank: Record<Precision, number> = { year: 0, quarter: 1, month: 2, day: 3 };

/** Whether a count of days or hours from a month most likely stays in it ("two days later"): a few days at most. */
function withinMonthReach(unit: string, count: number): boolean {
  return (unit === 'day' && count <= 3) || (unit === 'hour' && count <= 72);
}

/**
 * The day of the happening last dated, a weekday included; null when the last date names only a
 * month ("last October ... that same day": the day is unknown).
 */
function lastDatedDay(anchor: ResolveContext['anchor']): Anchor | null {
  const last = anchor('month', true);
  return last?.precision === 'day' ? last : null;
}

/**
 * Accepts: "Two days later", "a month later", "forty-eight hours after", "forty-eight-hours after",
 * "one day after", "two days earlier", "a week before".
 * The anchor may be a weekday told nearby ("on Saturday ... A day later"); a month as the anchor gives
 * a few days later its month ("In January, Iran struck, and Pakistan struck back two days later":
 * January). A date in the clause after "after" is counted from ("a day after the government said on
 * Saturday that ...": Sunday).
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
    const counted = candidate(this.name, match, (context: ResolveContext): Reading => {
      const precision = needed[unitEntry.unit];
      const clauseDate = precision && context.clauseDate && rank[context.clauseDate.precision] >= rank[precision] ? context.clauseDate : null;
      const anchor = clauseDate ?? (precision === 'day' ? context.anchor('month', true) : precision ? context.anchor(precision) : null);
      if (anchor?.precision === 'month' && precision === 'day' && count !== null && !inexact && withinMonthReach(unitEntry.unit, count)) {
        // "In January, Iran struck, and Pakistan struck back two days later": the day is unknown, the month is the anchor's.
        return { type: 'DATE', value: format({ year: anchor.year, month: anchor.month }), parts };
      }
      const point = count === null || inexact || !precision ? null : shift(anchor, unitEntry.unit, sign * count);
      if (!point || !anchor || !precision) return { type: 'DURATION', value: `P${letter}`, parts, timemlOnly: true };
      // A count of years moves the narrative: "A decade later, ... and the following year ..." counts on from it.
      const moved = precision === 'year' ? { anchor: { year: point.year, precision } } : {};
      if (!datesSubject || clauseDate || count === null) return { type: 'DATE', value: format(point), parts, ...moved };
      const earlier = shift(anchor, unitEntry.unit, -sign * count);
      const subject = { year: anchor.year, ...(precision !== 'year' ? { month: anchor.month } : {}), ...(precision === 'day' ? { day: anchor.day } : {}) };
      const relative = anchor.relative ? { relative: true } : {};
      return { type: 'DATE', value: format(subject), parts, ...(earlier ? { anchor: { ...earlier, precision, ...relative } } : {}) };
    });
    // "a day after the government said on Saturday that ...": the clause's own date is what the count starts from.
    if (/^(?:after|before)$/i.test(g['direction'] ?? '')) {
      const end = match.index + match[0].length;
      const clause = CLAUSE.exec(text.slice(end, end + CLAUSE_REACH));
      if (clause) counted.clauseEnd = end + clause[0].length;
    }
    return counted;
  },
};

/**
 * Accepts: "the day after", "the next day", "the following day", "the previous day", "the day before",
 * "that day", "the same day", "on the day", "later that year", "that month", "the following week"
 * (the anchor's ISO week plus one), "the following year", "the previous month", "the preceding year",
 * "the next morning" (the day after the anchor), "that same day", "On the same evening" (after "on
 * Monday": a weekday told nearby is the day last dated), "Later in the day", "the first day of the
 * visit" (the day last dated), "the previous year" after "the Iranian year 1402" (the Iranian year 1401),
 * "the previous fiscal year" after "in FY2024-25" (the fiscal year 2023-24),
 * "the day after the vote on 8 February" (a day in the clause after "after" or "before" is counted from),
 * "in 2009, the year Tehran and Islamabad signed" (the year last named).
 * Rejects: "that same day" after a month ("last October": the day is unknown), "the day" alone at a sentence's end ("win the day"), "the day after tomorrow"
 * (reference-day.ts wins as the longer match).
 */
export const dayOfAnchor: Rule = {
  name: 'narrative:that-day',
  pattern: new RegExp(
    `${START}(?:(?<inDay>(?:later|earlier)\\s+in\\s+the\\s+day)` +
      `|(?<firstDay>the\\s+(?:first|opening)\\s+day\\s+of\\s+(?:the|his|her|their|its)\\s+(?:${lexicon.occasionWords}))` +
      `|(?:(?<later>later|earlier)\\s+(?:in\\s+)?)?(?<date>(?:(?:the|that)\\s+(?<order>next|following|previous|preceding|prior|same)|that)\\s+(?:(?<fiscal>fiscal|financial)\\s+(?=year))?(?<unit>day|week|month|year|morning|afternoon|evening|night)` +
      `|the\\s+week\\s+(?<weekStep>before|after|earlier|later)(?=\\s*(?:[.,;:!?)\\n]|$)|\\s+(?:and|but|when|as|while)\\s)` +
      `|the\\s+(?<unitYear>year)(?=\\s+\\p{L}+(?:\\s+and\\s+\\p{L}+)?\\s+\\p{L}+)` +
      `|the\\s+(?<unit2>day)(?=\\s+(?<when>after|before|when|(?:\\p{Lu}\\p{L}+\\s+)?(?:\\p{L}+ed|said|began|struck|fired|hit|won|fell|took|came|met)\\b))))${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    if (g['unitYear'] && !HAPPENING_AFTER_YEAR.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60))) return null;
    if (g['inDay'] || g['firstDay']) {
      // The day of the happening last dated, a weekday included. TimeBank leaves these phrases
      // untagged: no TimeML part.
      return candidate(this.name, match, ({ anchor }) => {
        const day = lastDatedDay(anchor);
        return day ? { type: 'DATE', value: format(day), parts: [] } : null;
      });
    }
    if (g['weekStep']) {
      // "up from 82,000 the week before": the seven days before the seven days last named. TimeBank
      // leaves it untagged: no TimeML part.
      const days = /^(?:before|earlier)$/i.test(g['weekStep']) ? -7 : 7;
      return candidate(this.name, match, ({ lastWeek, anchor }) => {
        if (lastWeek) return { ...sevenDays(addDays(lastWeek, days)), parts: [] };
        const from = lastDatedDay(anchor);
        return from ? { type: 'DATE', value: formatWeek(addDays(from, days)), parts: [] } : null;
      });
    }
    // "the next morning" is the next day, as TimeBank dates it.
    const unit = (g['unit'] ?? g['unit2'] ?? g['unitYear'] ?? '').toLowerCase().replace(/^(?:morning|afternoon|evening|night)$/, 'day');
    const order = (g['order'] ?? '').toLowerCase();
    const fiscal = g['fiscal'] !== undefined;
    const when = (g['when'] ?? '').toLowerCase();
    // "in the next week" looks ahead from the document date (a vague period: duration.ts).
    if (order === 'next' && (g['unit'] ?? '').toLowerCase() === 'week') return null;
    const step = order === 'next' || order === 'following' || when === 'after' ? 1 : /^(?:previous|preceding|prior)$/.test(order) || when === 'before' ? -1 : 0;
    // "On Monday ... On the same evening": a weekday is the day of the happening last dated.
    const sameDay = order === 'same' && unit === 'day';
    const span = groupSpan(match, 'date') ?? { start: match.index, end: match.index + match[0].length };
    const counted = when === 'after' || when === 'before';
    const found = candidate(this.name, match, ({ anchor, solarYear, fiscalYear, clauseDate, lastWeek, dayBeforeBackground }) => {
      // "two weeks ago ... the same week": the seven days named last.
      if (unit === 'week' && step === 0 && lastWeek) {
        const week = sevenDays(lastWeek);
        return week.value.includes('/') ? { ...week, parts: [{ ...span, type: 'DATE', value: formatWeek(lastWeek) }] } : week;
      }
      // "the Iranian year 1402 ... the previous year": the year counts in the calendar just named.
      if (unit === 'year' && step !== 0 && solarYear !== null && !fiscal) {
        const value = solarYearValue(solarYear + step);
        if (value) return { type: 'DATE', value };
      }
      // "in the 2024-25 fiscal year, up 12 per cent on the previous year": the fiscal year 2023-24.
      // TimeML names a fiscal year by the calendar year it ends in ("fiscal 1989").
      if (unit === 'year' && step !== 0 && fiscalYear !== null) {
        const first = fiscalYear + step;
        return fiscalYearReading(first, span);
      }
      // "the day after the vote on 8 February": the day in the clause after "after" is what it counts from.
      // "arrived on Tuesday ... the next morning": a day counts from the day last dated, a weekday included.
      const from = counted && clauseDate?.precision === 'day' ? clauseDate
        : sameDay ? lastDatedDay(anchor) ?? dayBeforeBackground
        : unit === 'day' && step !== 0 && !counted ? lastDatedDay(anchor) : anchor(needed[unit] ?? 'day');
      const point = shift(from, unit, step);
      if (!point) return null;
      return { type: 'DATE', value: unit === 'week' ? formatWeek(point) : format(point) };
    });
    if (counted) {
      const end = match.index + match[0].length;
      const clause = CLAUSE.exec(text.slice(end, end + CLAUSE_REACH));
      if (clause) found.clauseEnd = end + clause[0].length;
    }
    return found;
  },
};

/** Seven days from `first`: an ISO week when they start on a Monday, else the interval ("the week to 5 July" counts back from a Saturday). */
function sevenDays(first: CalendarPoint): Reading {
  const week = formatWeek(first);
  return format(first) === format(weekBounds(first)[0]) ? { type: 'DATE', value: week } : { type: 'DATE', value: `${format(first)}/${format(addDays(first, 6))}` };
}

/**
 * Accepts: "within days of the ceremony", "Within hours of the attack", "within a few days of the Shah's
 * fall": close to the happening last dated, at the precision the vague count allows. Days give the
 * last date's month (its year when it names only a year); hours give its day.
 * Rejects: "within days" (a deadline from the document date, no "of"), "within two days of" (a
 * counted bound: duration.ts), "within weeks of" (weeks may cross into another month).
 * TimeBank does not tag these phrases: no TimeML part.
 */
export const nearAnchor: Rule = {
  name: 'narrative:within',
  pattern: new RegExp(`${START}within\\s+(?:a\\s+few\\s+)?(?<unit>days|hours)\\s+of(?=\\s+(?:the\\s|\\p{Lu}))`, 'gdiu'),
  extract(match) {
    const hours = (match.groups?.['unit'] ?? '').toLowerCase() === 'hours';
    return candidate(this.name, match, ({ anchor }) => {
      const last = anchor('year');
      if (!last) return null;
      const month = last.month !== undefined ? { month: last.month } : {};
      const day = hours && last.day !== undefined ? { day: last.day } : {};
      return { type: 'DATE', value: format({ year: last.year, ...month, ...day }), parts: [] };
    });
  },
};
