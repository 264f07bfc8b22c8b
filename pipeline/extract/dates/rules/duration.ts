// Durations (TIMEX3 DURATION; never dataset dates): "two weeks", "for 40 years", "16-hour",
// "the past two months", "the first nine months", "at least 30 days", "the past year", "for years".
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START } from './shared.js';

const HEDGE = `(?:(?:about|nearly|almost|some|roughly|around|more\\s+than|less\\s+than|at\\s+least|at\\s+most|up\\s+to|over|under|just|only|another|the\\s+(?:past|last|next|first|previous|coming|final|remaining|latest))\\s+)?`;

function isoDuration(count: number | null, unitForm: string): string | null {
  const unit = lexicon.unit(unitForm);
  if (!unit) return null;
  const n = unit.unit === 'fortnight' && count !== null ? count * 2 : count;
  return `P${unit.time ? 'T' : ''}${n ?? 'X'}${unit.letter}`;
}

/**
 * Accepts: "two weeks", "three days", "at least 30 days", "the past two months", "the first nine
 * months", "16-hour", "two-year", "Eight trading days", "several months".
 * Rejects: "two days later" and "two months ago" (longer rules win), "1998 days" (a year-like count
 * is still a count: accepted), "two" alone.
 */
export const countedDuration: Rule = {
  name: 'duration:counted',
  pattern: new RegExp(
    `${START}${HEDGE}(?<count>\\d{1,4}(?:\\.\\d)?|${lexicon.numberWords})[\\s-]+(?:(?:more|trading|business|calendar|straight|consecutive)\\s+)?(?<unit>${lexicon.unitForms})${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const count = lexicon.count(g['count'] ?? '');
    const value = isoDuration(count, g['unit'] ?? '');
    return value ? candidate(this.name, match, () => ({ type: 'DURATION', value })) : null;
  },
};

/**
 * Accepts: "the past year", "the last decade", "the next month", "the coming weeks", "for years",
 * "for decades", "in recent years" (vague: not dataset dates).
 * Rejects: "last year" (relative-period.ts: a date), "years" alone.
 */
export const periodDuration: Rule = {
  name: 'duration:period',
  pattern: new RegExp(
    `${START}(?:(?<the>the\\s+(?:past|last|next|coming|previous|recent))\\s+(?<unit>${lexicon.unitForms})|for\\s+(?<plural>years|decades|months|weeks|days|hours))${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const form = g['unit'] ?? g['plural'] ?? '';
    const plural = /s$/i.test(form);
    const value = isoDuration(plural ? null : 1, form);
    if (!value) return null;
    // TimeML's extent of "for years" is "years".
    const start = g['plural'] ? match.index + match[0].length - form.length : match.index;
    return { start, end: match.index + match[0].length, text: match.input.slice(start, match.index + match[0].length), rule: this.name,
      resolve: () => ({ type: 'DURATION', value }) };
  },
};
