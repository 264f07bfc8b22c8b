import { describe, expect, it } from 'vitest';
import { findDateMentions, tagTimexes } from '../../pipeline/extract/dates/index.js';

// TimeML (TempEval-3) conventions for the forms the tagger resolves, one table per rule family.
// Sentences are written for these tests in the style of news reports (a few follow TimeBank and
// AQUAINT sentences); every expected value was worked out by hand from the document date and the
// calendar (weekdays and holidays checked against a calendar of that year).
const tags = (sentence: string, dct: string): string[][] => tagTimexes(sentence, { dct }).map((t) => [t.text, t.type, t.value]);
const dataset = (sentence: string, dct: string): string[][] => findDateMentions(sentence, { dct }).map((m) => [m.text, m.value]);

describe('the tense of the clause decides a weekday or a month', () => {
  it.each([
    // Wednesday 1990-08-15: "to Venezuela said" is no infinitive, so the clause is past.
    ['The Iraqi ambassador to Venezuela said on Tuesday that Iraq would retaliate.', '1990-08-15', [['Tuesday', 'DATE', '1990-08-14']]],
    // Sunday 1999-10-24: "planned for" points ahead, "was canceled" after the day overrules it.
    ['A memorial service planned for Saturday was canceled after threats.', '1999-10-24', [['Saturday', 'DATE', '1999-10-23']]],
    ['A memorial service is planned for Saturday.', '1999-10-24', [['Saturday', 'DATE', '1999-10-30']]],
    // Friday 2000-01-07: a day named by what happened on it is past, whatever the clause's tense.
    ['They said they would look for ways to get around Wednesday\'s ruling.', '2000-01-07', [['Wednesday', 'DATE', '2000-01-05']]],
    ['They would meet next Wednesday\'s deadline.', '2000-01-07', [['next Wednesday', 'DATE', '2000-01-12']]],
    // Wednesday 2000-04-05: a date in brackets takes the tense of the clause before the bracket.
    ['The father will leave at dawn (4 a.m. EDT Thursday), Castro said.', '2000-04-05', [['4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00']]],
    // Monday 1998-10-26: a sentence that opens with the day and goes on in the future; reported speech stays past.
    ['On Tuesday, the league plans to hold a news conference.', '1998-10-26', [['Tuesday', 'DATE', '1998-10-27']]],
    ['On Tuesday, the league said it will hold a news conference.', '1998-10-26', [['Tuesday', 'DATE', '1998-10-20']]],
    // A deadline is ahead: February after October is next year's, August after February this year's.
    ['The bridge loan falls due by February.', '1989-10-30', [['February', 'DATE', '1990-02']]],
    ['The bridge loan fell due in February.', '1989-10-30', [['February', 'DATE', '1989-02']]],
    ['Flights between Australia and India double by August.', '1998-02-13', [['August', 'DATE', '1998-08']]],
  ])('%s (%s)', (sentence, dct, expected) => {
    expect(tags(sentence, dct)).toEqual(expected);
  });
});

describe('periods counted from the narrative', () => {
  it.each([
    ['On May 22, 1995, he was made a general, and the following year he was appointed attache.', '1998-04-18',
      [['May 22, 1995', 'DATE', '1995-05-22'], ['the following year', 'DATE', '1996']]],
    ['The board met in March 1989. The following month, the company put itself up for sale.', '1989-10-27',
      [['March 1989', 'DATE', '1989-03'], ['The following month', 'DATE', '1989-04']]],
    ['The talks began on 6 March 2000 and resumed the following week.', '2000-04-01',
      [['6 March 2000', 'DATE', '2000-03-06'], ['the following week', 'DATE', '2000-W11']]],
    ['The strike began on 2 June 1998; the preceding month had been calm.', '1999-01-01',
      [['2 June 1998', 'DATE', '1998-06-02'], ['the preceding month', 'DATE', '1998-05']]],
    // Without an earlier date there is nothing to count from: no reading rather than the document's year.
    ['The following year he retired.', '1998-04-18', []],
  ])('%s', (sentence, dct, expected) => {
    expect(tags(sentence, dct)).toEqual(expected);
  });
});

