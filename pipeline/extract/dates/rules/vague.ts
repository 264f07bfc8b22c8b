// Vague references to the present, past or future: "now", "currently", "recently", "the future".
// TimeML tags them (PRESENT_REF, PAST_REF, FUTURE_REF); the dataset never lists them as dates.
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

/**
 * Accepts: "now", "Now", "currently", "recently", "recent", "the future", "soon", "the past".
 * Rejects: "nowhere", "snow", "recentness" (word edges), "right now" keeps "now".
 */
export const vague: Rule = {
  name: 'vague',
  pattern: new RegExp(`${START}(?:${lexicon.vagueWords})${END}`, 'gdiu'),
  extract(match) {
    const value = lexicon.vague[match[0].toLowerCase().replace(/\s+/g, ' ')];
    return value ? candidate(this.name, match, () => ({ type: 'DATE', value, timemlOnly: true })) : null;
  },
};
