import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../pipeline/extract/dates/index.js';
import { values } from './helpers.js';

// Document date 2024-01-25; the anchor is the most recent explicit date before the expression.
describe('dates relative to the narrative', () => {
  it.each([
    ['On 16 January, Iran struck. Two days later, Pakistan retaliated.', ['2024-01-16', '2024-01-18']],
    ['Raisi visited in April 2024. Border guards fired a month later.', ['2024-04', '2024-05']],
    ['Tehran struck on January 16. Then, forty-eight hours after the attack, Pakistan hit back.', ['2024-01-16', '2024-01-18']],
    ['Then, forty-eight-hours after the attack, it struck.', []],
    ['Iran’s 16 January strike followed strikes in Iraq two days earlier.', ['2024-01-16', '2024-01-14']],
    ['Iran struck on 16 January. A colonel was killed one day after Iran fired missiles.', ['2024-01-16', '2024-01-17']],
    ['On 14 December, militants struck, in an attack that two days later the UN condemned.', ['2023-12-14', '2023-12-16']],
    ['Tehran struck on January 16. Announced on Monday. Exercises took place on the day Iran attacked.', ['2024-01-16', '2024-01-22', '2024-01-16']],
    ['The pipeline began in 2010. A year later it stalled.', ['2010', '2011']],
    ['The raid came on 3 January. The next day, officials met.', ['2024-01-03', '2024-01-04']],
    // a month in the year last named, or the one after it
    ['Then came 1979. In December that year, troops crossed the border.', ['1979', '1979-12']],
    ['The talks failed in 2008. In March of the following year, they resumed.', ['2008', '2009-03']],
    ['The talks failed in 2008. In March, they resumed.', ['2008', '2024-03']],
    // a count of decades, and a count of years moves the narrative on
    ['The deal was drafted in 1998. A decade later, India walked away, and the following year the two signed.', ['1998', '2008', '2009']],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });
});

