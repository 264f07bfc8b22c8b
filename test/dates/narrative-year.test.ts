import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

// A yearless date takes the year of the nearest adverbial date with a written year before it in its
// paragraph (or the heading above it) when that year is not the document's; otherwise the document
// date decides, as before. Values checked by hand.
describe('yearless dates in a narrative of another year', () => {
  it.each([
    // the paragraph tells of 2019: "On 2 April" is 2019's, not the document's year
    ['On 12 March 2019, the crossing at Taftan closed. On 2 April, it reopened.', '2024-06-10', ['2019-03-12', '2019-04-02']],
    ['In May 2021, the two sides opened a border market. Trade through it doubled in August.', '2024-06-10', ['2021-05', '2021-08']],
    // a timeline: the date is the heading, the paragraph under it goes on in its year (a deadline too)
    ['3 June 2022\n\nThe ministers met in Quetta. Flights resumed by 9 June.', '2024-06-10', ['2022-06-03', '2022-06-09']],
    // under a timeline's dated heading, futures and deadlines look ahead from the heading's day, not the publication
    ['22 January 2024\n\nThe envoys will return to their posts by 26 January, and the minister will visit on 29 January.', '2025-08-04', ['2024-01-22', '2024-01-26', '2024-01-29']],
    ['28 December 2023\n\nThe two sides say they will meet again on 4 January.', '2025-08-04', ['2023-12-28', '2024-01-04']],
    // a Solar Hijri date in the same narrative: Farvardin 13 of 1398 is 2 April 2019
    ['On 10 March 2019, talks stalled. On Farvardin 13, they resumed.', '2024-06-10', ['2019-03-10', '2019-04-02']],
    // the chain goes on: a date read from the narrative sets it for the next one
    ['On 28 April 2017, guards were killed at Mirjaveh. On May 8, a general warned Pakistan. On June 1, troops moved.', '2019-05-20', ['2017-04-28', '2017-05-08', '2017-06-01']],
    // a sentence that brings the date on stage sets it too
    ['Then came March 2022. Gunmen attacked a post near Panjgur on 9 March.', '2024-06-10', ['2022-03', '2022-03-09']],
    // a period since a date, with "when" telling of that date: its sentence is in the date's year
    ['Relations have been tense since January 2024, when Iran struck on 16 January and Pakistan hit back two days later.', '2025-11-19', ['2024-01', '2024-01-16', '2024-01-18']],
    // a past perfect stays in the narrative
    ['In March 2016 the ministers met in Tehran. They had agreed a plan, and in April they signed it.', '2024-06-10', ['2016-03', '2016-04']],
  ])('%s', (text, dct, expected) => {
    expect(values(text, dct)).toEqual(expected);
  });

  it.each([
    // a new paragraph starts from the document date again
    ['On 12 March 2019, the crossing closed.\n\nOn 2 April, it reopened.', '2024-06-10', ['2019-03-12', '2024-04-02']],
    // a narrative of the document's own year keeps the tense rule: December in a January report is last year's
    ['On 16 January 2024, Iran struck. In December, talks had begun.', '2024-01-25', ['2024-01-16', '2023-12']],
    // a date that modifies a noun names an event, it does not move the narrative
    ['Officials recalled the 12 March 2019 closure. On 2 April, the crossing reopened.', '2024-06-10', ['2019-03-12', '2024-04-02']],
    // a future clause is ahead of the document date whatever the paragraph told of
    ['Iran joined the SCO in July 2023 and will host its summit on 3 March.', '2024-01-25', ['2023-07', '2024-03-03']],
    // a deadline in a future clause looks ahead from the writing, even after a date of another year
    ['Only the market that opened in May 2023 works. Two more would start working by December.', '2025-09-10', ['2023-05', '2025-12']],
    // a present perfect between them brings the story up to the writing
    ['Ties were shaken in May 2021 by a raid. They have since recovered: the president visited Quetta in August.', '2024-10-10', ['2021-05', '2024-08']],
    ['The cabinet approved the pipeline in June 2022. No contract has been signed. In March, the ministry wrote to the lenders.', '2024-10-10', ['2022-06', '2024-03']],
    // a year alone does not set the narrative year
    ['Trade has grown since 2013. On 2 April, ministers met.', '2024-06-10', ['2013', '2024-04-02']],
    // a date after "since" starts a period running to the present: the narrative stays in the document's year
    ['Returns were the highest since monitoring began in March 2023. The increase followed the war of 13 June.', '2025-07-10', ['2023-03', '2025-06-13']],
    ['Prices have doubled since March 2023. On 2 April, traders protested.', '2024-06-10', ['2023-03', '2024-04-02']],
    ['Relations have been tense since January 2024, when Iran struck on 16 January. On 2 April, talks resumed.', '2025-11-19', ['2024-01', '2024-01-16', '2025-04-02']],
    // a date in a relative clause describes in passing: the narrative does not move to its year
    ['Afghans were sent on under the plan, which Pakistan launched in October 2023. UNHCR said on 27 June it was concerned.', '2025-07-10', ['2023-10', '2025-06-27']],
    // so does a participle set off by commas
    ['The repatriation plan, launched in October 2023, entered a new stage after the cabinet decided on June 25 to end the cards.', '2025-07-10', ['2023-10', '2025-06-25']],
    // the aside may close after its agent
    ['The border market, opened in March 2022 by the two prime ministers, was shut in late June after an alert.', '2025-09-16', ['2022-03', '2025-06']],
    ['Afghans left under the plan, launched in October 2023. By the end of March, 885,902 had returned.', '2025-04-09', ['2023-10', '2025-03']],
    ['The plan was launched in October 2023. On 2 November the first convoys left.', '2025-07-10', ['2023-10', '2023-11-02']],
    // a count into another year leaves the year unclear: the document date decides
    ['On 5 May 2015, he was promoted, and the following year he moved to Tehran. In December, he was recalled.', '2024-06-10', ['2015-05-05', '2016', '2023-12']],
  ])('keeps the document year: %s', (text, dct, expected) => {
    expect(values(text, dct)).toEqual(expected);
  });

  it.each([
    // "That October" points back to the narrative's year, across paragraphs
    ['Guards were seized on 6 February 2014.\n\nThat October, mortar shells landed in Mashkel.', ['2014-02-06', '2014-10']],
    ['The raid came on 3 January 2023. That same day, the envoy was summoned.', ['2023-01-03', '2023-01-03']],
    // a count set off by a comma after a day restates that day
    ['On 20 January, two days after the strikes, the envoys spoke.', ['2024-01-20', '2024-01-20']],
    // a bound is no day
    ['The attack came on 3 January. Talks followed just over a week after the attack.', ['2024-01-03']],
    ['The attack came on 3 January. Talks followed more than two days later.', ['2024-01-03']],
  ])('%s', (text, expected) => {
    expect(values(text, '2024-01-25')).toEqual(expected);
  });
});

describe('a count after "came" dates the subject, the event last dated', () => {
  it.each([
    // the admission is 22 April; the gunmen struck four days before it, and "two days later" counts from them
    ['On 22 April, Khan admitted it. The admission came four days after gunmen stopped buses. Two days later, the minister accused Iran.', ['2024-04-22', '2024-04-22', '2024-04-20']],
    ['The talks opened on 3 March. The statement followed a week after the vote.', ['2024-03-03', '2024-03-03']],
    // without "came" the count runs from the date
    ['The talks opened on 3 March. Ministers met a week after the vote.', ['2024-03-03', '2024-03-10']],
  ])('%s', (text, expected) => {
    expect(values(text, '2024-05-10')).toEqual(expected);
  });
});
