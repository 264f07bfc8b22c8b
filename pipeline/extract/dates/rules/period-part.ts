// A part of the month or week under way, named without the period: "by the end of the month",
// "at the start of the week", "in the middle of the month".
import { format, formatWeek } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

/**
 * Accepts: "since the start of the year" (the narrative's year, else the document's), "the end of the month" (the document's month; in the past tense the month last dated, as in
 * "In March trade collapsed, and by the end of the month ..."), "the beginning of the week" (the
 * document's week), "the middle of the month".
 * Rejects: "the end of the month of Ramadan" (a named month follows: holiday.ts), "the month" alone
 * (too vague), "the end of the year" (reporting-year.ts, which reads it so too), "the end of this month" (relative-period.ts).
 * The period keeps its precision, as part-of-period words do ("the end of the month": 2025-09).
 */
export const periodPart: Rule = {
  name: 'period-part',
  pattern: new RegExp(`${START}(?:${lexicon.parts})\\s+the\\s+(?<unit>month|week|year)(?!\\s+of\\s)${END}`, 'gdiu'),
  extract(match) {
    if (!/^the\s/i.test(match[0])) return null; // "mid the month", "early the week" are not English
    const unit = (match.groups?.['unit'] ?? '').toLowerCase();
    return candidate(this.name, match, (context) => {
      const dct = context.dct;
      // "since the start of the year": the year told of, else the document's ("the end of the year": reporting-year.ts).
      if (unit === 'year') {
        const year = context.narrativeYear ?? dct?.year;
        return year === undefined ? null : { type: 'DATE', value: String(year) };
      }
      if (unit === 'month') {
        // "run short of food by the end of the month": a deadline is the document's month.
        const last = context.tense === 'past' && !context.deadline ? context.anchor('month') : null;
        const point = last ?? (dct?.month !== undefined ? dct : null);
        return point?.month !== undefined ? { type: 'DATE', value: format({ year: point.year, month: point.month }) } : null;
      }
      return dct?.day !== undefined ? { type: 'DATE', value: formatWeek(dct) } : null;
    });
  },
};
