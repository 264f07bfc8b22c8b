import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../pipeline/extract/dates/index.js';

const tags = (sentence: string, dct = '1998-08-18') =>
  tagTimexes(sentence, { dct }).map((t) => [t.text, t.type, t.value]);

// TimeML conventions as TempEval-3 scores them; document date Tuesday 1998-08-18.
describe('TimeML values', () => {
  it.each([
    ['The embassy was bombed Friday.', [['Friday', 'DATE', '1998-08-14']]],
    ['Officials now say so.', [['now', 'DATE', 'PRESENT_REF']]],
    ['Talks lasted three days.', [['three days', 'DURATION', 'P3D']]],
    ['Prices rose in the 1960s.', [['the 1960s', 'DATE', '196']]],
    ['They met last week.', [['last week', 'DATE', '1998-W33']]],
    ['Profit fell in the third quarter.', [['the third quarter', 'DATE', '1998-Q3']]],
    ['Three days later, prices fell.', [['Three days', 'DURATION', 'P3D']]],
    ['The talks resumed two months ago.', [['two months ago', 'DATE', '1998-06']]],
    ['A 16-hour flight.', [['16-hour', 'DURATION', 'PT16H']]],
    ['Reports come out daily.', [['daily', 'SET', 'P1D']]],
    // a newspaper is no recurrence
    ['The Urdu daily Jang reported the raid.', []],
    ['The English-language daily said so.', []],
    ['Trucks cross daily, officials said.', [['daily', 'SET', 'P1D']]],
    // halves: in the next smaller unit where TimeBank writes them so; a fraction's "2" is no count
    ['He spent about 5 1/2 hours in Nairobi.', [['5 1/2 hours', 'DURATION', 'PT5H30M']]],
    ['Refugees lived in camps for two and a half years.', [['two and a half years', 'DURATION', 'P2Y6M']]],
    ['The siege lasted a week and a half.', [['a week and a half', 'DURATION', 'P1.5W']]],
    ['Prices rose 1/2 percent in 3/4 hours.', []],
    ['It ended in early 1997.', [['early 1997', 'DATE', '1997']]],
    ['A 6-year-old boy was hurt.', []],
    ['Trade could reach $3 billion a year.', []],
    ['The dispute lasted two decades.', [['two decades', 'DURATION', 'P20Y']]],
    ['The polls will close at 9 p.m. Friday.', [['9 p.m. Friday', 'TIME', '1998-08-21T21:00']]],
    ['Power returned at 6 a.m.', [['6 a.m.', 'TIME', '1998-08-18T06:00']]],
    ['The polls closed at 9 p.m. EST Friday.', [['9 p.m. EST Friday', 'TIME', '1998-08-14T21:00']]],
    ['The summit was held on April 24 and 25.', [['April 24', 'DATE', '1998-04-24'], ['25', 'DATE', '1998-04-25']]],
    ['The strikes of 16-18 January.', [['16', 'DATE', '1998-01-16'], ['18 January', 'DATE', '1998-01-18']]],
  ])('%s', (sentence, expected) => {
    expect(tags(sentence)).toEqual(expected);
  });

  it('gives offsets into the text it was given', () => {
    const text = 'Iran struck on 16 January 2024.';
    const [t] = tagTimexes(text, { dct: '2024-01-25' });
    expect(t && text.slice(t.start, t.end)).toBe('16 January 2024');
    expect(t?.rule).toBe('explicit-day:day-month');
  });
});
