import { describe, expect, it } from 'vitest';
import { findDateMentions, tagTimexes } from '../../pipeline/extract/dates/index.js';

const tags = (text: string, dct = '1989-10-30') => tagTimexes(text, { dct }).map((t) => [t.text, t.type, t.value]);
const values = (text: string, dct: string) => findDateMentions(text, { dct }).map((m) => m.value);

// Document date Monday 1989-10-30 unless said: a financial report written after the third quarter.
describe('reported quarters', () => {
  it('a quarter named in passing with an indefinite article does not become the reported quarter', () => {
    const text = 'Acme posted a 12% rise in third-quarter profit. After a weak second quarter, demand recovered. ' +
      'Costs were lower than a year ago.';
    expect(tags(text).map((t) => t[2])).toEqual(['1989-Q3', '1989-Q2', '1988-Q3']);
  });
  it('the article of a compound modifier is the loss\'s, not the quarter\'s', () => {
    const text = 'Acme reported a third-quarter net loss of $2 million. Sales were $9 million a year earlier.';
    expect(tags(text).map((t) => t[2])).toEqual(['1989-Q3', '1988-Q3']);
  });
  it('"last year" beside a compared figure is the reported quarter a year before', () => {
    expect(tags('Acme earned $5 million in the third quarter, compared with a loss of $1 million last year.').map((t) => t[2]))
      .toEqual(['1989-Q3', '1988-Q3']);
    expect(tags('Third-quarter sales were $3 billion, up from last year\'s $2.8 billion.').map((t) => t[2]))
      .toEqual(['1989-Q3', '1988-Q3']);
  });
  it('keeps "last year" a year when the sentence compares whole years or names no figure', () => {
    expect(tags('In the third quarter it sold more. It expects $4 a share for this year, up from last year\'s $3.')
      .find((t) => t[0] === 'last year')?.[2]).toBe('1988');
    expect(tags('In the third quarter it sold more. The chief executive left last year.').find((t) => t[0] === 'last year')?.[2]).toBe('1988');
  });
  it('"this quarter" after a reported quarter is that quarter; "the current quarter" the one under way', () => {
    expect(tags('Acme lost $3 million in the third quarter. This quarter\'s loss includes a charge.').map((t) => t[2]))
      .toEqual(['1989-Q3', '1989-Q3']);
    expect(tags('Acme lost $3 million in the third quarter. The current quarter began well.').map((t) => t[2]))
      .toEqual(['1989-Q3', '1989-Q4']);
  });
  it('"the quarter ended July 31" is the calendar quarter holding most of it, unless a quarter was named', () => {
    expect(tags('In the quarter ended July 31, Jayco lost money.')[0]).toEqual(['the quarter', 'DATE', '1989-Q2']);
    expect(tags('Sales rose in the quarter ended Sept. 30.')[0]).toEqual(['the quarter', 'DATE', '1989-Q3']);
    expect(tags('Delta earned more in the fiscal first quarter. For the quarter ended Sept. 30, it earned $9 million.')
      .find((t) => t[0] === 'the quarter')?.[2]).toBe('1989-Q1');
  });
});

describe('yearless months told in the past', () => {
  it('a month not begun at the document date, told with a past verb, is last year\'s', () => {
    expect(values('The operator changed its fiscal year to the calendar year in December.', '1989-10-27')).toEqual(['1988-12']);
    expect(values('Iran and Pakistan signed the gas pipeline deal in November.', '2024-10-02')).toEqual(['2023-11']);
  });
  it('keeps the document year when the month is ahead: a plan, an infinitive, "expects", "to be published"', () => {
    expect(values('The company said it expects to release results in mid-November.', '1989-10-27')).toEqual(['1989-11']);
    expect(values('He added that guidelines to be published in early November will decide.', '1989-10-30')).toEqual(['1989-11']);
    expect(values('The official said the accession was planned for early March.', '1999-02-10')).toEqual(['1999-03']);
    expect(values('They had been talking about the slated visit of the minister in September.', '1998-08-26')).toEqual(['1998-09']);
  });
  it('reads a future several words back: "will be named commander ... for a mission in December"', () => {
    expect(values('Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.', '1998-03-04'))
      .toEqual(['1998-12']);
  });
});

