// Sentence tables for the number recogniser: each row is a sentence and the amounts it must
// yield, as [text of the number, value, unit code or name].
import { describe, expect, it } from 'vitest';
import { recognizeAmounts } from '../../pipeline/extract/amounts/index.js';

type Row = [sentence: string, expected: [text: string, value: number, unit: string | null][]];
const unitOf = (a: { unit: string | null; unitName?: string | null | undefined }) => a.unit ?? a.unitName ?? null;
const found = (s: string) => recognizeAmounts(s).map((a) => [a.text, a.value, unitOf(a)]);

describe('digits', () => {
  it.each<Row>([
    ['The border is 1,000 km long.', [['1,000 km', 1000, 'km']]],
    ['Growth was 2.5 percent.', [['2.5 percent', 2.5, 'percent']]],
    ['China has 1 414 021 100 people.', [['1 414 021 100', 1414021100, null]]],
    ['The answer is -9.5', [['-9.5', -9.5, null]]],
    ['a JF-17 jet', [['17', 17, null]]],
    ['192.168.1.2', [['192', 192, null], ['168', 168, null], ['1', 1, null], ['2', 2, null]]],
    ['nrs. 22,24,26', [['22', 22, null], ['24', 24, null], ['26', 26, null]]],
    ['three quarters or 3/4 of it', [['three quarters', 0.75, null], ['3/4', 0.75, null]]],
    ['It was 1e10 or 1.3e6.', [['1e10', 1e10, null], ['1.3e6', 1.3e6, null]]],
  ])('%s', (sentence, expected) => expect(found(sentence)).toEqual(expected));
});

describe('words', () => {
  it.each<Row>([
    ['Forty-four political parties', [['Forty-four', 44, null]]],
    ['two hundred and sixty-six seats', [['two hundred and sixty-six', 266, null]]],
    ['a dozen agreements', [['a dozen', 12, null]]],
    ['half a dozen', [['half a dozen', 6, null]]],
    ['more than half of them', [['more than half', 0.5, null]]],
    ['a third of the budget', [['a third', 0.333333333333333, null]]],
    ['two thirds', [['two thirds', 0.666666666666667, null]]],
    ['one and a fourth', [['one and a fourth', 1.25, null]]],
    ['nine point nought four', [['nine point nought four', 9.04, null]]],
    ['they were playing three-nought-four', [['three', 3, null], ['nought', 0, null], ['four', 4, null]]],
    ['The answer is minus one', [['minus one', -1, null]]],
  ])('%s', (sentence, expected) => expect(found(sentence)).toEqual(expected));
});

describe('scales and currencies', () => {
  it.each<Row>([
    ['trade of $3 billion', [['$3 billion', 3e9, 'USD']]],
    ['a 3bn deal', [['3bn', 3e9, null]]],
    ['Rs 200 million for Karachi', [['Rs 200 million', 2e8, 'PKR']]],
    ['1.5 trillion rials', [['1.5 trillion rials', 1.5e12, 'IRR']]],
    ['a fine of 5,000 tomans', [['5,000 tomans', 50000, 'IRR']]],
    ['13 lakh and 2 crore', [['13 lakh', 1.3e6, null], ['2 crore', 2e7, null]]],
    ['three lakh crore', [['three lakh crore', 3e12, null]]],
    ['US$ 1MM', [['US$ 1MM', 1e6, 'USD']]],
    ['€ 2 million and £ 50 million', [['€ 2 million', 2e6, 'EUR'], ['£ 50 million', 5e7, 'GBP']]],
    ['100 billion yuan', [['100 billion yuan', 1e11, 'CNY']]],
    ['hk $ 10.05 billion', [['hk $ 10.05 billion', 1.005e10, 'HKD']]],
    ['two billion dollars per year', [['two billion dollars', 2e9, 'USD']]],
    ['billions of dollars', [['billions of dollars', 1e9, 'USD']]],
    ['$10m', [['$10m', 1e7, 'USD']]],
    ['thirteen dollars forty-five cents', [['thirteen dollars forty-five cents', 13.45, 'USD']]],
    ['down 34 cents', [['34 cents', 34, 'Cent']]],
  ])('%s', (sentence, expected) => expect(found(sentence)).toEqual(expected));
});

