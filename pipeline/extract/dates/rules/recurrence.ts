// Recurrences (TIMEX3 SET; never dataset dates): "daily", "every year", "each month", "weekly".
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

const EVERY: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y' };

/**
 * Accepts: "daily", "every day", "each year", "every quarter", "weekly", "monthly".
 * Rejects: "annually" (in news it qualifies a rate, "to rise 8.5% annually", which TimeBank leaves
 * untagged), "every other". Known limit: "everyday" as an adjective is still taken (rare in news).
 */
export const recurrence: Rule = {
  name: 'recurrence',
  pattern: /(?<![\p{L}\p{N}])(?:(?:every|each)\s+(?<unit>day|week|month|quarter|year)|(?<adverb>daily|weekly|monthly|yearly))(?![\p{L}\p{N}])/dgiu,
  extract(match) {
    const g = match.groups ?? {};
    const value = EVERY[(g['unit'] ?? g['adverb'] ?? '').toLowerCase()];
    return value ? candidate(this.name, match, () => ({ type: 'SET', value })) : null;
  },
};
