// Day ranges within one month: "16-18 January", "January 16-18, 2024", "16 to 18 January".
import { format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { candidate, groupSpan, type Rule } from '../types.js';
import { DAY, END, MONTH, START, YEAR, dayPoint, yearFor } from './shared.js';

const DASH = `\\s*(?:-|–|—|to|and|through)\\s*`;

/**
 * Accepts: "16-18 January", "16–18 January 2024", "January 16-18", "Jan. 16 to 18, 2024".
 * Rejects: "18-16 January" (backwards), "30-31 February" (no such days), "2-3 years".
 * The dataset gets one interval; TimeML gets the two days as two DATEs ("16" and "18 January",
 * "January 16" and "18").
 */
export const dayRange: Rule = {
  name: 'day-range',
  pattern: new RegExp(
    `${START}(?:(?<from1>${DAY})${DASH}(?<to1>${DAY})\\s+(?:of\\s+)?(?<month1>${MONTH})` +
      `|(?<month2>${MONTH})\\s+(?<from2>${DAY})${DASH}(?<to2>${DAY}))(?![\\p{L}\\p{N}]|:\\d)(?:,?\\s+(?<year>${YEAR}))?${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lexicon.month(g['month1'] ?? g['month2'] ?? '');
    const from = Number.parseInt(g['from1'] ?? g['from2'] ?? '', 10);
    const to = Number.parseInt(g['to1'] ?? g['to2'] ?? '', 10);
    const fromSpan = groupSpan(match, g['from1'] ? 'from1' : 'from2');
    if (month === null || !(from < to) || !fromSpan) return null;
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