describe('holidays', () => {
  it.each([
    // Thanksgiving 1999 is the fourth Thursday of November: the 25th.
    ['Elian was found Thanksgiving Day clinging to an inner tube.', '2000-01-07', [['Thanksgiving Day', 'DATE', '1999-11-25']]],
    ['He was rescued in the Atlantic last Thanksgiving.', '2000-02-10', [['last Thanksgiving', 'DATE', '1999-11-25']]],
    // Easter 2000 is 23 April, a Sunday: its ISO week runs from Monday 17 April, week 16.
    ['Protesters prayed as Easter week began.', '2000-04-17', [['Easter week', 'DATE', '2000-W16']]],
    // Easter 2024 is 31 March.
    ['Good Friday fell early.', '2024-05-01', [['Good Friday', 'DATE', '2024-03-29']]],
    ['The offices closed on Christmas Day, 1998.', '2000-01-07', [['Christmas Day, 1998', 'DATE', '1998-12-25']]],
    ['The envoys will meet again at Christmas.', '2024-01-25', [['Christmas', 'DATE', '2024-12-25']]],
    ['The envoys met at Christmas.', '2024-01-25', [['Christmas', 'DATE', '2023-12-25']]],
    ['The border crossing reopens by Christmas.', '2024-01-25', [['Christmas', 'DATE', '2024-12-25']]],
    ['Statues stand on Easter Island.', '2024-01-25', []],
  ])('%s (%s)', (sentence, dct, expected) => {
    expect(tags(sentence, dct)).toEqual(expected);
  });

  it('gives a moving feast only the month it falls in', () => {
    expect(dataset('Iranians celebrated Nowruz with their families.', '2024-04-02')).toEqual([['Nowruz', '2024-03']]);
  });
});

describe('centuries, halves and weeks named by a day', () => {
  it.each([
    ['She is a 20th century democrat.', [['20th century', 'DATE', '19']]],
    ['The fabled 11th century temple drew visitors.', [['11th century', 'DATE', '10']]],
    ['Trade will grow in the twenty-first century.', [['the twenty-first century', 'DATE', '20']]],
    ['Earnings fell in the last half of 1989.', [['the last half of 1989', 'DATE', '1989-H2']]],
    ['Sales rose in the first half of 1990.', [['the first half of 1990', 'DATE', '1990-H1']]],
    // 6 March 2000 is a Monday, in ISO week 10.
    ['The case may be resolved in a court hearing the week of March 6, 2000.', [['the week of March 6, 2000', 'DATE', '2000-W10']]],
  ])('%s', (sentence, expected) => {
    expect(tags(sentence, '2000-02-24')).toEqual(expected);
  });

  it('lists a century, a half and a week in the dataset at the precision EDTF has for them', () => {
    expect(dataset('In the 20th century; in the second half of 2023; the week of 15 January 2024.', '2024-01-25')).toEqual([
      ['the 20th century', '19XX'], ['the second half of 2023', '2023'], ['the week of 15 January 2024', '2024-01-15/2024-01-21'],
    ]);
  });
});

