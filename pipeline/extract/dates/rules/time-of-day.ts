// Times of day: "6 a.m.", "10:30 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday".
// TimeML tags them as TIME; the dataset keeps only the day a weekday or day word names.
import { addDays, format, weekdayOf } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { DAY, END, MONTH, START, dayPoint as dayOf, yearFor } from './shared.js';

const CLOCK =
  `(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?:(?<half>a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})|(?:o['’]clock\\s+)?in\\s+the\\s+(?<part>morning|afternoon|evening))` +
  `|(?<named>noon|midday|midnight)`;
const TIME_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:at|around|about|by|until|till|before|after|from|since)\s+$/iu;
const ZONE_NAMES = 'EDT|EST|CDT|CST|PDT|PST|GMT|UTC';
const ZONE = `(?:\\s+(?:${ZONE_NAMES}|local\\s+time))?`;
// The same time in another zone in brackets, then the weekday: "10:35 a.m. (0735 GMT) Friday". TimeML
// tags the clock and the weekday apart; the weekday still dates the clock. (An alternative, not an
// optional group: a quantified group that matches nothing is dropped with its captures.)
const WEEKDAY_AFTER_BRACKET =
  `(?=\\s+\\(\\s*\\d{1,2}(?::?\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.)?\\s*(?:${ZONE_NAMES})\\s*\\)\\s+(?<weekdayAfter>${lexicon.weekdayNames})(?![\\p{L}]))`;

/**
 * Accepts: "6 a.m.", "10:30 p.m.", "noon", "midday", "9 a.m. EST Tuesday", "10 p.m. Wednesday", "midnight Friday",
 * "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6", "4 in the morning", "7 o'clock in the evening", "10:35 a.m.
 * (0735 GMT) Friday".
 * Rejects: "6 am" inside "6 amps" (word end), "13 p.m." (no such hour), "22:59" alone (no half), "killed 4
 * in the morning raid" (a clock said with "in the morning" needs a preposition of time before it).
 * A clock time alone is TimeML-only (the document day); with a weekday the dataset gets the day.
 */
export const timeOfDay: Rule = {
  name: 'time-of-day',
  pattern: new RegExp(
    `${START}(?:${CLOCK})${ZONE}(?:,?\\s+(?:on\\s+)?(?:(?<weekday>${lexicon.weekdayNames})|(?<month>${MONTH})\\s+(?<dayOfMonth>${DAY})(?![\\p{L}\\p{N}]|:\\d))|${WEEKDAY_AFTER_BRACKET}|)${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    // "4 in the morning" is a clock time after a preposition of time; "killed 4 in the morning raid" a count.
    if (g['part'] && !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    const named = g['named']?.toLowerCase();
    let hour = named === 'noon' || named === 'midday' ? 12 : named ? 0 : Number(g['hour']);
    if ((/^p/i.test(g['half'] ?? '') || /^(?:afternoon|evening)$/i.test(g['part'] ?? '')) && hour < 12) hour += 12;
    if (/^a/i.test(g['half'] ?? '') && hour === 12) hour = 0;
    const clock = `T${String(hour).padStart(2, '0')}:${g['minute'] ?? '00'}`;
    const weekdayName = g['weekday'] ?? g['weekdayAfter'];
    const target = weekdayName ? lexicon.weekday(weekdayName) : null;
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
      return { type: 'TIME', value: `${format(dayPoint)}${clock}`, timemlOnly: target === null || !g['weekday'] };
    });
  },
};
