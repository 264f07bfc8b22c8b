// A happening told in a relative clause set off by commas ("the crossing, which the two sides agreed
// to open, began operating on Tuesday") is dated by the clause alone: the main clause's date and
// the discourse's are another happening's (../shared/gold/GUIDELINES.md, events: "Dating").
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const GIVEN: Given = {
  dates: [['On Tuesday', '2025-11-18'], ['on Tuesday', '2025-11-18'], ['on Monday', '2025-11-17'], ['in March', '2025-03'], ['In March', '2025-03']],
  published: '2025-11-19',
};
const read = (text: string): string[] => eventsIn(text, GIVEN).map(brief);

describe('a happening in a relative clause', () => {
  it.each([
    // No date of its own: not the main clause's day.
    ['The crossing, which Iran and Pakistan agreed to open, began operating on Tuesday.', ['AGREE iran>pakistan undated']],
    ['The crossing, that Iran and Pakistan agreed to open, was busy on Tuesday.', ['AGREE iran>pakistan undated']],
    // A date inside the clause dates it.
    ['The crossing, which Iran and Pakistan agreed in March to open, began operating on Tuesday.', ['AGREE iran>pakistan 2025-03']],
    ['Raisi, who arrived in Islamabad on Monday, said on Tuesday that ties were strong.', ['CONSULT raisi>pakistan 2025-11-17']],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A comma after a date closes an introductory phrase: the clause after it is the main one.
    ['On Tuesday, Iran and Pakistan agreed to open the crossing, officials said.', ['AGREE iran>pakistan 2025-11-18']],
    ['In March, Iran and Pakistan agreed to open three crossings, the first of which began operating on Tuesday.', ['AGREE iran>pakistan 2025-03']],
    // No closing comma before the date: no clause set off.
    ['Iran and Pakistan agreed on Tuesday to open the crossing.', ['AGREE iran>pakistan 2025-11-18']],
  ])('keeps the main clause\'s date in "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
