// Days named from the document date: "today", "yesterday", "tomorrow", "tonight".
import { addDays, format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

// "today's youth", "today's personal computers": the present age, not the document's day.
const GENERIC_AFTER = new RegExp(`^['’]s\\s+(?:${lexicon.genericAfterToday})(?![\\p{L}])`, 'iu');
// A broadcast's own programme ("Our top story tonight", "In other news tonight", "Tonight on the programme"):
// the show's time, no date of the story.
const BROADCAST_BEFORE = /(?:^|[^\p{L}])(?:stor(?:y|ies)|news|headlines?|programme|program|show|bulletin|broadcast|edition)\s+$/iu;
const BROADCAST_AFTER = /^\s+(?:on\s+(?:the\s+)?(?:programme|program|show)|['’]s\s+(?:programme|program|show|bulletin|edition))/iu;

/**
 * Accepts: "today", "Yesterday", "tomorrow", "the day before yesterday", "tonight" (TIME; the dataset lists its day).
 * Rejects: "todays" (no word end), "Our top story tonight" (a broadcast's own time: TimeML only), "yesterday's" keeps only "yesterday", "today's youth" and "today's
 * world" (the present age: lexicon genericAfterToday).
 * Needs a day-precise document date; with a coarser one there is nothing to resolve.
 */
export const referenceDay: Rule = {
  name: 'reference-day',
  pattern: new RegExp(`${START}(?:${lexicon.referenceDayWords})${END}`, 'gdiu'),
  extract(match, text) {
    const word = match[0].toLowerCase().replace(/\s+/g, ' ');
    const offset = lexicon.referenceDays[word];
    if (offset === undefined) return null;
    const end = match.index + match[0].length;
    if (word === 'today' && GENERIC_AFTER.test(text.slice(end, end + 40))) return null;
    const broadcast = word === 'tonight' && (BROADCAST_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index)) || BROADCAST_AFTER.test(text.slice(end, end + 24)));
    return candidate(this.name, match, ({ dct }) => {
      if (dct?.day === undefined) return null;
      const value = format(addDays(dct, offset));
      // "tonight" is the night of the document's day: a TIME for TimeML, that day for the dataset (see day-part.ts).
      return word === 'tonight' ? { type: 'TIME', value: `${value}TNI`, ...(broadcast ? { timemlOnly: true } : {}) } : { type: 'DATE', value };
    });
  },
};