describe('recurrences named by a weekday or a month', () => {
  it.each([
    ['A third flight departs each Thursday.', [['each Thursday', 'SET', 'XXXX-WXX-4']]],
    ['Orangemen march every July.', [['every July', 'SET', 'XXXX-07']]],
    ['Two flights leave on Tuesday nights.', [['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]],
    ['The market is closed on Fridays.', [['Fridays', 'SET', 'XXXX-WXX-5']]],
  ])('%s', (sentence, expected) => {
    expect(tags(sentence, '1998-02-13')).toEqual(expected);
  });

  it('are never dataset dates', () => {
    expect(dataset('Flights leave each Thursday and on Fridays.', '1998-02-13')).toEqual([]);
  });
});

describe('quarters in financial reports (document date 1989-11-01)', () => {
  it.each([
    ['Net fell in the third quarter, compared with $1.8 million for the corresponding period last year.',
      [['the third quarter', 'DATE', '1989-Q3'], ['the corresponding period last year', 'DATE', '1988-Q3']]],
    ['Sales rose in the third quarter. U.K. sales for last year\'s quarter were $3 million.',
      [['the third quarter', 'DATE', '1989-Q3'], ['last year\'s quarter', 'DATE', '1988-Q3']]],
    ['It lost $226 million in the third quarter. For the quarter a year ago, it earned $16 million.',
      [['the third quarter', 'DATE', '1989-Q3'], ['the quarter a year ago', 'DATE', '1988-Q3']]],
    ['It lost money in the second quarter. Results for that quarter included a charge.',
      [['the second quarter', 'DATE', '1989-Q2'], ['that quarter', 'DATE', '1989-Q2']]],
    ['It lost $158,666 in the third quarter, compared with a year-earlier loss of $26,956.',
      [['the third quarter', 'DATE', '1989-Q3'], ['year-earlier', 'DATE', '1988-Q3']]],
    // A quarter still ahead (the fourth, in November) is not the one "the latest quarter" reports.
    ['Net rose in the third quarter. The quake will cause a fourth-quarter charge. In the latest quarter, sales rose.',
      [['the third quarter', 'DATE', '1989-Q3'], ['fourth-quarter', 'DATE', '1989-Q4'], ['the latest quarter', 'DATE', '1989-Q3']]],
    // Unless its results are reported: a fiscal fourth quarter can be over in November.
    ['Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.',
      [['fourth-quarter', 'DATE', '1989-Q4'], ['the latest period', 'DATE', '1989-Q4']]],
    // A sentence about nine months compares with the year before, not with its quarter.
    ['Third-quarter profit rose. For the nine months, it earned $2 billion, up from $1.69 billion a year earlier.',
      [['Third-quarter', 'DATE', '1989-Q3'], ['the nine months', 'DURATION', 'P9M'], ['a year earlier', 'DATE', '1988']]],
    ['Third-quarter net rose. In the first nine months, net was $306 million, compared with a loss in the 1988 period.',
      [['Third-quarter', 'DATE', '1989-Q3'], ['the first nine months', 'DURATION', 'P9M'], ['the 1988 period', 'DATE', '1988']]],
    ['It expects to post sales in the current fiscal year that are slightly higher.', [['the current fiscal year', 'DATE', '1989']]],
  ])('%s', (sentence, expected) => {
    expect(tags(sentence, '1989-11-01')).toEqual(expected);
  });
});

describe('words that are not dates here', () => {
  it.each([
    ['This is VOA Today.', []],
    ['Baker, speaking on ABC News\' "This Week," said the request was made.', []],
    ['Baker said on "This Week With David Brinkley" that the talks failed.', []],
    ['The case of Elian is for today\'s youth what the blockade was for their parents.', []],
    ['Many of today\'s personal computers use the chip.', []],
    ['They scanned the crowd at the annual March for Life.', []],
    ['She led the "March of the Combatant Mothers" in Havana.', []],
    // The same words as dates.
    ['Today, he said, the talks resume.', [['Today', 'DATE', '1999-01-22']]],
    ['Iran and Pakistan Talks Resume Today', [['Today', 'DATE', '1999-01-22']]],
    ['The offer ran in today\'s editions of the paper.', [['today', 'DATE', '1999-01-22']]],
  ])('%s', (sentence, expected) => {
    expect(tags(sentence, '1999-01-22')).toEqual(expected);
  });

  it('keeps the month March before "for" when no article makes it a noun', () => {
    expect(tags('He resigned in March for health reasons.', '1989-11-02')).toEqual([['March', 'DATE', '1989-03']]);
  });
});
