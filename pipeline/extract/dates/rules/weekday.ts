// Weekdays: "Friday", "on Monday", "last Wednesday", "next Tuesday", "Wednesday night".
import { addDays, format, weekdayOf } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

const POSSESSIVE_NOUN = /^['’]s\s/u;

/**
 * Accepts: "Friday", "last Friday", "next Tuesday", "this Monday", "Wednesday night", "Friday's".
 * Rejects: "Fridays" (a set, not a day), "friday" in lower case, "Sunday Times" is left to the
 * caller's furniture blanking.
 * Past tense (the default in news) takes the most recent such day on or before the document
 * date; future tense ("will meet on Friday") the first on or after it. A possessive ("would appeal
 * Wednesday's ruling") names a day by what happened on it: past, whatever the clause's tense.
 */
const PART_IN_VALUE = /^(?:evening|afternoon)$/u;

export const weekday: Rule = {
  name: 'weekday',
  pattern: new RegExp(
    `${START}(?:(?<relative>last|next|this(?:\\s+(?:past|coming))?)\\s+)?(?<weekday>${lexicon.weekdayNames})` +
      `(?:\\s+(?<part>${lexicon.dayPartWords}))?(?!\\p{L})`,
    'gdu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const target = lexicon.weekday(g['weekday'] ?? '');
    if (target === null) return null;
    const relative = g['relative']?.toLowerCase() ?? '';
    const part = (g['part'] ?? '').toLowerCase();
    // "Wednesday's ruling", "Friday's close": a day named by what happened on it, already past.
    const end = match.index + match[0].length;
    const happened = POSSESSIVE_NOUN.test(text.slice(end, end + 3));
    return candidate(this.name, match, (context) => {
      const dct = context.dct;
      const tense = happened ? 'past' : context.tense;
      if (dct?.day === undefined) return null;
      const diff = target - weekdayOf(dct); // -6 .. 6
      let offset: number;
      if (relative.startsWith('last') || relative.endsWith('past')) offset = diff < 0 ? diff : diff - 7;
      else if (relative.startsWith('next') || relative.endsWith('coming')) offset = diff > 0 ? diff : diff + 7;
      else if (tense === 'future') offset = diff >= 0 ? diff : diff + 7;
      else offset = diff <= 0 ? diff : diff - 7;
      const point = addDays(dct, offset);
      // TimeBank mostly gives "Wednesday night" and "Friday morning" the day itself as a DATE (measured:
      // writing the part into the value, 2000-01-05TNI, loses more matches than it wins); "Friday evening"
      // and "Friday afternoon" it writes as a TIME with the part (1989-10-27TEV), as TimeML says. The dataset keeps the day.
      const reading = { type: 'DATE' as const, value: format(point), anchor: { ...point, precision: 'day' as const, relative: true } };
      const code = PART_IN_VALUE.test(part) ? lexicon.dayParts[part] : undefined;
      return code ? { ...reading, parts: [{ start: match.index, end, type: 'TIME' as const, value: `${reading.value}T${code}` }] } : reading;
    });
  },
};
