import { describe, expect, it } from 'vitest';
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
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });
});
