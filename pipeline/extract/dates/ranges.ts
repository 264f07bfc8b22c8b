// Ranges written with two dates ("between 2013 and 2019", "from April to June 2024") are one
// period in the dataset: an EDTF interval over the whole phrase. TimeML keeps the two dates.
import type { DateMention } from '../../model.js';

const OPENERS: Record<string, RegExp> = {
  between: /^\s*and\s*$/iu,
  from: /^\s*(?:to|until|till|through)\s*$/iu,
};
const OPENER_BEFORE = /(?:^|[^\p{L}])(between|from)\s+$/iu;
/** Two months joined by a dash are a range without an opener: "July-September 2025", "January–March 2024". */
const MONTH_DASH = /^\s?[-–—]\s?$/u;
const MONTH_PRECISION = 7; // the length of "2025-07"
/** Two months or two years joined by "to" are a range without an opener: "(March 2024 to March 2025)", "2019 to 2021". */
const TO = /^\s+(?:to|through)\s+$/iu;
const YEAR_PRECISION = 4;

/** The precision of a plain EDTF date ("2013", "2024-04", "2024-04-16"); null for anything else. */
const precisionOf = (value: string): number | null => (/^\d{4}(?:-\d{2}){0,2}$/.test(value) ? value.length : null);

/**
 * Joins "between A and B" and "from A to B" into one mention when A and B have the same precision
 * and A comes first: "Between 2013 and 2019" is 2013/2019, "between July and August" 2025-07/2025-08.
 * Two months joined by a dash need no opener: "July-September 2025" is 2025-07/2025-09; nor do two months or
 * years joined by "to": "(March 2024 to March 2025)" is 2024-03/2025-03 (days joined by "to" may be a
 * move: "postponed March 3 to March 5").
 * Left alone: "between Iran and Pakistan" (no dates), "from 2019 to March 2020" (different precision),
 * "between 2019 and 2013" (backwards), "16 March - 2 April" without an opener (days: the dash may be a pause).
 */
export function joinRanges(content: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const windowStart = Math.max(0, a.start - 9);
    const opener = OPENER_BEFORE.exec(content.slice(windowStart, a.start));
    const precision = precisionOf(a.value);
    const joiners = opener ? [OPENERS[opener[1]!.toLowerCase()]] : precision === MONTH_PRECISION ? [MONTH_DASH, TO] : precision === YEAR_PRECISION ? [TO] : [];
    const gap = b ? content.slice(a.end, b.start) : '';
    if (b && precision !== null && precision === precisionOf(b.value) && a.value < b.value && joiners.some((joiner) => joiner?.test(gap))) {
      const start = opener ? windowStart + opener.index + opener[0].indexOf(opener[1]!) : a.start;
      out.push({ start, end: b.end, text: content.slice(start, b.end), value: `${a.value}/${b.value}`, rule: 'range' });
      i++;
    } else out.push(a);
  }
  return out;
}