describe('units', () => {
  it.each<Row>([
    ['a 900-kilometer border', [['900-kilometer', 900, 'km']]],
    ['the nearly 900-kilometer-long border', [['nearly 900-kilometer-long', 900, 'km']]],
    ['the 1,000-km frontier', [['1,000-km', 1000, 'km']]],
    ['ten miles long', [['ten miles', 10, 'mi']]],
    ['1,000 MW of electricity', [['1,000 MW', 1000, 'MW']]],
    ['750 mmcfd of gas', [['750 mmcfd', 750, 'mmcfd']]],
    ['500 million cubic feet per day', [['500 million cubic feet per day', 500, 'mmcfd']]],
    ['100,000 barrels per day', [['100,000 barrels per day', 100000, 'bbl/d']]],
    ['16,000 metric tons', [['16,000 metric tons', 16000, 't']]],
    ['expand trade five-fold', [['five-fold', 5, 'times']]],
    ['exports tripled', [['tripled', 3, 'times']]],
    // units outside the dataset's list convert into one of its units where the factor is exact
    ['The weight is 20 (kg)', [['20 (kg)', 0.02, 't']]],
    ['Police seized 40 kilograms of heroin', [['40 kilograms', 0.04, 't']]],
    ['smuggled at about 5 million litres a day', [['about 5 million litres a day', 31449.05385, 'bbl/d']]],
    ['designed for 1.2 billion cubic feet of gas a day', [['1.2 billion cubic feet of gas a day', 1200, 'mmcfd']]],
    ['a tank of 500 litres', [['500 litres', 500, 'Liter']]],
    ['10kph', [['10kph', 10, 'Kilometer per hour']]],
  ])('%s', (sentence, expected) => expect(found(sentence)).toEqual(expected));
});

describe('ranges, bounds and vague amounts', () => {
  it.each<[string, [string, number, string | null, boolean, 'lower' | 'upper' | null][]]>([
    ['from $3 billion to $10 billion', [['$3 billion', 3e9, 'USD', false, null], ['$10 billion', 1e10, 'USD', false, null]]],
    ['from 3 to 10 billion dollars', [['3', 3e9, 'USD', false, null], ['10 billion dollars', 1e10, 'USD', false, null]]],
    ['between 7 and 9', [['7', 7, null, false, null], ['9', 9, null, false, null]]],
    ['almost 100 deaths', [['almost 100', 100, null, true, 'upper']]],
    ['at least 11 people', [['at least 11', 11, null, false, 'lower']]],
    ['more than $ 247 million', [['more than $ 247 million', 2.47e8, 'USD', false, 'lower']]],
    ['an estimated $ 470 million', [['an estimated $ 470 million', 4.7e8, 'USD', true, null]]],
    ['up to 500 troops', [['up to 500', 500, null, false, 'upper']]],
    ['some 2.4 billion gallons', [['some 2.4 billion gallons', 2.4e9, 'Gallon', true, null]]],
    ['dozens of homes', [['dozens', 12, null, true, 'lower']]],
    ['hundreds of madrassas', [['hundreds', 100, null, true, 'lower']]],
    ['tens of thousands of refugees', [['tens of thousands', 10000, null, true, 'lower']]],
    ['could surpass three billion dollars', [['could surpass three billion dollars', 3e9, 'USD', true, 'lower']]],
  ])('%s', (sentence, expected) => {
    const got = recognizeAmounts(sentence).map((a) => [a.text, a.value, unitOf(a), a.approximate, a.bound]);
    expect(got).toEqual(expected);
  });
});

describe('offsets', () => {
  it('point into the string given, end exclusive', () => {
    const s = 'Officials said 1,000 people and $3 billion.';
    for (const a of recognizeAmounts(s)) expect(s.slice(a.start, a.end)).toBe(a.text);
    expect(recognizeAmounts(s).map((a) => a.rule)).toEqual(['digits', 'digits+unit']);
  });
});

describe('glued currency codes', () => {
  it.each<Row>([
    ['Rs200 billion for Karachi', [['Rs200 billion', 2e11, 'PKR']]],
    ['PKR5bn in Pakistan', [['PKR5bn', 5e9, 'PKR']]],
    ['US$5 million', [['US$5 million', 5e6, 'USD']]],
  ])('%s', (sentence, expected) => expect(found(sentence)).toEqual(expected));
});
