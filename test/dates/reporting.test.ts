import { describe, expect, it } from 'vitest';
import { findDateMentions, tagTimexes } from '../../pipeline/extract/dates/index.js';

const tags = (sentence: string, dct = '1989-10-30') =>
  tagTimexes(sentence, { dct }).map((t) => [t.text, t.type, t.value]);

// TimeML readings added for TempEval-3 news and financial reports; document date Monday 1989-10-30.
describe('TimeML: reports, spans and anchors', () => {
  it.each([
    ['Sales for the full year were $6.6 billion.', [['the full year', 'DATE', '1989']]],
    ['Net income for the year ended Sept. 30 rose.', [['the year', 'DURATION', 'P1Y'], ['Sept. 30', 'DATE', '1989-09-30']]],
    ['Earnings fell for the fiscal year ending June 30, 1990.', [['the fiscal year', 'DURATION', 'P1Y'], ['June 30, 1990', 'DATE', '1990-06-30']]],
    ['The deal should close by year-end.', [['year-end', 'DATE', '1989']]],
    ['A goal of $500 million by the end of the year.', [['the end of the year', 'DATE', '1989']]],
    ['It ends in the year 2010.', [['the year 2010', 'DATE', '2010']]],
    ['In the year-ago quarter, it lost money.', [['the year-ago quarter', 'DATE', '1988-Q3']]],
    ['In June last year the leaders had split.', [['June last year', 'DATE', '1988-06']]],
    ['In January this year, police arrived.', [['January this year', 'DATE', '1989-01']]],
    ['It was the worst flood since March of last year.', [['March of last year', 'DATE', '1988-03']]],
    ['Sales for the current fiscal year will rise.', [['the current fiscal year', 'DATE', '1989']]],
    ['Riots spread for the past three summers.', []],
    ['It had $6 million in the third quarter, against $4 million in the 1988 period.', [['the third quarter', 'DATE', '1989-Q3'], ['the 1988 period', 'DATE', '1988-Q3']]],
    ['He spent about five hours there.', [['five hours', 'DURATION', 'PT5H']]],
    ['It lasted at least 30 days.', [['at least 30 days', 'DURATION', 'P30D']]],
    ['For the nine months, net rose.', [['the nine months', 'DURATION', 'P9M']]],
    ['They called the 14-day waiting period unfair.', [['14-day', 'DURATION', 'P14D']]],
    ['Crowds came for the two day rally.', [['two day', 'DURATION', 'P2D']]],
    ['A major factor in the third-quarter loss.', [['third-quarter', 'DATE', '1989-Q3']]],
    ['In nineteen ninety-six the convictions were thrown out.', [['nineteen ninety-six', 'DATE', '1996']]],
    ['The approach of the year two thousand worries them.', [['the year two thousand', 'DATE', '2000']]],
    ['Numbers dropped through the nineties.', [['the nineties', 'DATE', '199']]],
    ['She is in her nineties.', []],
    ['Nineteen people and two thousand troops.', []],
    ['Demand stayed strong well into the summer.', [['the summer', 'DATE', '1989-SU']]],
    ['The fall of the wall.', []],
    ['Costs rose this past spring.', [['this past spring', 'DATE', '1989-SP']]],
    ['An offering in the near future.', [['the near future', 'DATE', 'FUTURE_REF']]],
    // TimeBank codes "recent years" as the past at large four times in five; "recent months" stays a period
    ['The market grew in recent years.', [['recent years', 'DATE', 'PAST_REF']]],
    ['The market grew in recent months.', [['recent months', 'DURATION', 'PXM']]],
    ['Sales fell over the past year.', [['the past year', 'DATE', '1988']]],
    ['Shares were up at this morning\'s open; they fell last night.', [['this morning', 'TIME', '1989-10-30TMO'], ['last night', 'TIME', '1989-10-29TNI']]],
    ['The offer expires at 5 p.m. EST Nov. 9.', [['5 p.m. EST Nov. 9', 'TIME', '1989-11-09T17:00']]],
    ['Sales should rise 8.5% annually.', []],
    ['Interest is due every quarter.', [['every quarter', 'SET', 'P1Q']]],
    ['It had losses in the past two quarters and three quarters of the staff left.', [['the past two quarters', 'DURATION', 'P2Q']]],
    ['Mr. Smith will succeed Daniel P. Davison Feb. 1.', [['Feb. 1', 'DATE', '1990-02-01']]],
    ['The dividend is payable Jan. 2 to holders.', [['Jan. 2', 'DATE', '1990-01-02']]],
    ['He was shot on Oct. 23, 1988 at 10 p.m. in his home.', [['Oct. 23, 1988', 'DATE', '1988-10-23'], ['10 p.m.', 'TIME', '1988-10-23T22:00']]],
    // a clock said with the part of the day, at noon or midday; the weekday after a bracketed zone dates the clock
    ['The convoy will leave at 4 in the morning.', [['4 in the morning', 'TIME', '1989-10-30T04:00']]],
    ['The hearing resumed at 3 o\'clock in the afternoon.', [['3 o\'clock in the afternoon', 'TIME', '1989-10-30T15:00']]],
    ['The court sat at midday.', [['midday', 'TIME', '1989-10-30T12:00']]],
    ['Gunmen killed 4 in the morning raid.', []],
    ['The blast came at 10:35 a.m. (0735 GMT) Friday in the capital.', [['10:35 a.m.', 'TIME', '1989-10-27T10:35'], ['Friday', 'DATE', '1989-10-27']]],
  ])('%s', (sentence, expected) => {
    expect(tags(sentence)).toEqual(expected);
  });

  it('tags a dateline for TimeML but never lists it as a dataset date', () => {
    const text = 'WASHINGTON, August 11 (Xinhua) --\n\nThe talks began on August 10.';
    expect(tags(text, '1998-08-11').map((t) => t[2])).toEqual(['1998-08-11', '1998-08-10']);
    expect(findDateMentions(text, { dct: '1998-08-11' }).map((m) => m.value)).toEqual(['1998-08-10']);
  });

  it('keeps reporting-year, document-season and vague readings out of the dataset', () => {
    expect(findDateMentions('Sales for the full year rose by year-end, into the summer and in recent years.', { dct: '1989-10-30' })).toEqual([]);
  });
});
