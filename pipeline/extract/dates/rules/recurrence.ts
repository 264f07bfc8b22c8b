// Recurrences (TIMEX3 SET; never dataset dates): "daily", "every year", "each month", "weekly",
// "each Thursday", "every July", "on Tuesdays", "Tuesday nights".
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

const EVERY: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y' };

// A newspaper: "the Communist Party daily Granma", "the Urdu daily Jang", "the daily Dawn", or "the
// daily" as a noun ("the daily reported", "the weekly's editor").
const PAPER_NAME_AFTER = /^\s+\p{Lu}/u;
const PAPER_NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+(?:[\p{L}-]+\s+)?$/iu;
const PAPER_NOUN_AFTER = /^(?:['’]s\s|[.,;:)"”]|\s+(?:said|says|reported|reports|quoted|quotes|wrote|writes|added|cited|claimed|published)(?![\p{L}]))/u;

/**
 * Accepts: "daily", "every day", "each year", "every quarter", "weekly", "monthly".
 * Rejects: "annually" (in news it qualifies a rate, "to rise 8.5% annually", which TimeBank leaves
 * untagged), "every other", a newspaper ("the daily Dawn", "the Urdu daily Jang", "the daily reported").
 * Known limit: "everyday" as an adjective is still taken (rare in news).
 */
export const recurrence: Rule = {
  name: 'recurrence',
  pattern: /(?<![\p{L}\p{N}])(?:(?:every|each)\s+(?<unit>day|week|month|quarter|year)|(?<adverb>daily|weekly|monthly|yearly))(?![\p{L}\p{N}])/dgiu,
  extract(match, text) {
    const g = match.groups ?? {};
    if (g['adverb'] && /^(?:daily|weekly)$/i.test(g['adverb'])) {
      const end = match.index + match[0].length;
      const after = text.slice(end, end + 12);
      if (PAPER_NAME_AFTER.test(after)) return null;
      if (PAPER_NOUN_AFTER.test(after) && PAPER_NOUN_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) return null;
    }
    const value = EVERY[(g['unit'] ?? g['adverb'] ?? '').toLowerCase()];
    return value ? candidate(this.name, match, () => ({ type: 'SET', value })) : null;
  },
};

/**
 * Accepts: "each Thursday" (XXXX-WXX-4), "every July" (XXXX-07), "Tuesdays", "Tuesday nights"
 * (XXXX-WXX-2TNI), "every Friday morning".
 * Rejects: "Tuesday" (a day: weekday.ts), "Tuesday night" (that night), "each of".
 */
export const namedRecurrence: Rule = {
  name: 'recurrence:named',
  pattern: new RegExp(
    `${START}(?:(?:every|each)\\s+(?:(?<weekday>${lexicon.weekdayNames})(?:\\s+(?<part>${lexicon.dayPartWords}))?|(?<month>${lexicon.monthNames}))` +
      `|(?<plural>${lexicon.weekdayNames})(?:s|\\s+(?<pluralPart>${lexicon.dayPartWords})s))${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    if (g['month']) {
      const month = lexicon.month(g['month']);
      return month === null ? null : candidate(this.name, match, () => ({ type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` }));
    }
    const weekday = lexicon.weekday(g['weekday'] ?? g['plural'] ?? '');
    if (weekday === null) return null;
    const partWord = g['part'] ?? g['pluralPart'];
    const part = partWord ? lexicon.dayParts[partWord.toLowerCase()] : undefined;
    return candidate(this.name, match, () => ({ type: 'SET', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}` }));
  },
};
