// Times of day: "6 a.m.", "10:30 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday".
// TimeML tags them as TIME; the dataset keeps only the day a weekday or day word names.
import { addDays, format, weekdayOf } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { DAY, END, MONTH, START, dayPoint as dayOf, yearFor } from './shared.js';

const CLOCK = `(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<half>a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})|(?<named>noon|midnight)`;
const ZONE = `(?:\\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC|local\\s+time))?`;

/**
 * Accepts: "6 a.m.", "10:30 p.m.", "noon", "9 a.m. EST Tuesday", "10 p.m. Wednesday", "midnight Friday",
 * "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6".
 * Rejects: "6 am" inside "6 amps" (word end), "13 p.m." (no such hour), "22:59" alone (no half).
 * A clock time alone is TimeML-only (the document day); with a weekday the dataset gets the day.
 */
export const timeOfDay: Rule = {
  name: 'time-of-day',
  pattern: new RegExp(
    `${START}(?:${CLOCK})${ZONE}(?:,?\\s+(?:on\\s+)?(?:(?<weekday>${lexicon.weekdayNames})|(?<month>${MONTH})\\s+(?<dayOfMonth>${DAY})(?![\\p{L}\\p{N}]|:\\d)))?${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    let hour = g['named']?.toLowerCase() === 'noon' ? 12 : g['named'] ? 0 : Number(g['hour']);
    if (/^p/i.test(g['half'] ?? '') && hour < 12) hour += 12;
    if (/^a/i.test(g['half'] ?? '') && hour === 12) hour = 0;
    const clock = `T${String(hour).padStart(2, '0')}:${g['minute'] ?? '00'}`;
    const target = g['weekday'] ? lexicon.weekday(g['weekday']) : null;
    const month = g['month'] ? lexicon.month(g['month']) : null;
    const dayOfMonth = Number.parseInt(g['dayOfMonth'] ?? '', 10);
    return candidate(this.name, match, (context) => {
      const { dct, tense, anchor } = context;
      if (month !== null) {
        const point = dayOf(yearFor(month, context), month, dayOfMonth);
        return point ? { type: 'TIME', value: `${format(point)}${clock}`, anchor: { ...point, precision: 'day' } } : null;
      }
      if (dct?.day === undefined) return null;
      // A clock time alone is on the day the narrative is at: the latest explicit day named, else the document's.
      let dayPoint = target === null ? (anchor('day') ?? dct) : dct;
      if (target !== null) {
        const diff = target - weekdayOf(dct);
        dayPoint = addDays(dct, tense === 'future' ? (diff >= 0 ? diff : diff + 7) : diff <= 0 ? diff : diff - 7);
      }
      return { type: 'TIME', value: `${format(dayPoint)}${clock}`, timemlOnly: target === null };
    });
  },
};
