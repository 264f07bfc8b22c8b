// Day ranges within one month: "16-18 January", "January 16-18, 2024", "16 to 18 January".
import { format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, groupSpan, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, yearFor } from './shared.js';

const DASH = `\\s*(?:-|–|—|to|and|through)\\s*`;
// Days before the month in digits or, as a briefing says them, in words: "the tenth to the twelfth of November".
const DAY_OR_WORDS = `(?:${DAY}|${lexicon.dayOrdinalWords})`;
const WORDS_BEFORE_OF = new RegExp(`^(?:${lexicon.dayOrdinalWords})$`, 'iu');

/** The day a day group holds: "16", "16th" or "sixteenth". */
const dayNumber = (written: string): number => (/^\d/.test(written) ? Number.parseInt(written, 10) : lexicon.ordinal(written) ?? Number.NaN);

/**
 * Accepts: "16-18 January", "16–18 January 2024", "January 16-18", "Jan. 16 to 18, 2024", "the tenth to
 * the twelfth of November", "the first and second of March".
 * Rejects: "18-16 January" (backwards), "30-31 February" (no such days), "2-3 years", "the tenth to
 * twelfth November" (days in words need "of", as in explicit-day.ts).
 * The dataset gets one interval; TimeML gets the two days as two DATEs ("16" and "18 January",
 * "January 16" and "18").
 */
export const dayRange: Rule = {
  name: 'day-range',
  pattern: new RegExp(
    `${START}(?:(?:the\\s+)?(?<from1>${DAY_OR_WORDS})${DASH}(?:the\\s+)?(?<to1>${DAY_OR_WORDS})\\s+(?<of>of\\s+)?(?<month1>${MONTH})` +
      `|(?<month2>${MONTH})\\s+(?<from2>${DAY})${DASH}(?<to2>${DAY}))(?![\\p{L}\\p{N}]|:\\d)(?:,?\\s+(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lexicon.month(g['month1'] ?? g['month2'] ?? '');
    const from = dayNumber(g['from1'] ?? g['from2'] ?? '');
    const to = dayNumber(g['to1'] ?? g['to2'] ?? '');
    const fromSpan = groupSpan(match, g['from1'] ? 'from1' : 'from2');
    if (month === null || !(from < to) || !fromSpan) return null;
    if (WORDS_BEFORE_OF.test(g['to1'] ?? '') && !g['of']) return null;
    const explicitYear = g['year'] ? Number(g['year']) : null;
    const end = match.index + match[0].length;
    // TimeML: the first day alone, the second with the month (and year): "16" and "18 January".
    const secondStart = g['from1'] ? (groupSpan(match, 'to1')?.start ?? fromSpan.start) : match.index;
    return candidate(this.name, match, (context) => {
      const year = explicitYear ?? yearFor(month, context);
      const first = dayPoint(year, month, from);
      const last = dayPoint(year, month, to);
      if (!first || !last) return null;
      const parts = g['from1']
        ? [
            { ...fromSpan, type: 'DATE' as const, value: format(first) },
            { start: secondStart, end, type: 'DATE' as const, value: format(last) },
          ]
        : [
            { start: match.index, end: fromSpan.end, type: 'DATE' as const, value: format(first) },
            { ...(groupSpan(match, 'to2') ?? fromSpan), type: 'DATE' as const, value: format(last) },
          ];
      return { type: 'DATE', value: `${format(first)}/${format(last)}`, anchor: { ...first, precision: 'day' }, parts };
    });
  },
};
