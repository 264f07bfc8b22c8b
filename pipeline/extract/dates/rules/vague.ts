// Vague references to the present, past or future: "now", "currently", "recently", "the future".
// TimeML tags them (PRESENT_REF, PAST_REF, FUTURE_REF); the dataset never lists them as dates.
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

/**
 * Accepts: "now", "Now", "currently", "recently", "recent", "the future", "soon", "the past".
 * Rejects: "nowhere", "snow", "recentness" (word edges), "right now" keeps "now", "the past three
 * summers" and "the past several quarters" (a period counted back: not the past as such).
 */
const COUNT_AFTER = new RegExp(`^[\\s-]+(?:\\d|${lexicon.numberWords}|few|couple)(?![\\p{L}])`, 'iu');

export const vague: Rule = {
  name: 'vague',
  pattern: new RegExp(`${START}(?:${lexicon.vagueWords})${END}`, 'gdiu'),
  extract(match, text) {
    const value = lexicon.vague[match[0].toLowerCase().replace(/\s+/g, ' ')];
    // "the past three summers", "the past several quarters": the start of a period, not the past.
    const end = match.index + match[0].length;
    if (/^the\s/i.test(match[0]) && COUNT_AFTER.test(text.slice(end, end + 24))) return null;
    return value ? candidate(this.name, match, () => ({ type: 'DATE', value, timemlOnly: true })) : null;
  },
};