// Invented sentences for the gaps found on news articles; document date 2024-01-25 (a Thursday)
// unless given.
describe('counting from the happening last dated', () => {
  it.each([
    // a weekday dates what counts from it nearby
    ['Gunmen attacked a border post on Saturday.\n\nA day later, the minister visited the town.', ['2024-01-20', '2024-01-21']],
    ['The envoy met officials on Monday. On the same evening, he flew to Quetta.', ['2024-01-22', '2024-01-22']],
    ['Talks opened on Tuesday. That same night, a convoy was attacked.', ['2024-01-23', '2024-01-23']],
    ['The envoy, who landed on Tuesday, met the army chief the next morning.', ['2024-01-23', '2024-01-24']],
    // a day still ahead in its clause is no happening of the narrative; it anchors what is ahead too
    ['On 10 January the utility warned that supply would be cut from 1 March unless it was paid. The ministry replied two days later.', ['2024-01-10', '2024-03-01', '2024-01-12']],
    ['The talks will open on 3 March. Two days later, the ministers will sign the accord.', ['2024-03-03', '2024-03-05']],
    // told in the past in January 2024: last June's ("to normal traffic" is no infinitive)
    ['Pakistan reopened the crossing to normal traffic on 25 June, a day after the ceasefire took effect.', ['2023-06-25', '2023-06-25']],
    ['Protests broke out on Sunday; the previous day, police had shot a trader.', ['2024-01-21', '2024-01-20']],
    // a month last named: the day after is unknown
    ['In March the crossing closed, and the next day traders protested.', ['2024-03']],
    // "came ... after": the subject is the happening last dated (the weekday)
    ['The ministry protested on Sunday. The protest came a day after the army said it had shelled the post.', ['2024-01-21', '2024-01-21']],
    // a month as the anchor: a few days later stays in its month, at month precision
    ['In March, Iran struck camps across the border, and Pakistan hit back two days later.', ['2024-03', '2024-03']],
    ['The dispute flared in October last year, when the border closed and traders protested a day later.', ['2023-10', '2023-10']],
    // "later in the day", "the first day of the visit": the day last dated
    ['The president arrived on 22 April 2024. Later in the day, he met the army chief.', ['2024-04-22', '2024-04-22']],
    ['The delegation landed on Monday. Earlier in the day, the ministers had spoken by phone.', ['2024-01-22', '2024-01-22']],
    ['The premier arrived on March 25, 2016, and on the first day of the visit signed three accords.', ['2016-03-25', '2016-03-25']],
    // a coarser date in the day's own sentence is its background: "the same day" is still the day's
    ['The market reopened on Monday after the authorities shut it in late June. A second market began trading the same day.', ['2024-01-22', '2023-06', '2024-01-22']],
    ['On Friday, the agency said it had used the hotline set up during the visit in August.\n\nThe minister spoke the same day.', ['2024-01-19', '2023-08', '2024-01-19']],
    // the day a report was made, after the day of what it reports in one sentence: the narrative goes on from the happening
    ['Iran seized the trawler on Monday, the agency said on Wednesday.\n\nThe crew was freed at the crossing two days later.', ['2024-01-22', '2024-01-24', '2024-01-24']],
    ['Iran seized the trawler on Monday, the agency told reporters on Wednesday. The next day, officials met.', ['2024-01-22', '2024-01-24', '2024-01-23']],
    // a report's day alone, or in the next sentence, is the narrative's day
    ['The agency said on Monday that Iran had seized the trawler. The crew was freed at the crossing two days later.', ['2024-01-22', '2024-01-24']],
    ['Iran seized the trawler on Monday. The agency said on Tuesday that it would protest. The next day, officials met.', ['2024-01-22', '2024-01-23', '2024-01-24']],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it.each([
    // too many days for a month to hold them: no day can be told
    ['In March, Iran struck camps, and Pakistan hit back ten days later.', ['2024-03']],
    // a month names no day: "that same day" after it is unknown
    ['The envoy left last October. The embassy closed that same day.', ['2023-10']],
    ['The market reopened on Monday. It had shut in late June, and a second market opened the same day.', ['2024-01-22', '2023-06']],
    // a weekday far back (an opening "on Monday") does not date a count told pages later
    [`Officials spoke on Monday.\n\n${'Trade figures were discussed at length by both sides. '.repeat(20)}\n\nTwo days later, talks resumed.`, ['2024-01-22']],
    // "later in the day" with nothing dated before it
    ['Later in the day, he met the army chief.', []],
  ])('no day from: %s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it.each([
    // the clause after "after" holds its own date: the count starts there, not at the last date before
    ['Iran struck on 16 January. Protests began a day after the government said on Saturday that talks had failed.', ['2024-01-16', '2024-01-21', '2024-01-20']],
    ['The war began in 1980. Peace came a year after the ceasefire was agreed in 1988.', ['1980', '1989', '1988']],
    ['Iran struck on 12 January. The day after the vote on 8 February, Pakistan protested.', ['2024-01-12', '2024-02-09', '2024-02-08']],
    ['Iran struck on 12 January. The envoy left the day before the summit on 20 January.', ['2024-01-12', '2024-01-19', '2024-01-20']],
    // without a day in the clause "the day after" counts from the day last dated
    ['Iran struck on 12 January. The day after the strike, Pakistan protested.', ['2024-01-12', '2024-01-13']],
    // a date modifying a noun in the clause ("the 2026 prize") does not date it: the subject is the day last dated
    ['The ministry protested on Sunday. The protest came a day after the cabinet backed him for the 2026 prize.', ['2024-01-21', '2024-01-21', '2026']],
    // a date behind a comma belongs to the main clause: the count goes on from the last date
    ['Iran struck on 16 January. Pakistan retaliated two days after the attack, on Wednesday, officials said.', ['2024-01-16', '2024-01-18', '2024-01-24']],
    // set off by a comma right after a day, "the day before/after ..." restates that day (an apposition)
    ['Envoys met on 9 January, the day before the border reopened.', ['2024-01-09', '2024-01-09']],
    ['The gate was shut on 3 January, the day after the raid, and stayed shut.', ['2024-01-03', '2024-01-03']],
    ['Envoys met on 9 January; the day after the meeting the border reopened.', ['2024-01-09', '2024-01-10']],
    // a weekday too: "on Tuesday, two days after ..." is that Tuesday
    ['Traders closed their shops on Tuesday, two days after the crossing was shut.', ['2024-01-23', '2024-01-23']],
    ['Talks resumed on Monday. Two days after the talks, the gate reopened.', ['2024-01-22', '2024-01-24']],
    // a longer count after a weekday tells the time elapsed, no date
    ['The president left Quetta on Sunday, eighteen months after the strikes.', ['2024-01-21']],
  ])('counts from the date of the clause it follows: %s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it.each([
    ['Talks opened on 11 March 2013. Within days of the ceremony, the US warned of sanctions.', ['2013-03-11', '2013-03']],
    ["The 1979 revolution changed the tone. Pakistan recognised the republic within days of the Shah's fall.", ['1979', '1979']],
    ['Iran struck on 16 January 2023. Within hours of the attack, Pakistan recalled its envoy.', ['2023-01-16', '2023-01-16']],
    // no "of": a deadline, not a date; a counted bound is a duration
    ['The deal must be signed within days.', []],
    ['Iran struck on 16 January 2023. It was settled within two days of the vote.', ['2023-01-16']],
  ])('dates "within days of" from the happening last dated: %s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it('counts "the previous year" in the Solar Hijri year just named', () => {
    expect(values('Exports in the Iranian year 1402, which ended on March 19, rose 11 percent over the previous year.', '2024-04-24'))
      .toEqual(['2023-03-21/2024-03-19', '2024-03-19', '2022-03-21/2023-03-20']);
    // in the next sentence the Gregorian narrative goes on
    expect(values('Exports rose in the Iranian year 1402. Pakistan signed a deal in May 2010 and ratified it the following year.', '2024-04-24'))
      .toEqual(['2023-03-21/2024-03-19', '2010-05', '2011']);
  });

  it('leaves the new narrative phrases out of TimeML (TimeBank does not tag them)', () => {
    const timexes = tagTimexes('The president arrived on 22 April 2024. Later in the day, he met the army chief.', { dct: '2024-04-25' });
    expect(timexes.map((t) => t.text)).toEqual(['22 April 2024']);
  });
});

