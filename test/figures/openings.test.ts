// Counts whose noun is written before the number or left out: an opening partitive ("Of those
// detained, 30 ..."), a label before a colon ("Deaths: 12"), a pronoun after a plural without -s
// ("fishermen ... nine of them"), "the number of X ... at N" far apart, a clause whose subject is
// the number alone ("...; three were freed"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

type Row = [sentence: string, expected: [value: number, unit: string, kind: string][]];
const brief = (content: string) => figuresOf(content).map((f) => [f.value, f.unit, f.kind]);

describe('an opening partitive', () => {
  it.each<Row>([
    ['Of those arrested at the checkpoint, 27 were Afghan nationals.', [[27, 'people', 'count']]],
    ['Of the 90 containers inspected, 14 held smuggled diesel.', [[90, 'count', 'count'], [14, 'count', 'count']]],
    ['Of all the detainees, nine were minors.', [[9, 'people', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));

  it('names the persons "those" stands for as the subject', () => {
    expect(figuresOf('Of those repatriated this month, 318 were women.')[0]).toMatchObject({ value: 318, subject: 'those repatriated this month' });
  });
});

describe('a label before a colon', () => {
  it.each<Row>([
    ['Vehicles impounded at Gabd: 46 in October.', [[46, 'count', 'count']]],
    ['- Deaths reported this month, all districts: 31 by police count; 38 by hospital records.', [[31, 'people', 'fatalities'], [38, 'people', 'fatalities']]],
    ['Dead: 4, wounded: 17.', [[4, 'people', 'fatalities'], [17, 'people', 'injuries']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('pronouns, "the number of", groups and totals', () => {
  it.each<Row>([
    ['The coast guard held 64 fishermen in Chabahar. Nine of them were released on Sunday.', [[64, 'people', 'count'], [9, 'people', 'count']]],
    ['The envoy sought consular access to 120 Pakistanis in Zahedan jail, 35 of them held for years.', [[120, 'people', 'count'], [35, 'people', 'count']]],
    ['Officials put the number of pilgrims stranded on the Iranian side of the crossing last night at 2,600.', [[2600, 'people', 'count']]],
    ['A second group of roughly 150 arrived in Quetta on foot.', [[150, 'people', 'count']]],
    ['Pakistan hosts some 2 million Afghans, of whom 600,000 hold cards.', [[2e6, 'people', 'count'], [6e5, 'people', 'count']]],
    ['Iran reported the number killed in the quake had risen to 37.', [[37, 'people', 'fatalities']]],
    ['Doctors put the number of injured at 58.', [[58, 'people', 'injuries']]],
    ['The number of days lost was 12.', []],
    ['Pakistan opened two new crossings in March, bringing the total to seven.', [[2, 'count', 'count'], [7, 'count', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('a number alone as the subject of a clause', () => {
  it.each<Row>([
    ['Raiders seized eight customs guards; five were set free in March.', [[8, 'people', 'count'], [5, 'people', 'count']]],
    ['Police stopped 60 fuel tankers, and 22 were impounded.', [[60, 'count', 'count'], [22, 'count', 'count']]],
    // no auxiliary after it, a year, a unit of its own: no elided noun
    ['Police stopped 60 fuel tankers, and 22 drove on.', [[60, 'count', 'count']]],
    ['Police stopped 60 fuel tankers; 2024 was worse.', [[60, 'count', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('no opening noun', () => {
  it.each([
    'The verdict: 7 in favour, 2 against.',
    'Of these, 12 are still pending.',
    'On balance: 3 is enough.',
  ])('%s', (s) => expect(figuresOf(s)).toEqual([]));
});
