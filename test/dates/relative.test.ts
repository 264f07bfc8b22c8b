import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

// Document date 2024-01-25, a Thursday.
describe('dates relative to the document date', () => {
  it.each([
    ['Iran and Pakistan announced on Monday that envoys would return.', ['2024-01-22']],
    ['The minister will visit on Tuesday.', ['2024-01-30']],
    ['The talks began yesterday.', ['2024-01-24']],
    ['The vote is tomorrow.', ['2024-01-26']],
    ['Officials met today.', ['2024-01-25']],
    // a part of a day named from the document date is that day, as annotators list "the same night" (a clock time is not)
    ['The senators walked out this afternoon.', ['2024-01-25']],
    ['Shells fell on the town last night.', ['2024-01-24']],
    ['The minister will speak tonight.', ['2024-01-25']],
    ['Power returned at 6 a.m. this morning.', ['2024-01-25']],
    ['Pezeshkian took office last month.', ['2023-12']],
    ['This year has been off to a rough start.', ['2024']],
    ['Attacks have happened since late last year.', ['2023']],
    ['The minister would visit Islamabad next week.', ['2024-01-29/2024-02-04']],
    ['The strikes last week will alter dynamics.', ['2024-01-15/2024-01-21']],
    ['Talks were held earlier this month.', ['2024-01']],
    ['Elections are due next year.', ['2025']],
    ['The envoy left three days ago.', ['2024-01-22']],
    ['The treaty was signed two months ago.', ['2023-11']],
    ['The envoys met a week or so ago.', ['2024-01-15/2024-01-21']],
    ['Trade resumed a month or so ago.', ['2023-12']],
    ['He visited last Friday.', ['2024-01-19']],
    ['Over the weekend, talks continued.', ['2024-01-20/2024-01-21']],
    ['The deal was agreed last April.', ['2023-04']],
    // "is due" points ahead: the next Monday, not the last
    ['The foreign minister is due in Islamabad on Monday for talks.', ['2024-01-29']],
    ['The envoys are due back on Friday.', ['2024-01-26']],
    ['The payment was due on Monday.', ['2024-01-22']],
    // part-of-period words keep the period's precision; "year-end" (a financial adjective) is TimeML only
    ['The pipeline should be finished by the end of the year.', ['2024']],
    ['The bank will publish year-end results.', []],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it.each([
    // an anniversary: the document's month, day or week, that many years back
    ['Twelve years ago this month, the two presidents met in Chabahar.', '2024-01-25', ['2012-01']],
    ['Twelve years ago this month, the two presidents met in Chabahar.', '2024-01', ['2012-01']],
    ['Ten years ago today, the pipeline deal was signed.', '2024-01-25', ['2014-01-25']],
    ['Twenty-five years ago this week, talks began.', '2024-01-25', ['1999-01-25/1999-01-31']],
    // "last <month>" skips the month just gone, which would be "last month"; it is that month's name a year back
    ['The deal was agreed last February.', '2024-03-10', ['2023-02']],
    ['The deal was agreed last January.', '2024-03-10', ['2024-01']],
    ['The deal was agreed last December.', '2024-01-10', ['2023-12']],
    ['The deal was agreed last March.', '2024-03-10', ['2023-03']],
    // a day told in the past but days ahead of the document date is last year's; a day a past act reaches to,
    // a day just after the document date (its lag) and a day in the future tense are ahead
    ['The company’s fiscal year ended Jan. 31, when sales fell.', '2024-01-25', ['2023-01-31']],
    ['The ministry extended the deadline to Jan. 31.', '2024-01-25', ['2024-01-31']],
    ['The envoy arrived on Jan. 26, officials said.', '2024-01-25', ['2024-01-26']],
    ['The talks will end on Jan. 31.', '2024-01-25', ['2024-01-31']],
    // no anniversary: a count of months, and a separate "this week"
    ['Two months ago this week, it fell.', '2024-01-25', ['2023-11', '2024-01-22/2024-01-28']],
  ])('%s (%s)', (sentence, dct, expected) => {
    expect(values(sentence, dct)).toEqual(expected);
  });

  it.each([
    // a future marker in the past perfect is a plan already past
    ['The deadline had been due to expire on Monday.', '2024-01-25', ['2024-01-22']],
    ['The talks had been scheduled for Tuesday but were put off.', '2024-01-25', ['2024-01-23']],
    ['The deadline is due to expire on Monday.', '2024-01-25', ['2024-01-29']],
    // "plan" after a determiner and "expected" after "than" are no future markers
    ['The ministry announced the plan on Monday.', '2024-01-25', ['2024-01-22']],
    ['Shares fell after lower-than-expected earnings on Tuesday.', '2024-01-25', ['2024-01-23']],
    ['The ministry plans to open the crossing on Monday.', '2024-01-25', ['2024-01-29']],
    // a future clause reaches further back for its marker
    ['Traders planned a protest march at the Taftan border crossing on Saturday.', '2024-01-25', ['2024-01-27']],
    // a month two or more months before the document month, in the future, is next year's
    ['The new tariff takes effect after the ministry said it will apply from August.', '2024-10-20', ['2025-08']],
    ['The agreement will be effective June 1.', '2024-10-20', ['2025-06-01']],
    ['The agreement was signed in August.', '2024-10-20', ['2024-08']],
    // "by" a month is a deadline ahead, unless the clause tells what was done by then
    ['The ministry will clear the dues by March.', '2024-05-03', ['2025-03']],
    ['The plant was to be completed by February.', '2024-05-03', ['2025-02']],
    ['The company had repaid the loan by March.', '2024-05-03', ['2024-03']],
    ['But by March the smugglers were back on the roads.', '2024-05-03', ['2024-03']],
    // "through" after a period ends a range in the clause's tense; alone it points ahead
    ['Exports rose 9 per cent this year through August.', '2024-10-20', ['2024', '2024-08']],
    ['The credit line was extended through January.', '2024-10-20', ['2025-01']],
    // a scheduled happening told in the present lies ahead (document date Thursday 2024-01-25)
    ['The two interior ministers meet Monday in Quetta.', '2024-01-25', ['2024-01-29']],
    ['The border commission convenes in Zahedan on Saturday.', '2024-01-25', ['2024-01-27']],
    ['The trade delegation is travelling to Mashhad on Tuesday.', '2024-01-25', ['2024-01-30']],
    ['Parliament reconvenes in October after the recess.', '2024-12-05', ['2025-10']],
    ['The new visa rules take effect on 1 March.', '2024-10-20', ['2025-03-01']],
    // not when the present verb is a noun, negated, or its clause has passed
    ['The ministers did not meet Monday.', '2024-01-25', ['2024-01-22']],
    ['Officials who meet monthly agreed on Tuesday to reopen the gate.', '2024-01-25', ['2024-01-23']],
    ['The talks that begin Monday were called off.', '2024-01-25', ['2024-01-22']],
    ['The ministers met Monday in Quetta.', '2024-01-25', ['2024-01-22']],
    // a part of a named day is that day ("tonight" and "this afternoon" are times of day: negatives.test.ts)
    ['Trucks must clear the crossing by tomorrow night.', '2024-01-25', ['2024-01-26']],
    ['Shelling resumed yesterday afternoon.', '2024-01-25', ['2024-01-24']],
    // a sentence that opens with the date and goes on with the scheduled happening
    ['On Monday, the two foreign ministers meet in Tehran.', '2024-01-25', ['2024-01-29']],
    ['On Saturday the border commission convenes in Zahedan.', '2024-01-25', ['2024-01-27']],
    ['On Tuesday, the trade delegation is travelling to Mashhad.', '2024-01-25', ['2024-01-30']],
    ['On Monday, the heads of both delegations signed the protocol.', '2024-01-25', ['2024-01-22']],
    ['On Monday, the colonel who heads the garrison was wounded.', '2024-01-25', ['2024-01-22']],
    ['On Monday, the spokesman said the talks resume soon.', '2024-01-25', ['2024-01-22']],
    // an infinitive after a past verb that it happens with is no plan
    ['A ministry spokesman declined to comment on Tuesday.', '2024-01-25', ['2024-01-23']],
    ['The guards refused to open the gate on Monday.', '2024-01-25', ['2024-01-22']],
    ['The two sides agreed to reopen the crossing on Monday.', '2024-01-25', ['2024-01-29']],
  ])('reads the tense of the clause: %s (%s)', (sentence, dct, expected) => {
    expect(values(sentence, dct)).toEqual(expected);
  });

  it.each([
    // a part of the month or week under way, named without the period
    ['The army will complete the fencing by the end of the month.', '2024-01-25', ['2024-01']],
    ['Talks resume at the start of the week.', '2024-01-25', ['2024-01-22/2024-01-28']],
    // in the past tense, the month last dated
    ['In March the crossing closed. By the end of the month, trade had collapsed.', '2024-10-20', ['2024-03', '2024-03']],
    ['Prices rose at the end of the month of Ramadan.', '2024-10-20', []],
  ])('%s (%s)', (sentence, dct, expected) => {
    expect(values(sentence, dct)).toEqual(expected);
  });

  it('leaves day-relative words unresolved when the document date is a month', () => {
    expect(values('The talks began yesterday.', '2024-02')).toEqual([]);
    expect(values('This year has been hard.', '2024-02')).toEqual(['2024']);
  });
});