describe('weekdays', () => {
  it('a plan in the past tense after the date: "were planning to" does not make the date past', () => {
    expect(values('Protesters planned a large rally in the city on Saturday and were planning to march on Monday.', '2000-01-07'))
      .toEqual(['2000-01-08', '2000-01-10']);
  });
  it('"to" after a past verb and its object is a preposition, not a plan: the weekday is past', () => {
    // document date Monday 2025-10-27
    expect(values('The provincial government closed the crossing to pedestrian and cargo traffic on Sunday.', '2025-10-27')).toEqual(['2025-10-26']);
    // "is to resume" and a verb of asking still look ahead
    expect(values('The stock, traded in London, is to resume trading in Paris on Tuesday.', '2025-10-27')).toEqual(['2025-10-28']);
    expect(values('Pakistan asked Iran to hand over the two suspects in December.', '2025-10-27')).toEqual(['2025-12']);
  });
  it('"Friday evening" is a TimeML TIME with the part; the dataset keeps the day', () => {
    expect(tags('The offer had been due to expire Friday evening.')).toEqual([['Friday evening', 'TIME', '1989-10-27TEV']]);
    expect(values('The offer had been due to expire Friday evening.', '1989-10-30')).toEqual(['1989-10-27']);
    expect(tags('Crowds gathered Wednesday night.')).toEqual([['Wednesday night', 'DATE', '1989-10-25']]);
  });
});

describe('two consecutive years as a fiscal year', () => {
  it('after a fiscal year named in the sentence, or before a budget word, a July-to-June fiscal year', () => {
    expect(values('Imports rose from $365 million in fiscal year 2019-20 to about $1.1 billion in 2023-24, the bank said.', '2025-09-01'))
      .toEqual(['2019-07/2020-06', '2023-07/2024-06']);
    expect(values('The province\'s 2025-26 budget allocated Rs500 million to the border towns.', '2025-09-01')).toEqual(['2025-07/2026-06']);
  });
  it('otherwise a span of years', () => {
    expect(values('Prices rose in 2023-24. Floods in 2022-23 hit Sindh; between 2013-2015 little changed.', '2025-09-01'))
      .toEqual(['2023/2024', '2022/2023', '2013/2015']);
  });
  it('written short in a text that names fiscal years elsewhere, a fiscal year too; written long, a span of years', () => {
    expect(values('The fiscal year 2019-20 was hard. Prices rose in 2023-24.', '2025-09-01')).toEqual(['2019-07/2020-06', '2023-07/2024-06']);
    expect(values('Payments were Rs 6.8 billion in 2021-22 and Rs 9.4 billion in 2022-23. Exports rose in FY2023-24.', '2025-09-01'))
      .toEqual(['2021-07/2022-06', '2022-07/2023-06', '2023-07/2024-06']);
    expect(values('The fiscal year 2019-20 was hard. Floods struck in 2022-2023.', '2025-09-01')).toEqual(['2019-07/2020-06', '2022/2023']);
  });
});

describe('a week named by its last day', () => {
  it('is the seven days ending that day ("the week to 5 July"); TimeML the ISO week holding it', () => {
    expect(values('In the week to 5 July alone, the agency counted 256,000 returnees.', '2025-07-11')).toEqual(['2025-06-29/2025-07-05']);
    expect(values('Prices fell in the week ending June 28, 2024.', '2025-07-11')).toEqual(['2024-06-22/2024-06-28']);
    expect(tags('Prices fell in the week ending Oct. 27.')).toEqual([['the week ending Oct. 27', 'DATE', '1989-W43']]);
    expect(values('The week to come will be hard.', '2025-07-11')).toEqual([]);
  });
});
