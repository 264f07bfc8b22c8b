import { describe, expect, it } from 'vitest';
import { format } from '../../pipeline/extract/dates/calendar.js';
import { tagTimexes } from '../../pipeline/extract/dates/index.js';
import { gregorianToSolar, solarToGregorian, solarYearSpan } from '../../pipeline/extract/dates/solar-hijri.js';
import { values } from './helpers.js';

// Nowruz (1 Farvardin) 1390-1410 in the Gregorian calendar, from the Iranian calendar's published
// dates: 20 March in the years after a leap year that fall in a Gregorian leap year, else 21 March.
const NOWRUZ: Array<[number, string]> = [
  [1390, '2011-03-21'], [1391, '2012-03-20'], [1392, '2013-03-21'], [1393, '2014-03-21'], [1394, '2015-03-21'],
  [1395, '2016-03-20'], [1396, '2017-03-21'], [1397, '2018-03-21'], [1398, '2019-03-21'], [1399, '2020-03-20'],
  [1400, '2021-03-21'], [1401, '2022-03-21'], [1402, '2023-03-21'], [1403, '2024-03-20'], [1404, '2025-03-21'],
  [1405, '2026-03-21'], [1406, '2027-03-21'], [1407, '2028-03-20'], [1408, '2029-03-20'], [1409, '2030-03-21'],
  [1410, '2031-03-21'],
];

