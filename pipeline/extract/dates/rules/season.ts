// Seasons with a year: "the summer of 2024", "spring 1998", "early summer 2023". Seasons named from
// the document date ("last fall") are in relative-period.ts; seasons of the narrative ("that autumn") below.
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

/**
 * Accepts: "summer 2024", "the summer of 2024", "spring of 1998", "Autumn 2023".
 * Rejects: "fall 2024" when it is a verb cannot be told apart, so "fall" needs "the" or "of"
 * ("the fall of 1998"); "summer" alone (no year).
 */
export const season: Rule = {
  name: 'season',
  pattern: new RegExp(
    `${START}(?<date>(?:the\\s+)?(?<season>${lexicon.seasonWords})(?:\\s+of)?\\s+(?<year>1\\d{3}|20\\d{2}))${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const word = (g['season'] ?? '').toLowerCase();
    const code = lexicon.seasons[word];
    if (!code) return null;
    if (word === 'fall' && !/^the\s|\sof\s/i.test(match[0])) return null;
    const year = Number(g['year']);
    return candidate(this.name, match, () => ({ type: 'DATE', value: `${year}-${code}`, anchor: { year, precision: 'year' } }));
  },
};

/**
 * Accepts: "the summer", "the early summer", "over the winter" (the document's year; TimeML only).
 * Rejects: "the fall" (too often the noun: "the fall of the wall", "the fall in prices"), "the summer
 * of 2024" (above), "the winter of nineteen ninety-four" (a season of another year), "a summer" (no article), "the summer's" is kept ("the summer's heat").
 */
export const documentSeason: Rule = {
  name: 'season:document-year',
  pattern: new RegExp(`${START}the\\s+(?:(?:early|late)\\s+)?(?<season>${lexicon.seasonWords})(?!\\s+(?:of\\s|\\d)|[\\p{L}\\p{N}])`, 'gdiu'),
  extract(match) {
    const word = (match.groups?.['season'] ?? '').toLowerCase();
    const code = lexicon.seasons[word];
    if (!code || word === 'fall') return null;
    return candidate(this.name, match, ({ dct }) => (dct ? { type: 'DATE', value: `${dct.year}-${code}`, timemlOnly: true } : null));
  },
};

/**
 * Accepts: "that autumn", "That summer" (the year of the date last named), "the following winter", "the
 * next spring" (the year after it), "the previous summer" (the year before).
 * Rejects: "that fall" ("that fall in prices": the noun), "this summer" (relative-period.ts), "that
 * summer's" is kept ("that summer's floods"); with no date named before, nothing.
 */
export const narrativeSeason: Rule = {
  name: 'season:narrative',
  pattern: new RegExp(
    `${START}(?:[Tt]hat|[Tt]he\\s+(?<order>following|next|previous|preceding))\\s+(?<season>${lexicon.seasonWords})(?!\\s+(?:of\\s|\\d))${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const word = (g['season'] ?? '').toLowerCase();
    const code = lexicon.seasons[word];
    if (!code || word === 'fall') return null;
    const order = (g['order'] ?? '').toLowerCase();
    const step = order === 'following' || order === 'next' ? 1 : order ? -1 : 0;
    return candidate(this.name, match, ({ anchor }) => {
      const named = anchor('year');
      return named ? { type: 'DATE', value: `${named.year + step}-${code}` } : null;
    });
  },
};
