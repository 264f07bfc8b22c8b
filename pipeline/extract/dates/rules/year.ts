// Years, decades and centuries: "2010", "early 2024", "fiscal 1989", "the 1960s", "the late 1990s", "the 20th century".
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, START, explicitReading } from './shared.js';

const PART = `(?:(?:${lexicon.parts})(?:\\s*-\\s*|\\s+))`;
// Years before 1900 are too often counts ("1500 troops"): they need a word that introduces a year.
const OLD_YEAR_CUE = /(?:^|[^\p{L}])(?:in|since|until|by|from|of|to|during|before|after|early|late|mid|year|fiscal|and|between)[\s-]+$/iu;
const NOT_A_YEAR_AFTER = /^(?:[-/]\d|\s*(?:%|percent|per\s*cent|(?:[.,]\d))|\s+(?:people|persons|troops|soldiers|men|women|children|km|kilometres|kilometers|miles|meters|metres|tons|tonnes|dollars|rupees|rials|votes|seats|units|cases|deaths|feet|hours|minutes))/iu;
const HALF = /^the\s+(?:first|second|last|latter)\s+half\b/iu;
const NOT_A_YEAR_BEFORE = /(?:(?:[$£€¥₹]|\bRs\.?|\bNo\.?|\bnumber|\bx|[#+×*/:-])\s*|\d[.,])$/iu;

/**
 * Accepts: "2010", "in 1947", "early 2024", "mid-2023", "fiscal 1989", "the year 2010", "the second half of
 * 1989" (TimeML 1989-H2), "post-1979" and "pre-2018" (the year a time is counted from, as TimeBank tags it).
 * Rejects: "$2010", "2010%", "1500 troops", "12,2010", "2010.5", "No. 2010".
 */
export const year: Rule = {
  name: 'year',
  pattern: new RegExp(`${START}(?<date>(?:(?:pre|post|Pre|Post)-)?${PART}?(?:(?:fiscal|the\\s+year)\\s+)?(?<year>1\\d{3}|20\\d{2}))${END}`, 'gdu'),
  extract(match, text) {
    const value = Number(match.groups?.['year']);
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (NOT_A_YEAR_AFTER.test(after) || NOT_A_YEAR_BEFORE.test(before)) return null;
    if (value < 1900 && match[0] === match.groups?.['year'] && !OLD_YEAR_CUE.test(before)) return null;
    // "the second half of 1989": TimeML values a half of a year (1989-H2); the dataset keeps the year.
    const half = HALF.exec(match[0]);
    if (!half) return candidate(this.name, match, () => explicitReading({ year: value }));
    const span = { start: match.index, end };
    const timeml = { ...span, type: 'DATE' as const, value: `${value}-H${/first/i.test(half[0]) ? 1 : 2}` };
    return candidate(this.name, match, () => {
      const reading = explicitReading({ year: value });
      return reading && { ...reading, parts: [timeml] };
    });
  },
};

/**
 * Accepts: "the 1960s", "the late 1990s", "1990s", "mid-1990s", "the '90s", "the 1900s" (a century: "19").
 * Rejects: "1960", "1965s", "the 60 s".
 * TimeML writes a decade as its first three digits ("196"), the dataset as EDTF ("196X").
 */
export const decade: Rule = {
  name: 'decade',
  pattern: new RegExp(
    `${START}(?<date>(?:the\\s+)?${PART}?(?:(?<decade>1\\d{2}|20\\d)0s|['’](?<short>\\d)0s))${END}`,
    'gdiu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    // "the '90s" is last century's; TimeML writes the decade as its first three digits.
    const digits = g['decade'] ?? (g['short'] !== undefined ? `19${g['short']}` : null);
    if (digits === null) return null;
    const value = /^1\d0$/.test(digits) && !g['short'] ? digits.slice(0, 2) : digits;
    return candidate(this.name, match, () => ({ type: 'DATE', value }));
  },
};

/**
 * Accepts: "the 20th century", "20th-century", "the nineteenth century", "the 11th century", "the
 * early 20th century", "the twenty-first century".
 * Rejects: "a century" (a duration), "the 20th" (a day), "centuries".
 * TimeML writes a century as its first two digits: the 20th century (1900-1999) is "19".
 */
export const century: Rule = {
  name: 'century',
  pattern: new RegExp(
    `${START}(?:the\\s+)?${PART}?(?<ordinal>\\d{1,2}(?:st|nd|rd|th)|${lexicon.ordinalWords})[\\s-]+century${END}`,
    'gdiu',
  ),
  extract(match) {
    const n = lexicon.ordinal(match.groups?.['ordinal'] ?? '');
    if (n === null || n < 1 || n > 21) return null;
    const value = String(n - 1).padStart(2, '0');
    return candidate(this.name, match, () => ({ type: 'DATE', value }));
  },
};
