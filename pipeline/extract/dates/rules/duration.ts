// Durations (TIMEX3 DURATION; never dataset dates): "two weeks", "for 40 years", "16-hour",
// "the past two months", "the first nine months", "at least 30 days", "the past year", "for years".
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

// TimeBank leaves "about", "only", "over" ... outside a duration's extent and keeps "nearly",
// "more than", "at least" ... inside it ("about [five hours]", "[at least 30 days]").
const OUTSIDE = `(?:(?:about|roughly|around|approximately|over|just|only|barely)\\s+)?`;
const HEDGE = `(?:(?:nearly|almost|some|more\\s+than|less\\s+than|at\\s+least|at\\s+most|up\\s+to|under|another|the\\s+(?:past|last|next|first|previous|coming|final|remaining|latest)|the)\\s+)?`;

const RATE_BEFORE = /(?:\d|%|percent|cents?|dollars?|rupees|rials|million|billion|trillion|thousand|hundred|times|barrels|tons|tonnes)\s*$/iu;

// Half a unit in the next smaller one, as TimeBank writes it ("2 1/2 years" P2Y6M, "five and a half hours" PT5H30M).
const HALF_UNIT: Record<string, string> = { year: '6M', day: 'T12H', hour: '30M', minute: '30S' };

function isoDuration(count: number | null, unitForm: string, half = false): string | null {
  const unit = lexicon.unit(unitForm);
  if (!unit) return null;
  // TimeML writes decades and centuries in years ("two decades" is P20Y) and fortnights in weeks.
  const factor: Record<string, [number, string]> = { fortnight: [2, 'W'], decade: [10, 'Y'], century: [100, 'Y'] };
  const [times, letter] = factor[unit.unit] ?? [1, unit.letter];
  const time = unit.time ? 'T' : '';
  if (count === null) return `P${time}X${letter}`;
  if (!half) return `P${time}${count * times}${letter}`;
  const halfUnit = HALF_UNIT[unit.unit];
  if (times === 1 && halfUnit) return `P${time}${count}${letter}${halfUnit}`;
  return `P${time}${(count + 0.5) * times}${letter}`; // "2 1/2 weeks" P2.5W, "a decade and a half" P15Y
}

/**
 * Accepts: "two weeks", "three days", "at least 30 days", "the past two months", "the first nine
 * months", "16-hour", "two-year", "Eight trading days", "several months".
 * Accepts also "2 1/2 years" (P2Y6M), "five and a half hours" (PT5H30M), "a minute and a half" (PT1M30S),
 * "the past two quarters" (P2Q), "several quarters" (PXQ), "the nine months" (with
 * the article, as TimeBank marks it) and "the 14-day waiting period" (without it: a modifier).
 * Rejects: "1/2 hours" read from the "2" of a fraction, "two years and a half", "$3 billion a year" (a rate), "a 6-year-old" (an age), "three-quarters", "three quarters of
 * the vote", "a second time", "two days later" and "two months ago" (longer rules win), "1998 days" (a year-like count
 * is still a count: accepted), "two" alone.
 */
export const countedDuration: Rule = {
  name: 'duration:counted',
  pattern: new RegExp(
    `${START}${OUTSIDE}(?<date>${HEDGE}(?<count>\\d{1,4}(?:\\.\\d)?|${lexicon.numberWords})(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?[\\s-]+` +
      `(?:(?:more|trading|business|calendar|straight|consecutive)\\s+)?(?<unit>${lexicon.unitForms})(?<halfAfter>\\s+and\\s+a\\s+half)?)${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const count = lexicon.count(g['count'] ?? '');
    const unit = lexicon.unit(g['unit'] ?? '')?.unit;
    const end = match.index + match[0].length;
    // "5 1/2 hours" read from its "2": the count is a fraction's denominator.
    if (/\d\/$/.test(match.input.slice(Math.max(0, match.index - 2), match.index))) return null;
    // "a year and a half" halves one unit only; "two years and a half" is not how news writes it.
    if (g['halfAfter'] && count !== 1) return null;
    const half = Boolean(g['half'] ?? g['halfAfter']);
    // Ages ("a 6-year-old boy"), fractions ("three-quarters") and "a second time" are not durations.
    if (/^[\s-]+old\b/i.test(match.input.slice(end, end + 6))) return null;
    // "three-quarters", "three quarters of the vote" are fractions; "the past two quarters" is a period.
    if (unit === 'quarter' && (/-/.test(match[0]) || /^\s+of\b/i.test(match.input.slice(end, end + 4)))) return null;
    if (unit === 'second' && !/^\d/.test(g['count'] ?? '')) return null;
    // A rate ("$3 billion a year", "10 percent a month") is not a duration.
    if (/^an?$/i.test(g['count'] ?? '') && RATE_BEFORE.test(match.input.slice(Math.max(0, match.index - 24), match.index))) return null;
    const value = isoDuration(count, g['unit'] ?? '', half);
    if (!value) return null;
    const found = candidate(this.name, match, () => ({ type: 'DURATION', value }));
    // A compound modifier ("the 14-day waiting period", "the two day rally") leaves the article out.
    const article = /^the\s+(?=\S)/i.exec(found.text);
    const adjective = /-\s*\S+$/.test(found.text) || (count !== null && count !== 1 && !/s$/i.test(g['unit'] ?? ''));
    if (!article || !adjective || /^the\s+(?:past|last|next|first|previous|coming|final|remaining|latest)\s/i.test(found.text)) return found;
    return { ...found, start: found.start + article[0].length, text: found.text.slice(article[0].length) };
  },
};

/**
 * Accepts: "the past year", "the last decade", "the next month", "the coming weeks", "for years",
 * "for decades", "recent years" (PXY), "recent months", "coming weeks" (vague: not dataset dates).
 * Rejects: "last year" (relative-period.ts: a date), "years" alone.
 */
export const periodDuration: Rule = {
  name: 'duration:period',
  pattern: new RegExp(
    `${START}(?:(?<the>the\\s+(?:past|last|next|coming|previous|recent))\\s+(?<unit>${lexicon.unitForms})|for\\s+(?<plural>years|decades|months|weeks|days|hours)|(?:recent|coming)\\s+(?<recent>years|decades|months|weeks|days|hours|quarters))${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const form = g['unit'] ?? g['plural'] ?? g['recent'] ?? '';
    const plural = /s$/i.test(form);
    // "recent quarters" has no ISO letter of its own: TimeBank counts it in months.
    const value = /^quarters$/i.test(form) ? 'PXM' : isoDuration(plural ? null : 1, form);
    if (!value) return null;
    // TimeBank codes "recent years" as the past at large (DATE PAST_REF) four times in five, while
    // "recent weeks" and "recent months" stay counted periods.
    if (/^recent\s+years$/i.test(match[0])) return candidate(this.name, match, () => ({ type: 'DATE', value: 'PAST_REF', timemlOnly: true }));
    // TimeBank reads "the past year" as the calendar year before the document's, a DATE.
    if (/^the\s+(?:past|last)\s+year$/i.test(match[0])) {
      return candidate(this.name, match, ({ dct }) => (dct ? { type: 'DATE', value: String(dct.year - 1), timemlOnly: true } : null));
    }
    // TimeML's extent of "for years" is "years".
    const start = g['plural'] ? match.index + match[0].length - form.length : match.index;
    return { start, end: match.index + match[0].length, text: match.input.slice(start, match.index + match[0].length), rule: this.name,
      resolve: () => ({ type: 'DURATION', value }) };
  },
};
