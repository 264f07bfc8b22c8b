import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../pipeline/extract/dates/index.js';
import { values } from './helpers.js';

// Document date 2024-01-25 (a Thursday) unless a row says otherwise.
describe('explicit dates', () => {
  it.each([
    ['On 16 January, Iran fired missiles.', ['2024-01-16']],
    ['It happened on January 16, 2024.', ['2024-01-16']],
    ['He arrived on Jan. 29, 2024.', ['2024-01-29']],
    ['Elections on Thursday, Feb. 8, 2024.', ['2024-02-08']],
    ['The 16th of January was cold.', ['2024-01-16']],
    ['Activists protested on 19 January 2024.', ['2024-01-19']],
    ['Recorded as 2024-01-16 in the log.', ['2024-01-16']],
    ['By mid-January 2024 talks resumed.', ['2024-01']],
    ['In early January the border was calm.', ['2024-01']],
    ['Talks stalled in April 2024.', ['2024-04']],
    ['A project initiated in 2010 remains stalled.', ['2010']],
    ['The economy grew in early 2024.', ['2024']],
    ['In the 1960s Iran supported Pakistan.', ['196X']],
    ['Since the late 1990s ties were strained.', ['199X']],
    ['Independence came in 1947.', ['1947']],
    // a year after "pre-" or "post-" is the year counted from
    ['Trade is still below pre-2018 levels.', ['2018']],
    ['The post-1979 order in Tehran changed the border.', ['1979']],
    ['The pre-war plan was shelved.', []],
    ['The strikes of 16-18 January shook the region.', ['2024-01-16/2024-01-18']],
    ['Talks ran January 16-18, 2024.', ['2024-01-16/2024-01-18']],
    // a range of two dates is one period (issue 3: "between April and June"; test/dates/ranges.test.ts)
    ['Trade rose between April and June 2023.', ['2023-04/2023-06']],
    ['On 14 December the group struck.', ['2023-12-14']],
    ['Talks were held on 16.01.2024.', ['2024-01-16']],
    ['The memorandum dated 01/16/2024 was leaked.', ['2024-01-16']],
    ['In 2024-25 the budget grew.', ['2024/2025']],
    ['Between 2013 and 2015 the pipeline stalled.', ['2013/2015']],
    ['The first half of 2023 saw growth.', ['2023']],
    ['A repeat of January’s crisis.', ['2024-01']],
    ['The summit is set for May 2025.', ['2025-05']],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it('leaves out a numeric date whose day/month order is ambiguous rather than guess', () => {
    expect(values('The deal was signed on 5/11/2023.')).toEqual([]);
  });

  it('reads "last" and "next" before a yearless day as the occurrence before or after the document date', () => {
    expect(values('He was shot last Oct. 23 at his home.', '1999-04-19')).toEqual(['1998-10-23']);
    expect(values('The vote is due next March 3.', '2024-04-10')).toEqual(['2025-03-03']);
  });

  it('does not take a preposition "to" for an infinitive that makes the clause future', () => {
    expect(values('It marked a return to the larger demonstrations of early December.', '2000-01-15')).toEqual(['1999-12']);
  });

  // A day said in words, as briefing transcripts write speech: the same calendar date (TIMEX3 values a
  // date by what it names, not how it is written). Document date Thursday 2024-01-25.
  it.each([
    ['The spokeswoman said the envoy had landed on the twenty-first of January.', [['the twenty-first of January', '2024-01-21']]],
    ['The commission sat on the thirtieth of December, 2023.', [['the thirtieth of December, 2023', '2023-12-30']]],
    ['The delegation came on Friday, the nineteenth of January.', [['Friday, the nineteenth of January', '2024-01-19']]],
    ['He spoke on the twenty fourth of January.', [['the twenty fourth of January', '2024-01-24']]],
    ['We signed it on January the tenth, and again on January eleventh.', [['January the tenth', '2024-01-10'], ['January eleventh', '2024-01-11']]],
    ['The ferry sailed on January the 3rd in the rain.', [['January the 3rd', '2024-01-03']]],
    ['The border post reopened on the 2nd of January.', [['the 2nd of January', '2024-01-02']]],
    // "this coming" and "this past" before a weekday and a day belong to the date
    ['The envoy arrives this coming Monday, January the twenty-ninth.', [['this coming Monday, January the twenty-ninth', '2024-01-29']]],
    ['They met this past Sunday, January 21, in Quetta.', [['this past Sunday, January 21', '2024-01-21']]],
    // a year said in words after the day
    ['The accord was initialled on the ninth of November, twenty twenty-two.', [['the ninth of November, twenty twenty-two', '2022-11-09']]],
    ['He recalled the first of May two thousand and five, when the talks began.', [['the first of May two thousand and five', '2005-05-01']]],
    ['The treaty dates from March the sixth, nineteen fifty-eight.', [['March the sixth, nineteen fifty-eight', '1958-03-06']]],
    // a month and its year in words, as a transcript gives them; a count after a month is no year
    ['January nineteen ninety-seven. Atlanta again.', [['January nineteen ninety-seven', '1997-01']]],
    ['In October, twenty twenty-three, the border closed.', [['October, twenty twenty-three', '2023-10']]],
    ['In October twenty people were hurt.', [['October', '2023-10']]],
    ['In January two thousand pilgrims crossed.', [['January', '2024-01']]],
    // number words after a day that count something are no year
    ['On the fourth of January two thousand pilgrims crossed.', [['the fourth of January', '2024-01-04']]],
    // an ordinal of a noun, not a day
    ['In January the third convoy crossed.', [['January', '2024-01']]],
    ['In January the first of the convoys crossed.', [['January', '2024-01']]],
    ['In January the first in a series of rounds was held.', [['January', '2024-01']]],
    ['The envoys met on January the fifth in Zahedan.', [['January the fifth', '2024-01-05']]],
    ['January second-round results were late.', [['January', '2024-01']]],
    ['May the first shipment arrive soon.', []],
    // no such day; a day in words needs "of"
    ['They said the thirtieth of February.', []],
    ['They met on twenty-first January.', [['January', '2024-01']]],
  ])('%s', (sentence, expected) => {
    expect(findDateMentions(sentence, { dct: '2024-01-25' }).map((m) => [m.text, m.value])).toEqual(expected);
  });

  it('reads a yearless date in the year nearest the document date', () => {
    expect(values('On 14 December the group struck.', '2024-01-23')).toEqual(['2023-12-14']);
    expect(values('The minister will visit on 29 January.', '2024-01-23')).toEqual(['2024-01-29']);
  });
});

describe('a day named by its number alone, in the month last dated', () => {
  it.each([
    ['Gunmen struck a post near Turbat on 12 March 2023; the army hit back on the 14th.', [['12 March 2023', '2023-03-12'], ['the 14th', '2023-03-14']]],
    ['In April 2022 the talks opened, and by the 20th, they had stalled.', [['April 2022', '2022-04'], ['the 20th', '2022-04-20']]],
    // no such day in the month last dated, no month before, or not a day
    ['In April 2022 the talks opened, and on the 31st they ended.', [['April 2022', '2022-04']]],
    ['The talks ended on the 3rd.', []],
    ['In May 2021 he moved to the 18th floor.', [['May 2021', '2021-05']]],
    ['In May 2021 the 18th session opened.', [['May 2021', '2021-05']]],
    ['In May 2021 the 18th was quiet.', [['May 2021', '2021-05']]],
  ])('%s', (sentence, expected) => {
    expect(findDateMentions(sentence, { dct: '2024-01-25' }).map((m) => [m.text, m.value])).toEqual(expected);
  });
});
