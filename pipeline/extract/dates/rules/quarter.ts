// Quarters of a (fiscal) year: "the third quarter", "third-quarter", "the fourth quarter of 1989",
// "the latest quarter", "the year-ago quarter", "year-earlier" (financial reporting).
import { lexicon } from '../lexicon.js';
import { candidate, type Rule } from '../types.js';
import { END, LONGER_PERIOD, START, sentenceBefore } from './shared.js';

// "the fourth quarter ended Sept. 30": a fiscal quarter, dated by its end.
const ENDED = `^\\s+(?:ended|ending|that\\s+ended)`;
const ENDED_AFTER = new RegExp(`${ENDED}\\b`, 'iu');
const REPORTED_BEFORE = /(?:^|[^\p{L}])(?:reported|posted|announced)\s[^.;]*$/iu;
// "the quarter ended July 31": the quarter is the three months to that month's end.
const ENDED_MONTH_AFTER = new RegExp(`${ENDED}\\s+(?<month>${lexicon.monthNames}|(?:${lexicon.monthAbbreviations})\\.?)(?![\\p{L}])`, 'iu');
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|another)\s+(?:\p{L}[\p{L}-]*\s+)?$/iu;
const RESULT_AFTER = /^\s+(?:net|loss|losses|profits?|earnings|results|charges?|revenues?|sales|income|gains?|deficit|growth|decline|drop|output)(?![\p{L}])/iu;
const MONTHS_AFTER = /^\s+(?:\d{1,2}|nine|six|three|twelve)[\s-]+months?(?![\p{L}])/iu;
/** The ordinals that name a quarter. */
export const QUARTER_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
export const QUARTER_ORDINAL = Object.keys(QUARTER_ORDINALS).join('|');

/**
 * Accepts: "the third quarter", "third-quarter", "the fourth quarter of 1989", "the 1988 third quarter",
 * "this year's third quarter", "next year's first quarter", "the first quarter of
 * next year" (keeps "the first quarter"), "fiscal third quarter", "the third-quarter loss" (keeps
 * "third-quarter": TimeBank leaves the article of a compound modifier out).
 * Rejects: "a quarter of the vote" (no ordinal), "third quarters".
 * Without a year, the quarter is the latest such quarter that has begun by the document date.
 */
