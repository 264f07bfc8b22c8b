// Parts of a day named from the document date: "this morning", "yesterday afternoon", "last night",
// "tomorrow evening", "later this afternoon". TimeML reads them as TIME with the part in the value
// (1998-02-06TMO). The dataset lists the day each names ("this morning" is the document's day, "last
// night" the day before), as annotators list "the same night", "Tuesday evening" and "the next morning":
// a part of a named day is that day, unlike a clock time (GUIDELINES: times of day are not dates).
import { addDays, format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

const DAY_OFFSET: Record<string, number> = { this: 0, yesterday: -1, tomorrow: 1, last: -1 };

/**
 * Accepts: "this morning", "this evening", "yesterday afternoon", "tomorrow morning", "last night".
 * Rejects: "last morning" (not said), "this night" (not said), "Monday morning" (weekday.ts),
 * "the morning" alone (no day named).
 */
export const dayPart: Rule = {
  name: 'day-part',
  pattern: new RegExp(
    `${START}(?:(?<day>this|yesterday|tomorrow)\\s+(?<part>morning|afternoon|evening)|(?<last>last|tomorrow)\\s+night)${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const offset = DAY_OFFSET[(g['day'] ?? g['last'] ?? '').toLowerCase()];
    const code = lexicon.dayParts[(g['part'] ?? 'night').toLowerCase()];
    if (offset === undefined || !code) return null;
    return candidate(this.name, match, ({ dct }) => (dct?.day === undefined ? null : { type: 'TIME', value: `${format(addDays(dct, offset))}T${code}` }));
  },
};
