// Two dates written as a range are one period in the dataset (the issue's "between April and
// June"); TimeML keeps them apart. Values checked by hand.
import { describe, expect, it } from 'vitest';
import { findDateMentions, tagTimexes } from '../../pipeline/extract/dates/index.js';

const mentions = (text: string, dct = '2025-09-10') => findDateMentions(text, { dct }).map((m) => [m.text, m.value]);

describe('quarters of a fiscal year (July start): calendar quarters, EDTF month intervals', () => {
  it.each([
    ['Quarterly review, Q1 FY2025-26.', [['Q1 FY2025-26', '2025-07/2025-09']]],
    ['Trade grew in the first quarter of FY2025-26 against the same quarter of FY2024-25.', [['the first quarter of FY2025-26', '2025-07/2025-09'], ['the same quarter of FY2024-25', '2024-07/2024-09']]],
    ['Exports fell in the third quarter of fiscal year 2024-25.', [['the third quarter of fiscal year 2024-25', '2025-01/2025-03']]],
    ['Exports fell in the second quarter of the 2024-25 fiscal year.', [['the second quarter of the 2024-25 fiscal year', '2024-10/2024-12']]],
    // relative to the document date (10 September 2025, in FY2025-26)
    ['Seizures rose in the first quarter of the current fiscal year.', [['the first quarter of the current fiscal year', '2025-07/2025-09']]],
    ['Seizures rose in the fourth quarter of the last fiscal year.', [['the fourth quarter of the last fiscal year', '2025-04/2025-06']]],
    // a calendar year's quarter is a calendar quarter
    ['Profits rose in the first quarter of 2025.', [['the first quarter of 2025', '2025-01/2025-03']]],
    // FY and the year the fiscal year ends in, as Pakistani budgets write it
    ['The FY25 budget cut development spending.', [['FY25', '2024-07/2025-06']]],
    ['Petroleum levy targets for FY 2026 rose.', [['FY 2026', '2025-07/2026-06']]],
    ['Tariffs rose in Q3 FY25 and again in 4QFY25.', [['Q3 FY25', '2025-01/2025-03'], ['4QFY25', '2025-04/2025-06']]],
    ['Receipts in the second quarter of FY26 rose.', [['the second quarter of FY26', '2025-10/2025-12']]],
    ['Freight in the July-September quarter of FY26 rose.', [['the July-September quarter of FY26', '2025-07/2025-09']]],
    ['The FY25 deficit was wider than the previous year.', [['FY25', '2024-07/2025-06'], ['the previous year', '2023-07/2024-06']]],
    ['Remittances reached $4 billion in FY2024-25, up 9 percent on the previous fiscal year.', [['FY2024-25', '2024-07/2025-06'], ['the previous fiscal year', '2023-07/2024-06']]],
    // a fiscal year named from the document date (10 September 2025, in FY2025-26)
    ['Imports have fallen in the current fiscal year.', [['the current fiscal year', '2025-07/2026-06']]],
    ['The levy rises next fiscal year.', [['next fiscal year', '2026-07/2027-06']]],
    ['Smuggling fell last fiscal year.', [['last fiscal year', '2024-07/2025-06']]],
    // a quarter of two consecutive years is a fiscal year's
    ['Freight rose in the second quarter of 2024-25.', [['the second quarter of 2024-25', '2024-10/2024-12']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  // A comparison after a fiscal quarter is with that quarter a year before (TIMEX3: the value is the
  // date the phrase refers to, here a quarter), not with the year.
  it.each([
    ['Gas imports in the third quarter of fiscal year 2024-25 fell 8 per cent from a year earlier.',
      [['the third quarter of fiscal year 2024-25', '2025-01/2025-03'], ['a year earlier', '2024-01/2024-03']]],
    ['Remittances in the first quarter of this fiscal year were up on a year earlier.',
      [['the first quarter of this fiscal year', '2025-07/2025-09'], ['a year earlier', '2024-07/2024-09']]],
    ['Barter trade in Q2 FY2024-25 doubled against the corresponding quarter of the previous year.',
      [['Q2 FY2024-25', '2024-10/2024-12'], ['the corresponding quarter of the previous year', '2023-10/2023-12']]],
    ['Freight in the fourth quarter of the 2023-24 fiscal year beat the same period of the last fiscal year.',
      [['the fourth quarter of the 2023-24 fiscal year', '2024-04/2024-06'], ['the same period of the last fiscal year', '2023-04/2023-06']]],
    ['Rice exports in Q1 FY2025-26 rose. A year earlier they had fallen.', [['Q1 FY2025-26', '2025-07/2025-09'], ['A year earlier', '2024-07/2024-09']]],
    // a calendar quarter named by its months is a quarter too (document date 10 September 2025)
    ['Cement sales in the April-June quarter rose from a year earlier.', [['the April-June quarter', '2025-04/2025-06'], ['a year earlier', '2024-04/2024-06']]],
    ['Tea imports in the October-December quarter of FY2024-25 beat the same quarter last year.',
      [['the October-December quarter of FY2024-25', '2024-10/2024-12'], ['the same quarter last year', '2023-10/2023-12']]],
    ['Freight in the January-March period of the current fiscal year is expected to fall.', [['the January-March period of the current fiscal year', '2026-01/2026-03']]],
    ['Wheat imports in the Jan-Mar 2024 quarter doubled.', [['the Jan-Mar 2024 quarter', '2024-01/2024-03']]],
    // not a calendar quarter: a range of months
    ['Trade in the July-December period rose.', [['July-December', '2025-07/2025-12']]],
    ['Trade in the August-October quarter rose.', [['August-October', '2025-08/2025-10']]],
    // beside a fiscal year, "a year earlier" is the fiscal year before (a longer period named with it too)
    ['For the nine months of fiscal year 2024-25, trade rose from a year earlier.', [['fiscal year 2024-25', '2024-07/2025-06'], ['a year earlier', '2023-07/2024-06']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // not one fiscal year
    ['Q1 FY2025-27 is no year.', []],
    ['Q1 2024-26 is no year.', [['2024-26', '2024/2026']]],
    // inside a word
    ['Codes XFY25 and FY2025X are no years.', []],
    // no ordinal: a share
    ['A quarter of the fiscal year 2024-25 budget went unspent.', [['the fiscal year 2024-25', '2024-07/2025-06']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));
});

describe('ranges of two dates', () => {
  it.each([
    // days said in words, as a briefing transcript gives them (document date 10 September 2025)
    ['The crossing was shut from the fourth to the sixth of August.', [['the fourth to the sixth of August', '2025-08-04/2025-08-06']]],
    ['Pilgrims crossed on the twenty-first and twenty-second of July.', [['the twenty-first and twenty-second of July', '2025-07-21/2025-07-22']]],
    ['The talks ran from the 3rd to the 5th of May 2024.', [['the 3rd to the 5th of May 2024', '2024-05-03/2024-05-05']]],
    // days in words need "of" before the month
    ['They met the fourth to sixth August.', [['August', '2025-08']]],
    ['Between 2013 and 2019, the group carried out dozens of attacks.', [['Between 2013 and 2019', '2013/2019']]],
    ['Arrears built up between July and August.', [['between July and August', '2025-07/2025-08']]],
    ['The crossing was shut from 3 March 2024 to 9 March 2024.', [['from 3 March 2024 to 9 March 2024', '2024-03-03/2024-03-09']]],
    // two months joined by a dash need no opener
    ['Imports rose in July-September 2025.', [['July-September 2025', '2025-07/2025-09']]],
    // two months or two years joined by "to", without an opener
    ['Trade hit $1 billion in the Iranian year 1403 (March 2024 to March 2025).', [['the Iranian year 1403', '2024-03-20/2025-03-20'], ['March 2024 to March 2025', '2024-03/2025-03']]],
    ['Seizures doubled 2019 to 2021.', [['2019 to 2021', '2019/2021']]],
    ['Exports fell in January–March 2024, officials said.', [['January–March 2024', '2024-01/2024-03']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // different precision: two mentions
    ['Talks ran from 2019 to March 2020.', [['2019', '2019'], ['March 2020', '2020-03']]],
    // backwards: two mentions
    ['It happened between 2019 and 2013, sources disagree.', [['2019', '2019'], ['2013', '2013']]],
    // not a range: "and" without "between"
    ['Iran struck in 2013 and 2019.', [['2013', '2013'], ['2019', '2019']]],
    // days joined by "to" without an opener: may be a move
    ['The summit moved 3 March to 5 March.', [['3 March', '2025-03-03'], ['5 March', '2025-03-05']]],
    // "to" between two counts that hold the dates
    ['Trade grew from $2 billion in 2019 to $3 billion in 2021.', [['2019', '2019'], ['2021', '2021']]],
    // days joined by a dash without an opener: the dash may be a pause
    ['Talks were held on 16 March - 2 April followed.', [['16 March', '2025-03-16'], ['2 April', '2025-04-02']]],
  ])('%s stays two dates', (text, expected) => expect(mentions(text)).toEqual(expected));

  it('TimeML keeps the two dates', () => {
    expect(tagTimexes('Between 2013 and 2019, the group attacked.', { dct: '2025-09-10' }).map((t) => t.value)).toEqual(['2013', '2019']);
    // a quarter named by its months too (April-June of FY26 is 2026's); "FY26" is named by the year it ends in ("fiscal 1989")
    expect(tagTimexes('Sales in the April-June quarter of FY26 rose.', { dct: '2025-09-10' }).map((t) => [t.text, t.value]))
      .toEqual([['April', '2026-04'], ['June', '2026-06']]);
    expect(tagTimexes('The FY26 budget passed.', { dct: '2025-09-10' }).map((t) => [t.text, t.value])).toEqual([['FY26', '2026']]);
  });
});

describe('a week counted within a month: its seven days', () => {
  it.each([
    // document date 10 September 2025: a future December is this year's, a past June too
    ['The interior minister will visit Quetta in the first week of December.', [['the first week of December', '2025-12-01/2025-12-07']]],
    ['Traders protested in the second week of June.', [['the second week of June', '2025-06-08/2025-06-14']]],
    ['The crossing stayed shut through the last week of February 2024.', [['the last week of February 2024', '2024-02-23/2024-02-29']]],
    // not a week of a month
    ['In the first week, talks stalled.', []],
    ['The first week of talks ended.', []],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it('TimeML gives the month', () => {
    expect(tagTimexes('Talks resume in the third week of March.', { dct: '2025-09-10' }).map((t) => [t.text, t.value]))
      .toEqual([['the third week of March', '2026-03']]);
  });
});