export const quarter: Rule = {
  name: 'quarter',
  pattern: new RegExp(
    `${START}(?:the\\s+)?(?:(?<prefix>1\\d{3}|20\\d{2})\\s+|(?<relative>this|last|next)\\s+year['’]s\\s+)?(?:(?:fiscal|calendar)\\s+)?(?<ordinal>${QUARTER_ORDINAL})[\\s-]+(?:fiscal\\s+)?quarter(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<year>1\\d{3}|20\\d{2}))?${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const n = QUARTER_ORDINALS[(g['ordinal'] ?? '').toLowerCase()];
    if (n === undefined) return null;
    const relative = { this: 0, last: -1, next: 1 }[(g['relative'] ?? '').toLowerCase()];
    const written = g['year'] ?? g['prefix'];
    const explicitYear = written ? Number(written) : null;
    const end = match.index + match[0].length;
    // A fiscal quarter, or one whose results are reported ("reported a 47% decline in fourth-quarter
    // earnings"), is over even when its calendar namesake is not.
    const over = /fiscal/i.test(match[0]) || ENDED_AFTER.test(text.slice(end, end + 12)) ||
      REPORTED_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index));
    // "After a flat second quarter, ...": a quarter named in passing, not the one the report is about.
    // In "a third-quarter loss" the article is the loss's.
    const indefinite = !/-quarter/iu.test(match[0]) && !RESULT_AFTER.test(text.slice(end, end + 16)) &&
      INDEFINITE_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index));
    const found = candidate(this.name, match, ({ dct }) => {
      let year: number;
      if (relative !== undefined && dct) year = dct.year + relative;
      else if (!dct && explicitYear === null) return null;
      else {
        year = explicitYear ?? dct?.year ?? 0;
        if (explicitYear === null && dct?.month !== undefined && n > Math.ceil(dct.month / 3)) year -= 1;
      }
      const value = `${year}-Q${n}`;
      // Results are reported for a quarter that is over: a calendar quarter still under way or
      // ahead at the document date ("a fourth-quarter charge" in October) is not the one "the
      // latest quarter" and "a year ago" refer to.
      const ahead = dct?.month !== undefined && !over && year * 4 + n > dct.year * 4 + Math.ceil(dct.month / 3) - 1;
      return ahead || indefinite ? { type: 'DATE', value } : { type: 'DATE', value, anchor: { year, quarter: n, precision: 'quarter' } };
    });
    // A compound modifier ("the third-quarter loss") leaves the article outside TimeML's extent.
    const article = /^the\s+/i.exec(found.text);
    if (!article || !/-quarter/i.test(found.text)) return found;
    const start = found.start + article[0].length;
    return { ...found, start, text: match.input.slice(start, found.end) };
  },
};

/**
 * Accepts: "the quarter", "the latest quarter", "the latest period" (the quarter before the
 * document's), "the year-ago quarter", "the year-earlier period", "year-earlier", "year-ago",
 * "the 1988 period" (the quarter last named, in 1988), "that quarter", "the corresponding period last
 * year", "the same quarter a year earlier", "the quarter a year ago", "last year's quarter", "the
 * corresponding quarter of the previous year", "the same period of the last fiscal year" (the quarter
 * last named, a year before).
 * Rejects: "a quarter" (a share or a duration), "quarterly", "the year-earlier nine months" (not a quarter).
 */
export const reportedQuarter: Rule = {
  name: 'quarter:reported',
  pattern: new RegExp(
    `${START}(?:(?:the\\s+)?(?<ago>(?:comparable\\s+)?year[\\s-](?:ago|earlier))(?:\\s+(?:third|fourth|first|second)?\\s*(?:quarter|period))?` +
      `|(?<agoPhrase>(?:the\\s+)?(?:corresponding|comparable|same)\\s+(?:period|quarter)\\s+(?:of\\s+)?(?:(?:the\\s+)?(?:last|previous|preceding|prior)\\s+(?:(?:fiscal|financial)\\s+)?year|a\\s+year\\s+(?:ago|earlier))` +
      `|the\\s+(?:period|quarter)\\s+a\\s+year\\s+(?:ago|earlier)|last\\s+year['’]s\\s+(?:period|quarter))` +
      `|(?:the\\s+(?:latest|recent|current|most\\s+recent)?\\s*|that\\s+)quarter|the\\s+(?:latest|most\\s+recent)\\s+period|the\\s+(?<year>1\\d{3}|20\\d{2})\\s+(?:period|quarter))${END}`,
    'gdiu',
  ),
  extract(match, text) {
    const ago = Boolean(match.groups?.['ago'] ?? match.groups?.['agoPhrase']);
    // "the year-earlier nine months": a longer period than a quarter, compared with a year before.
    const end = match.index + match[0].length;
    if (ago && MONTHS_AFTER.test(text.slice(end, end + 24))) return null;
    const year = match.groups?.['year'] ? Number(match.groups['year']) : null;
    // "For the nine months, net was ..., compared with ... in the 1988 period": a period, not a quarter.
    const longer = !/quarter/i.test(match[0]) && (year !== null || ago) && LONGER_PERIOD.test(sentenceBefore(text, match.index));
    const endedMonth = !ago && year === null ? lexicon.month(ENDED_MONTH_AFTER.exec(text.slice(end, end + 30))?.groups?.['month'] ?? '') : null;
    return candidate(this.name, match, ({ dct, quarter: last }) => {
      if (endedMonth !== null && last?.quarter === undefined && dct?.month !== undefined) {
        // Unless a (fiscal) quarter was named before, the calendar quarter holding most of the three
        // months: the one of the month before the end.
        const middle = endedMonth === 1 ? 12 : endedMonth - 1;
        const endYear = endedMonth > dct.month ? dct.year - 1 : dct.year;
        return { type: 'DATE', value: `${endedMonth === 1 ? endYear - 1 : endYear}-Q${Math.ceil(middle / 3)}` };
      }
      if (longer) {
        const from = year ?? (last ?? dct)?.year;
        return from === undefined ? null : { type: 'DATE', value: String(year ?? from - 1) };
      }
      // "the 1988 period": the quarter under discussion, in the year named.
      if (year !== null) return last?.quarter !== undefined ? { type: 'DATE', value: `${year}-Q${last.quarter}` } : { type: 'DATE', value: String(year) };
      if (last?.quarter !== undefined) return { type: 'DATE', value: `${last.year - (ago ? 1 : 0)}-Q${last.quarter}` };
      if (dct?.month === undefined) return ago && dct ? { type: 'DATE', value: String(dct.year - 1) } : null;
      const index = dct.year * 4 + Math.floor((dct.month - 1) / 3) - 1 - (ago ? 4 : 0);
      return { type: 'DATE', value: `${Math.floor(index / 4)}-Q${(index % 4) + 1}` };
    });
  },
};
