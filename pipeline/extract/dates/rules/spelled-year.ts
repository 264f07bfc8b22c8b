// Years and decades written in words, as broadcast transcripts and speeches give them:
// "nineteen ninety-six", "the year two thousand", "two thousand and four", "the nineties".
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START, explicitReading } from './shared.js';

const TEEN_OR_TENS = `(?:${lexicon.teenAndTensWords})`;
const UNITS = `(?:${lexicon.unitWords})`;
const CENTURY = `(?<century>nineteen|twenty)`;
const TENS = `(?<tens>${TEEN_OR_TENS})`;
const UNIT = `(?<unit>${UNITS})`;
/**
 * A year said in words after a day ("March the third, twenty twenty-four", "the first of May two thousand
 * and five"): alone such words are too often a count to be read as a year, after a day they are its year.
 */
export const SPELLED_YEAR_AFTER_DAY =
  `(?:(?:nineteen|twenty)[\\s-]+${TEEN_OR_TENS}(?:[\\s-]+${UNITS})?|two\\s+thousand(?:\\s+and)?(?:\\s+(?:${TEEN_OR_TENS}(?:[\\s-]+${UNITS})?|${UNITS}))?)`;

/**
 * What follows such a year: punctuation, a conjunction or a verb. "On the third of March two thousand people
 * marched" is a count.
 */
export const SPELLED_YEAR_CLOSE =
  `(?=\\s*(?:[,.;:!?)'"’”\\u2014]|$)|\\s+(?:but|when|as|after|before|is|was|will|would)(?![\\p{L}\\p{N}-]))`;

/** The year SPELLED_YEAR_AFTER_DAY words say ("twenty twenty-four": 2024, "two thousand and five": 2005). */
export function spelledYearValue(words: string): number | null {
  const [first, ...rest] = words.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  if (first === 'two' && rest[0] === 'thousand') return 2000 + (rest.length > 1 ? lexicon.count(rest.slice(1).join(' ')) ?? 0 : 0);
  const tens = lexicon.count(rest.join(' '));
  if ((first !== 'nineteen' && first !== 'twenty') || tens === null || tens < 10) return null;
  return (first === 'nineteen' ? 1900 : 2000) + tens;
}

const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/**
 * Accepts: "nineteen ninety-six", "nineteen seventy-nine", "Nineteen eighty", "the year two thousand",
 * "two thousand and four", "twenty ten".
 * Rejects: "nineteen" alone, "twenty-two" (a count), "nineteen people", "two thousand troops"
 * (a count: "two thousand" needs "the year" before it or a unit after "and").
 */
export const spelledYear: Rule = {
  name: 'spelled-year',
  pattern: new RegExp(
    `${START}(?:(?<the>the\\s+year\\s+))?(?:${CENTURY}[\\s-]+${TENS}(?:[\\s-]+${UNIT})?|two\\s+thousand(?:\\s+and\\s+(?<later>one|two|three|four|five|six|seven|eight|nine|ten))?)${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    let year: number;
    if (g['century']) {
      const tens = lexicon.count(g['tens'] ?? '') ?? 0;
      // "twenty ten" is 2010; "twenty twenty-two" 2022; "nineteen five" is not a year form.
      if (tens < 10) return null;
      year = (g['century'].toLowerCase() === 'nineteen' ? 1900 : 2000) + tens + (lexicon.count(g['unit'] ?? '') ?? 0);
    } else {
      if (!g['the'] && !g['later']) return null;
      year = 2000 + (lexicon.count(g['later'] ?? '') ?? 0);
    }
    return candidate(this.name, match, () => explicitReading({ year }));
  },
};

/**
 * Accepts: "the nineties", "the sixties", "the 'nineties" is not written in news.
 * Rejects: "nineties" without "the" ("in his nineties" is an age), "the late nineties" keeps the decade.
 * Decades in words are last century's: "the sixties" is 196 (196X).
 */
export const spelledDecade: Rule = {
  name: 'spelled-year:decade',
  pattern: new RegExp(`${START}the\\s+(?:(?:early|mid|late)[\\s-]+)?(?<decade>${Object.keys(DECADES).join('|')})${END}`, 'gdiu'),
  extract(match, text) {
    const digit = DECADES[(match.groups?.['decade'] ?? '').toLowerCase()];
    // "in his nineties" is an age; "the nineties" after a possessive is too.
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    if (digit === undefined || /(?:his|her|their)\s+$/i.test(before)) return null;
    return candidate(this.name, match, () => ({ type: 'DATE', value: `19${digit}` }));
  },
};