describe('Solar Hijri calendar arithmetic', () => {
  it.each(NOWRUZ)('1 Farvardin %i is %s', (year, gregorian) => {
    const point = solarToGregorian(year, 1, 1);
    expect(point && format(point)).toBe(gregorian);
  });

  it('knows the leap years: Esfand 30 exists in 1399, 1403 and 1408, not in 1402 or 1404', () => {
    expect(format(solarToGregorian(1403, 12, 30)!)).toBe('2025-03-20');
    expect(format(solarToGregorian(1399, 12, 30)!)).toBe('2021-03-20');
    expect(format(solarToGregorian(1408, 12, 30)!)).toBe('2030-03-20');
    expect(solarToGregorian(1402, 12, 30)).toBeNull();
    expect(solarToGregorian(1404, 12, 30)).toBeNull();
  });

  it.each([
    [1357, 11, 22, '1979-02-11'], // the revolution's anniversary, 22 Bahman
    [1403, 2, 5, '2024-04-24'],
    [1404, 4, 3, '2025-06-24'],
    [1402, 12, 29, '2024-03-19'],
    [1403, 7, 1, '2024-09-22'],
  ])('%i-%i-%i is %s', (y, m, d, gregorian) => {
    expect(format(solarToGregorian(y, m, d)!)).toBe(gregorian);
  });

  it('refuses impossible dates and years outside its range', () => {
    expect(solarToGregorian(1403, 2, 32)).toBeNull();
    expect(solarToGregorian(1403, 7, 31)).toBeNull();
    expect(solarToGregorian(1403, 13, 1)).toBeNull();
    expect(solarToGregorian(1100, 1, 1)).toBeNull();
  });

  it('converts every day of 2000-2040 back to itself', () => {
    let mismatches = 0;
    for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const point = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const solar = gregorianToSolar(point)!;
      const back = solarToGregorian(solar.year, solar.month, solar.day);
      if (!back || format(back) !== format(point)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('spans a year from Nowruz to the eve of the next', () => {
    expect(solarYearSpan(1402)!.map(format)).toEqual(['2023-03-21', '2024-03-19']);
    expect(solarYearSpan(1403)!.map(format)).toEqual(['2024-03-20', '2025-03-20']);
  });
});

describe('Solar Hijri dates in text', () => {
  it.each([
    ['The ceasefire took effect on Tir 3, 1404 (June 24, 2025).', '2025-07-01', ['2025-06-24', '2025-06-24']],
    ['The revolution triumphed on 22 Bahman 1357.', '2025-07-01', ['1979-02-11']],
    ['Imports fell in the Iranian year 1402.', '2025-07-01', ['2023-03-21/2024-03-19']],
    ['Exports rose in the Persian calendar year 1399.', '2025-07-01', ['2020-03-20/2021-03-20']],
    ['Fuel prices were raised in Esfand 1402.', '2025-07-01', ['2024-02-20/2024-03-19']],
    // a Solar Hijri year glossed with its Gregorian year beside it
    ['The agreement signed in 1388 (2009) binds both sides.', '2025-07-01', ['2009-03-21/2010-03-20', '2009']],
    ['Tehran raised prices in 1403 (2024-25).', '2025-07-01', ['2024-03-20/2025-03-20', '2024/2025']],
    // a gloss of another year is no Solar Hijri year: the number is left to the year rule
    ['The fort was built in 1398 (1977).', '2025-07-01', ['1398', '1977']],
    // without a year: the Solar Hijri year of the document date
    ['He arrived in Islamabad on Monday, Ordibehesht 3 (April 22).', '2024-04-24', ['2024-04-22', '2024-04-22']],
    ['Ardibehesht 10 is the date set for the vote.', '2024-04-24', ['2024-04-29']],
    // Esfand in a report of Farvardin is last year's Esfand (1402), as December in a January report
    ['Prices rose on Esfand 20.', '2024-04-10', ['2024-03-10']],
  ])('%s', (text, dct, expected) => {
    expect(values(text, dct)).toEqual(expected);
  });

  it.each([
    ['Mehr 5 reporters covered the talks.'], // a news agency: an ambiguous name needs a year or a weekday
    ['Azar 12 minutes later spoke again.'],
    ['Farvardin is the first month.'],
    ['The bill was signed on Esfand 30, 1402.'], // 1402 is not leap
    ['Talks were set for Ordibehesht 32.'],
  ])('is no date: %s', (text) => {
    expect(values(text, '2024-04-24')).toEqual([]);
  });

  it('gives TimeML the Gregorian day', () => {
    expect(tagTimexes('Talks began on Khordad 14, 1403.', { dct: '2024-06-10' }).map((t) => [t.text, t.value])).toEqual([['Khordad 14, 1403', '2024-06-03']]);
  });
});

describe('fiscal years across two calendar years', () => {
  it.each([
    ['Barter trade reached PKR 4 billion in the fiscal year 2023-24.', ['2023-07/2024-06']],
    ['The budget for FY 2022-23 was cut.', ['2022-07/2023-06']],
    ['Remittances grew in the financial year 2024–2025.', ['2024-07/2025-06']],
    ['Trade stood at $1.1 billion in the 2021-22 fiscal year.', ['2021-07/2022-06']],
    ['Exports fell in the 2023–24 financial year.', ['2023-07/2024-06']],
    ['The plan covers 2023-25.', ['2023/2025']], // a span of years, not a fiscal year
    ['Remittances reached $30bn in FY2023-24.', ['2023-07/2024-06']], // the prefix glued to the year
    ['Exports rose in fiscal 2022-23.', ['2022-07/2023-06']],
    ['The XFY2023-24 code is a part number.', []], // inside a word
  ])('%s', (text, expected) => {
    expect(values(text, '2025-07-01')).toEqual(expected);
  });

  it('counts "the previous year" in the fiscal year just named, in its sentence only', () => {
    expect(values('Exports grew to $2bn in the 2022-23 fiscal year, up 9 per cent on the previous year.', '2025-07-01'))
      .toEqual(['2022-07/2023-06', '2021-07/2022-06']);
    expect(values('Remittances fell in FY2021-22 but recovered in the following year.', '2025-07-01'))
      .toEqual(['2021-07/2022-06', '2022-07/2023-06']);
    // In the next sentence "the previous year" is a calendar year again, counted from the fiscal year's end.
    expect(values('Remittances fell in FY2021-22. The previous year had been a record.', '2025-07-01'))
      .toEqual(['2021-07/2022-06', '2021']);
  });
});

describe('a year "in the Iranian calendar"', () => {
  it('is the Solar Hijri year, never the Gregorian year of the same number', async () => {
    const { findDateMentions } = await import('../../pipeline/extract/dates/index.js');
    const found = (text: string) => findDateMentions(text, { dct: '2025-03-04' }).map((m) => [m.text, m.value]);
    expect(found('Nowruz ushers in 1404 in the Iranian calendar.')).toContainEqual(['1404 in the Iranian calendar', '2025-03-21/2026-03-20']);
    expect(found('The year 1401 according to the Persian calendar was hard.')).toEqual([['The year 1401 according to the Persian calendar', '2022-03-21/2023-03-20']]);
    expect(found('The mosque was built in 1404 and rebuilt later.')).toEqual([['1404', '1404']]);
  });
});

/** The date mentions of a text as [text, value], read against the document date `dct`. */
const found = async (text: string, dct: string) => {
  const { findDateMentions } = await import('../../pipeline/extract/dates/index.js');
  return findDateMentions(text, { dct }).map((m) => [m.text, m.value]);
};

describe('lunar Hijri feasts', () => {
  it('gives the month of the feast the text speaks of (Umm al-Qura days; Pakistan and Iran may keep it a day apart)', async () => {
    // Arbaeen (20 Safar) fell on 14 August 2025 and 25 August 2024; Eid al-Fitr (1 Shawwal) on 10 April 2024
    expect(await found('Pilgrims will not be allowed to travel by road before Arbaeen.', '2025-07-28')).toEqual([['Arbaeen', '2025-08']]);
    expect(await found('The shrine was crowded on Eid ul-Fitr 2024.', '2025-07-28')).toEqual([['Eid ul-Fitr 2024', '2024-04']]);
    // Ashura (10 Muharram) fell on 6 July 2025 and 16 July 2024
    expect(await found('Last Ashura the processions passed peacefully.', '2025-06-01')).toEqual([['Last Ashura', '2024-07']]);
    expect(await found('Last Ashura the processions passed peacefully.', '2025-07-28')).toEqual([['Last Ashura', '2025-07']]);
  });
  it('a feast a few weeks past is still the one a decision "would" ban travel for; one a few weeks ahead the one prepared for', async () => {
    expect(await found('The minister said the border would stay shut until Arbaeen.', '2025-08-16')).toEqual([['Arbaeen', '2025-08']]);
    expect(await found('The province expanded the camp at Taftan ahead of Arbaeen.', '2025-07-20')).toEqual([['Arbaeen', '2025-08']]);
  });
  it('names no date when the feast only modifies a noun, or is the occasion an act is for', async () => {
    expect(await found('Arbaeen pilgrims crowded the border; the Arbaeen season strains the camp.', '2025-08-16')).toEqual([]);
    expect(await found('The ministry barred pilgrims from travelling by road for Arbaeen.', '2025-08-16')).toEqual([]);
    expect(await found('This Arbaeen, the crossing stayed open.', '2025-09-01')).toEqual([['This Arbaeen', '2025-08']]);
  });
});

describe('lunar Hijri months', () => {
  it('a month named as a time is the Gregorian months it straddles (Ramadan 1447: 18 February to 19 March 2026)', async () => {
    expect(await found('Food prices rose in Ramadan.', '2026-04-10')).toEqual([['Ramadan', '2026-02/2026-03']]);
    // Muharram 1448 began on 16 June 2026; a month told as ahead is the next one
    expect(await found('Fares doubled last month during Muharram.', '2026-07-27')).toEqual([['last month', '2026-06'], ['Muharram', '2026-06/2026-07']]);
    expect(await found('Prices will rise during Ramadan.', '2026-07-27')).toEqual([['Ramadan', '2027-02/2027-03']]);
  });
  it('names no date for a person so named or a month that modifies a noun', async () => {
    expect(await found('Taha Yassin Ramadan spoke to reporters.', '2026-07-27')).toEqual([]);
    expect(await found('Muharram processions passed off peacefully.', '2026-07-27')).toEqual([]);
  });
});

describe('Solar Hijri days and months without a year', () => {
  it('a day before a month name that is also a name ("30 Aban", "11 Azar") is a date in the document\'s year', async () => {
    // 30 Aban 1404 is 21 November 2025; 11 Azar 1404 is 2 December 2025
    expect(await found('The border was closed on 30 Aban and reopened on Tuesday (11 Azar).', '2025-12-03'))
      .toEqual([['30 Aban', '2025-11-21'], ['Tuesday', '2025-12-02'], ['11 Azar', '2025-12-02']]);
    expect(await found('Azar 12 people were hurt.', '2025-12-03')).toEqual([]);
  });
  it('a month named after a preposition is its Gregorian days ("in Mordad": 23 July to 22 August 2025)', async () => {
    expect(await found('The president visited Islamabad in Mordad.', '2025-12-03')).toEqual([['Mordad', '2025-07-23/2025-08-22']]);
    expect(await found('Farvardin is the first month; talks were set for Ordibehesht 32.', '2025-12-03')).toEqual([]);
  });
});
