// Explicit days: a day and a month, with or without a year and a weekday.
import { daysBetween } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, explicitReading, yearFor } from './shared.js';
import { SPELLED_YEAR_AFTER_DAY, SPELLED_YEAR_CLOSE, spelledYearValue } from './spelled-year.js';

const WEEKDAY = `(?:(?<weekday>${lexicon.weekdayNames}),?\\s+(?:the\\s+)?)?`;
// "last Oct. 23" is the most recent one before the document date, "next March 3" the first after;
// "this coming Sunday, March 8" and "this past Sunday, March 1" only restate the day the date names.
const RELATIVE = `(?:(?<relative>last|next)\\s+|[Tt]his\\s+(?:coming|past)\\s+)?`;
// A day said as an ordinal word, as in a briefing's transcript: "the twenty-first of March", "March the third".
const SPOKEN_DAY = `(?<spoken>${lexicon.dayOrdinalWords})`;
// What may follow a day written after its month with "the" or in words ("March the third", "March
// third"): punctuation, the end, or a word that cannot be the noun or partitive an ordinal heads. "In
// March the third round began", "In May the first of the convoys crossed" and "March third-quarter sales"
// are a month and an ordinal. After "on" the phrase is a day whatever follows ("on March the third in Tehran").
const SPOKEN_DAY_FOLLOW = /^(?:\s*(?:[,.;:!?)'"’”\u2014]|$)|\s+(?:and|or|but|at|on|when|while|as|after|before|until|till|by|from|is|was|will|would|he|she|they|we|it)(?![\p{L}\p{N}-]))/u;
const ON_BEFORE = /(?:^|[^\p{L}])on\s+$/iu;
// The year after a day, in digits or in words ("the third of March, twenty twenty-four"). Words end the
// date only before punctuation, a conjunction or a verb: "On the third of March two thousand people
// marched" is a count.
const YEAR_AFTER_DAY =
  `(?:,?\\s+(?:(?<year>${YEAR})|(?<spokenYear>${SPELLED_YEAR_AFTER_DAY})${SPELLED_YEAR_CLOSE}))?`;

/**
 * Day before month: "16 January", "16th of January 2024", "Thursday, 8 February 2024",
 * "19 January, 2024", "the twenty-first of March", "the 3rd of April" (TIMEX3 takes the noun phrase,
 * its article included, when the day is a noun: "of" follows).
 * Rejects: "16 Januaryx", "116 January" (no day), "32 January" (no day 32), "twenty-first March" (a
 * day in words needs "of"), "the thirty-first of February" (no such day).
 */
export const dayMonth: Rule = {
  name: 'explicit-day:day-month',
  pattern: new RegExp(
    `${START}${RELATIVE}${WEEKDAY}(?:the\\s+(?=(?:${DAY}|${lexicon.dayOrdinalWords})\\s+of\\s))?` +
      `(?:(?<day>${DAY})\\s+|${SPOKEN_DAY}\\s+(?=of\\s))(?:of\\s+)?(?<month>${MONTH})${YEAR_AFTER_DAY}${END}`,
    'gdu',
  ),
  extract(match, text) {
    return extractDay(this.name, match, text);
  },
};

/**
 * Month before day: "January 16", "Jan. 29, 2024", "Thursday, Feb. 8, 2024", "January 16th", and as
 * said: "March the third", "March third", "March the 3rd".
 * Rejects: "January 2024" (month-year), "Jan 2024", "In March the third round began", "March
 * third-quarter sales" (an ordinal of a noun, see SPOKEN_DAY_FOLLOW).
 */
export const monthDay: Rule = {
  name: 'explicit-day:month-day',
  pattern: new RegExp(
    `${START}${RELATIVE}${WEEKDAY}(?<month>${MONTH})\\s+(?:(?<article>the)\\s+)?(?:(?<day>${DAY})|${SPOKEN_DAY})(?![\\p{L}\\p{N}]|:\\d)` +
      `${YEAR_AFTER_DAY}${END}`,
    'gdu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const end = match.index + match[0].length;
    const said = Boolean(g['article'] || g['spoken']);
    if (said && !ON_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index)) && !SPOKEN_DAY_FOLLOW.test(text.slice(end, end + 12))) return null;
    return extractDay(this.name, match, text);
  },
};

const REACHED_TO = /(?:^|[^\p{L}])(?:to|until|till|through|into)\s+$/iu;

function extractDay(rule: string, match: RegExpExecArray, text: string) {
  const g = match.groups ?? {};
  const month = lexicon.month(g['month'] ?? '');
  const dayOfMonth = g['spoken'] ? lexicon.ordinal(g['spoken']) ?? 0 : Number.parseInt(g['day'] ?? '', 10);
  if (month === null) return null;
  const explicitYear = g['year'] ? Number(g['year']) : g['spokenYear'] ? spelledYearValue(g['spokenYear']) : null;
  const relative = g['relative']?.toLowerCase();
  return candidate(rule, match, (context) => {
    let year = explicitYear ?? yearFor(month, context);
    const dct = context.dct;
    if (explicitYear === null && relative && dct?.month !== undefined) {
      const after = month > dct.month || (month === dct.month && dayOfMonth > (dct.day ?? 0));
      const before = month < dct.month || (month === dct.month && dayOfMonth < (dct.day ?? 32));
      year = relative === 'last' ? (before ? dct.year : dct.year - 1) : after ? dct.year : dct.year + 1;
    }
    // A day told in the past that is still days ahead of the document date is last year's: "the quarter
    // ended Oct. 31", written on 27 October. A day or so ahead may be the document date's lag, not a year;
    // a day a past act reaches to is ahead ("extended the offer to Nov. 20").
    const point = dayPoint(year, month, dayOfMonth);
    if (point && explicitYear === null && !relative && dct?.day !== undefined && year === dct.year && daysBetween(dct, point) >= 2 &&
      context.tense === 'past' && !context.deadline && context.pastVerb && !REACHED_TO.test(text.slice(Math.max(0, match.index - 10), match.index))) {
      return explicitReading(dayPoint(year - 1, month, dayOfMonth));
    }
    return explicitReading(point);
  });
}
