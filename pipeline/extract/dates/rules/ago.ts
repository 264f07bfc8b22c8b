// Points counted back from the document date: "two months ago", "11 days ago", "a year ago",
// "nearly four years ago", "several years ago" (vague: PAST_REF).
import { addDays, addMonths, day, format, formatWeek, type CalendarPoint } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Reading, type Rule } from '../types.js';
import { END, LONGER_PERIOD, START, sentenceBefore } from './shared.js';
import { fiscalYearReading } from './fiscal-year.js';

const HEDGE = `(?:(?:about|nearly|almost|some|roughly|around|more\\s+than|less\\s+than|just|only|over|barely)\\s+)?`;

/** The document's day, week or month `years` back ("ten years ago today", "25 years ago this week"). */
function anniversary(dct: CalendarPoint, years: number, scope: string): Reading | null {
  if (scope === 'this month') return dct.month === undefined ? null : { type: 'DATE', value: format({ year: dct.year - years, month: dct.month }) };
  const then = dct.day === undefined ? null : day(dct.year - years, dct.month ?? 1, dct.day);
  if (!then) return null; // 29 February in a year without it
  return { type: 'DATE', value: scope === 'today' ? format(then) : formatWeek(then) };
}

/**
 * Accepts: "a year earlier" (from the narrative's year or quarter), "two months ago", "11 days ago", "a year ago", "almost four years ago", "six weeks ago",
 * "a decade ago", "a week or so ago" (hedged as "about a week ago" is), "several years ago" (PAST_REF), "Twelve years ago this month" (the document's month, twelve
 * years back), "ten years ago today", "25 years ago this week".
 * Rejects: "two months" (a duration), "ago" alone, "two months later" (narrative.ts).
 * The value has the unit's precision: days give a day, weeks a week, months a month.
 */
export const ago: Rule = {
  name: 'ago',
  pattern: new RegExp(
    `${START}(?<date>${HEDGE}(?<count>\\d{1,3}|${lexicon.numberWords})[\\s-]+(?<unit>${lexicon.unitForms})(?:\\s+or\\s+so)?\\s+(?<direction>ago|earlier))` +
      `(?:,?\\s+(?<scope>today|this\\s+(?:week|month)))?${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const count = lexicon.count(g['count'] ?? '');
    const unit = lexicon.unit(g['unit'] ?? '')?.unit;
    if (!unit) return null;
    // "N units earlier" counts from the narrative (narrative.ts), except financial reporting's
    // "a year earlier", which TimeML reads like "a year ago".
    const earlier = (g['direction'] ?? '').toLowerCase() === 'earlier';
    if (earlier && !(unit === 'year' && count === 1)) return null;
    // The anniversary's scope belongs to the expression only after a count of years ago.
    const scope = !earlier && unit === 'year' && count !== null ? (g['scope'] ?? '').toLowerCase().replace(/\s+/g, ' ') : '';
    const found = candidate(this.name, match, ({ dct, quarter, anchor, fiscalYear }) => {
      if (count === null) return { type: 'DATE', value: 'PAST_REF' };
      if (!dct) return null;
      // An anniversary: "Twelve years ago this month" is the document's month, that many years back.
      if (scope) return anniversary(dct, count, scope);
      const hasDay = dct.day !== undefined;
      const hasMonth = dct.month !== undefined;
      switch (unit) {
        case 'day':
          return hasDay ? { type: 'DATE', value: format(addDays(dct, -count)) } : null;
        case 'week':
        case 'fortnight':
          return hasDay ? { type: 'DATE', value: formatWeek(addDays(dct, -7 * count * (unit === 'week' ? 1 : 2))) } : null;
        case 'month':
          return hasMonth ? { type: 'DATE', value: format(addMonths(dct, -count)) } : null;
        case 'year': {
          // "$1.43 billion in fiscal year 2025-26, up 11 percent from a year earlier": the fiscal year before.
          if (count === 1 && fiscalYear !== null) {
            const first = fiscalYear - 1;
            return fiscalYearReading(first, { start: match.index, end: match.index + match[0].length });
          }
          // Financial reports compare with the same quarter a year before ("up from $10 million a year ago"),
          // unless the sentence speaks of a longer period ("for the nine months, ... a year earlier").
          if (count === 1 && quarter?.quarter !== undefined && !LONGER_PERIOD.test(sentenceBefore(text, match.index))) {
            return { type: 'DATE', value: `${quarter.year - 1}-Q${quarter.quarter}` };
          }
          const from = earlier ? (anchor('year') ?? dct) : dct;
          return { type: 'DATE', value: String(from.year - count) };
        }
        case 'decade':
          return { type: 'DATE', value: String(dct.year - 10 * count) };
        default:
          return null;
      }
    });
    if (!scope) return found;
    const end = match.index + match[0].length;
    return { ...found, end, text: text.slice(found.start, end) };
  },
};
