// Solar Hijri (Iranian) dates, as Iranian outlets write them in English: "Ordibehesht 5, 1403",
// "Monday, Ordibehesht 3", "5 Esfand 1402", "Esfand 1402", "the Iranian year 1402". Values are the
// Gregorian days and periods they stand for (GUIDELINES: a date in another calendar is converted).
import { format } from '../calendar.js';
import { lexicon } from '../lexicon.js';
import { gregorianToSolar, solarToGregorian, solarMonthLength, solarYearSpan } from '../solar-hijri.js';
import { candidate, type ResolveContext, type Rule } from '../types.js';
import { DAY, END, MONTH_CUE_BEFORE, START, explicitReading, yearFor } from './shared.js';

const MONTH = `(?:${lexicon.solarMonthNames})`;
const SOLAR_YEAR = `1[2-6]\\d\\d`;
const ERA = `(?:\\s+(?:${lexicon.solarYearSuffixes})(?![\\p{L}]))?`;
const WEEKDAY = `(?:(?<weekday>${lexicon.weekdayNames}),?\\s+)?`;

/** The Solar Hijri year in which a month and day fall inside a Gregorian year (Dey 11 on starts the next one). */
function solarYearWithin(gregorianYear: number, month: number, dayOfMonth: number): number {
  const year = gregorianYear - 621;
  return solarToGregorian(year, month, Math.min(dayOfMonth, 29))?.year === gregorianYear ? year : year - 1;
}

/**
 * The Solar Hijri year of a yearless Solar Hijri date: the one whose Gregorian day falls in the
 * narrative's year, else the one the document date and the clause's tense point to (as for
 * Gregorian months: "Esfand" in a report of Farvardin is the year before).
 */
function solarYearFor(month: number, dayOfMonth: number, context: ResolveContext): number | null {
  const narrative = context.narrativeYear;
  if (narrative !== null) return solarYearWithin(narrative, month, dayOfMonth);
  const dct = context.dct;
  if (!dct) return null;
  if (dct.month === undefined) return solarYearWithin(dct.year, month, dayOfMonth);
  // A document dated to a month is placed at its middle: Solar Hijri months straddle two Gregorian ones.
  const today = gregorianToSolar({ year: dct.year, month: dct.month, day: dct.day ?? 15 });
  if (!today) return null;
  return yearFor(month, {
    dct: { year: today.year, month: today.month, day: today.day },
    narrativeYear: null,
    timelineDate: null,
    anchor: context.anchor,
    quarter: context.quarter,
    lastWeek: null,
    dayBeforeBackground: null,
    lastFiscalYear: null,
    solarYear: null,
    fiscalYear: null,
    clauseDate: null,
    get tense() { return context.tense; },
    get deadline() { return context.deadline; },
    get pastVerb() { return context.pastVerb; },
  });
}

/**
 * A day, or a month with its year: "Ordibehesht 5, 1403" (2024-04-24), "Monday, Ordibehesht 3",
 * "Farvardin 13", "22 Bahman 1357" (1979-02-11), "Esfand 1402" (2024-02-20/2024-03-19).
 * "30 Aban" and "on Tuesday (11 Azar)" (in the year the context gives), "in Mordad" (a month: its Gregorian days).
 * Rejects: "Esfand 30, 1402" (1402 is not leap), "Ordibehesht 32", "Mehr 5" or "Azar 12" alone
 * (a news agency, a person: such names need a year, a weekday or the day before them), "Azar" or "Mehr" alone.
 */
