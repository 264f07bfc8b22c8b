// Two readings that need the sentence around the expression: a date at the end of a long infinitive
// after a verb of inviting or planning is the plan's (ahead), and "the same period last year" is the
// period the sentence has just named, a year back.
import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

// Document date 2025-01-15; the paragraph told of December 2024 first.
const AFTER_DECEMBER = 'The two ministers met in Islamabad on 12 December 2024. ';

describe('a date at the end of an infinitive after a verb of inviting or planning', () => {
  it.each([
    ['He invited his counterpart to attend a regional security conference in Tehran in February.', ['2024-12-12', '2025-02']],
    ['They agreed to hold the next round of the joint border commission in Quetta in March.', ['2024-12-12', '2025-03']],
    ['Pakistan asked Iran to send a trade delegation to the industrial exhibition in Karachi in April.', ['2024-12-12', '2025-04']],
    ['Tehran has offered to host the ministers of the three neighbours for a meeting on water sharing in March.', ['2024-12-12', '2025-03']],
  ])('is a plan ahead of the document: %s', (sentence, expected) => {
    expect(values(AFTER_DECEMBER + sentence, '2025-01-15')).toEqual(expected);
  });

  it.each([
    // the past perfect: a plan made before the narrative
    ['Iran had invited him to attend a regional security conference in Tehran in November.', ['2024-12-12', '2024-11']],
    // a past participle in between dates what it tells
    ['Pakistan asked Iran to hand over the two smugglers who were arrested near Panjgur in November.', ['2024-12-12', '2024-11']],
    ['Iran agreed to supply more electricity to the towns of Makran hit by blackouts in November.', ['2024-12-12', '2024-11']],
    // a verb that is no plan
    ['Pakistan tried to restore the power lines to the border towns of Makran in November.', ['2024-12-12', '2024-11']],
    // a weekday after the infinitive dates the report
    ['They agreed to set up a joint committee on the border markets on Tuesday.', ['2024-12-12', '2025-01-14']],
  ])('stays in the past: %s', (sentence, expected) => {
    expect(values(AFTER_DECEMBER + sentence, '2025-01-15')).toEqual(expected);
  });
});

describe('"the same period last year"', () => {
  it.each([
    ['From January to October, fuel seizures at the border rose by a third compared with the same period last year.', '2025-11-24', ['2025-01/2025-10', '2024-01/2024-10']],
    ['Exports to Iran fell in March from the same period a year earlier.', '2025-04-10', ['2025-03', '2024-03']],
    ['Bilateral trade reached $2.8 billion in 2024, up from the corresponding period of the previous year.', '2025-02-01', ['2024', '2023']],
    ['Remittances rose in the July-September quarter against the same period last year.', '2025-11-01', ['2025-07/2025-09', '2024-07/2024-09']],
  ])('is the period named before it, a year back: %s', (sentence, dct, expected) => {
    expect(values(sentence, dct)).toEqual(expected);
  });

  it('keeps the quarter reading when its sentence names no period before it', () => {
    // Financial reports compare with the latest quarter, a year back (TimeBank's reading).
    expect(values('Exports were 12 percent higher than in the same period last year.', '2025-01-15')).toEqual(['2023-10/2023-12']);
    // a date in the sentence before does not count
    expect(values('Trade fell in March. Exports were higher than in the same period last year.', '2025-04-10')).toEqual(['2025-03', '2024-01/2024-03']);
  });
});

describe('periods read back from the text: fiscal years, the year under way, the month of a deadline', () => {
  it.each([
    // "a year earlier" beside a fiscal year is the fiscal year before (fiscal years start in July)
    ['Trade stood at $1.4 billion in fiscal year 2025-26, up 11 percent from a year earlier.', '2026-09-16', ['2025-07/2026-06', '2024-07/2025-06']],
    // "the fiscal year" refers back to the fiscal year named before, across sentences
    ['Trade stood at $1.4 billion in FY2025-26. Rice exports reached 128,000 tonnes during the fiscal year.', '2026-09-16', ['2025-07/2026-06', '2025-07/2026-06']],
    ['More than 300 soldiers have been killed since the start of the year.', '2026-09-16', ['2026']],
    // a deadline is the document's month even after a month told in the past
    ['Arrivals peaked in June. Aid agencies warned that the camps would run short of food by the end of the month.', '2025-07-11', ['2025-06', '2025-07']],
    ['Trade collapsed in March, and by the end of the month exports had halved.', '2025-07-11', ['2025-03', '2025-03']],
    // "the year" with a named subject and its verb is the year last named
    ['India walked away in 2009, the year Tehran and Islamabad signed the gas deal.', '2026-05-18', ['2009', '2009']],
  ])('%s', (text, dct, expected) => {
    expect(values(text, dct)).toEqual(expected);
  });
});

describe('deadlines and plans with weekdays', () => {
  it.each([
    // a sentence that opens with "by" and goes on in the past tells what stood by then
    ['By the end of June, the agency owed the utility Rs 36 billion.', '2025-09-22', ['2025-06']],
    ['By the end of June, officials said, the line will be energised.', '2026-01-10', ['2026-06']],
    // once the sentence has dated the report, a weekday ending a plan's infinitive is the plan's day
    ['The ministry said on Tuesday that the two sides had agreed to convene the border commission in Quetta on Thursday.', '2025-11-18', ['2025-11-18', '2025-11-20']],
  ])('%s', (text, dct, expected) => {
    expect(values(text, dct)).toEqual(expected);
  });
});
