// Calendar dates as datelines and page metadata write them (no clock: a missing year stays null).
import { describe, expect, it } from 'vitest';
import { findDatePhrases } from '../../pipeline/read/text/date-phrase.js';

describe('date phrases', () => {
  it.each([
    ['23 January, 2024', 'day-month', 2024, 1, 23],
    ['January 25, 2024', 'month-day', 2024, 1, 25],
    ['Jan. 29, 2024', 'month-day', 2024, 1, 29],
    ['08 Aug', 'day-month', null, 8, 8],
    ['5th of May 2024', 'day-month', 2024, 5, 5],
    ['the 14th November', 'day-month', null, 11, 14],
    ['the 14th of November 2025', 'day-month', 2025, 11, 14],
    ['2023-11-08', 'iso', 2023, 11, 8],
    ['25/01/2024', 'numeric', 2024, 1, 25],
    ['02.12.2019', 'dotted', 2019, 12, 2],
    ['02.12.19', 'dotted', 2019, 12, 2],
    ['29 Feb 2024', 'day-month', 2024, 2, 29],
  ])('%s', (text, rule, year, month, day) => {
    const [first] = findDatePhrases(text);
    expect(first).toMatchObject({ text, rule, year, month, day, start: 0, end: text.length });
  });

  it('reads the calendar day of a timestamp as written (no time-zone conversion)', () => {
    expect(findDatePhrases('2023-11-08T18:09:55-07:00')[0]).toMatchObject({ text: '2023-11-08', day: 8 });
  });

  it('finds each date of a sentence once, at its offsets', () => {
    const s = 'in Islamabad, Pakistan, Jan. 29, 2024. Pakistan is holding elections on Thursday, Feb. 8, 2024.';
    expect(findDatePhrases(s).map((p) => s.slice(p.start, p.end))).toEqual(['Jan. 29, 2024', 'Feb. 8, 2024']);
  });

  it.each(['1.2.19', 'v10.12.19.4', 'Version 2.12.19', '12.2019'])('no date in the version-like %s', (s) => {
    expect(findDatePhrases(s)).toEqual([]);
  });
});

describe('days spelled as ordinals, as transcripts write them', () => {
  it.each([
    ['the fourteenth of November', null, 11, 14],
    ['twenty-eighth of October 2025', 2025, 10, 28],
    ['the thirty-first of December', null, 12, 31],
    ['November the twenty first, 2025', 2025, 11, 21],
    ['March third', null, 3, 3],
  ])('%s', (text, year, month, day) => {
    expect(findDatePhrases(text)[0]).toMatchObject({ text, rule: 'spelled', year, month, day });
  });

  it.each(['the fourteenth round of talks', 'the first may be the last', 'the thirty-first of February', 'the fortieth of May'])('no date in %s', (text) => {
    expect(findDatePhrases(text)).toEqual([]);
  });
});