export const solarDate: Rule = {
  name: 'solar-hijri:date',
  pattern: new RegExp(
    `${START}${WEEKDAY}(?:(?<month1>${MONTH})\\s+(?<day1>${DAY})(?![\\p{L}\\p{N}])(?:,?\\s+(?<year1>${SOLAR_YEAR}))?` +
      `|(?<day2>${DAY})\\s+(?:of\\s+)?(?<month2>${MONTH})(?:,?\\s+(?<year2>${SOLAR_YEAR}))?` +
      `|(?<month3>${MONTH}),?\\s+(?<year3>${SOLAR_YEAR})|(?<month4>${MONTH}))${ERA}${END}`,
    'gdu',
  ),
  extract(match) {
    const g = match.groups ?? {};
    const name = g['month1'] ?? g['month2'] ?? g['month3'] ?? g['month4'] ?? '';
    const month = lexicon.solarMonth(name);
    const yearText = g['year1'] ?? g['year2'] ?? g['year3'];
    // A day written before the name ("30 Aban", "on 11 Azar") makes even a name that is also a word or a
    // person's a month; after it ("Azar 12") it does not.
    if (month === null || (!yearText && !g['weekday'] && !g['day2'] && lexicon.solarMonthAmbiguous(name))) return null;
    const explicitYear = yearText ? Number(yearText) : null;
    const dayText = g['day1'] ?? g['day2'];
    if (!dayText) {
      // A month without its year needs a preposition before it ("in Mordad"; "Farvardin is the first
      // month" names none), and a day after it must be a day ("Ordibehesht 32" is none).
      if (g['month4'] && (!MONTH_CUE_BEFORE.test(match.input.slice(Math.max(0, match.index - 12), match.index)) || /^\s*\d/u.test(match.input.slice(match.index + match[0].length)))) return null;
      // It is the one the narrative or the document date is in, by its middle day.
      return candidate(this.name, match, (context) => {
        const year = explicitYear ?? solarYearFor(month, 15, context);
        const first = year === null ? null : solarToGregorian(year, month, 1);
        const last = year === null ? null : solarToGregorian(year, month, solarMonthLength(year, month));
        return first && last ? { type: 'DATE', value: `${format(first)}/${format(last)}` } : null;
      });
    }
    const dayOfMonth = Number.parseInt(dayText, 10);
    return candidate(this.name, match, (context) => {
      const year = explicitYear ?? solarYearFor(month, dayOfMonth, context);
      return year === null ? null : explicitReading(solarToGregorian(year, month, dayOfMonth));
    });
  },
};

/** A Solar Hijri year as the Gregorian interval from its Nowruz to the eve of the next. */
export function solarYearValue(year: number): string | null {
  const span = solarYearSpan(year);
  return span ? `${format(span[0])}/${format(span[1])}` : null;
}

/**
 * A whole Solar Hijri year, Nowruz to the eve of the next: "the Iranian year 1402"
 * (2023-03-21/2024-03-19), "the Persian calendar year 1399", "1402 SH", "1404 in the Iranian calendar",
 * "the year 1401 according to the Persian calendar", "signed in 1388 (2009)" (the Gregorian year glossed beside it).
 * Rejects: "the year 1402" (a Gregorian reading is left to year.ts), "1402 people", "in 1398 (1977)" (a gloss of another year).
 */
export const solarYear: Rule = {
  name: 'solar-hijri:year',
  pattern: new RegExp(
    `${START}(?:(?:the\\s+)?(?:${lexicon.solarYearNames})\\s+year\\s+(?<year1>${SOLAR_YEAR})${ERA}` +
      `|(?<year2>${SOLAR_YEAR})\\s+(?:${lexicon.solarYearSuffixes})(?![\\p{L}])` +
      `|(?:[Tt]he\\s+year\\s+)?(?<year3>${SOLAR_YEAR})\\s+(?:in|according\\s+to|of|on)\\s+the\\s+(?:${lexicon.solarYearNames})(?:\\s+calendar)?(?![\\p{L}])` +
      `|(?<year4>${SOLAR_YEAR})(?=\\s*\\((?<gloss>(?:19|20)\\d{2})(?:[-–/]\\d{2,4})?\\)))${END}`,
    'gdu',
  ),
  extract(match) {
    // "signed in 1388 (2009)": the Gregorian year glossed beside it is the one its Nowruz falls in, or the next.
    const glossed = match.groups?.['year4'];
    if (glossed && ![621, 622].includes(Number(match.groups?.['gloss']) - Number(glossed))) return null;
    const solarYear = Number(match.groups?.['year1'] ?? match.groups?.['year2'] ?? match.groups?.['year3'] ?? glossed);
    const value = solarYearValue(solarYear);
    return value ? candidate(this.name, match, () => ({ type: 'DATE', value, solarYear })) : null;
  },
};
