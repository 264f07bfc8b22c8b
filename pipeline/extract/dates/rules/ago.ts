// Points counted back from the document date: "two months ago", "11 days ago", "a year ago",
// "nearly four years ago", "several years ago" (vague: PAST_REF).
import { addDays, addMonths, format, formatWeek } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, LONGER_PERIOD, START, sentenceBefore } from './shared.js';

const HEDGE = `(?:(?:about|nearly|almost|some|roughly|around|more\\s+than|less\\s+than|just|only|over|barely)\\s+)?`;

/**
 * Accepts: "a year earlier" (from the narrative's year or quarter), "two months ago", "11 days ago", "a year ago", "almost four years ago", "six weeks ago",
 * "a decade ago", "several years ago" (PAST_REF).
 * Rejects: "two months" (a duration), "ago" alone, "two months later" (narrative.ts).
 * The value has the unit's precision: days give a day, weeks a week, months a month.
 */
export const ago: Rule = {
  name: 'ago',
  pattern: new RegExp(
    `${START}${HEDGE}(?<count>\\d{1,3}|${lexicon.numberWords})[\\s-]+(?<unit>${lexicon.unitForms})\\s+(?<direction>ago|earlier)${END}`,
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
    return candidate(this.name, match, ({ dct, quarter, anchor }) => {
      if (count === null) return { type: 'DATE', value: 'PAST_REF' };
      if (!dct) return null;
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
  },
};