describe('a season of the narrative: its year', () => {
  it.each([
    ['In July 2019 the crossing closed. Traders went bankrupt that summer.', ['2019-07', '2019']],
    ['The militants struck in March 2014, and the following spring they struck again.', ['2014-03', '2015']],
    ['That winter, the pass was blocked.', []],
    ['That fall in prices hurt traders in 2019.', ['2019']],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });
});

// Weeks counted from the seven days named last; document date 2024-01-25 (a Thursday).
describe('weeks counted from the week last named', () => {
  it.each([
    // a statistics week ends on a Saturday: the week before is the seven days before it, not an ISO week
    ['In the week to 20 January, 9,000 people crossed, up from 6,500 the week before.', ['2024-01-14/2024-01-20', '2024-01-07/2024-01-13']],
    ['Arrivals rose last week, and fell the week after.', ['2024-01-15/2024-01-21', '2024-01-22/2024-01-28']],
    ['Iran cut supply to the port again two weeks ago. Traders staged a sit-in the same week.', ['2024-01-08/2024-01-14', '2024-01-08/2024-01-14']],
    // a day dated after the week is what "the week before" counts from
    ['Exports fell last week. Talks were held on 3 January. The week before, envoys had met in Quetta.', ['2024-01-15/2024-01-21', '2024-01-03', '2023-12-25/2023-12-31']],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it.each([
    ['He called the week before last a disaster.'],
    ['The week before the election was quiet.'],
  ])('no week from: %s', (sentence) => {
    expect(values(sentence).filter((v) => v.includes('/'))).toEqual([]);
  });
});
