// How far a negation before a perfect reaches across "and": a participle right after it shares the
// auxiliary and the negation ("had not attacked and killed"); past the first participle's long
// complement, a past form starts a predicate of its own ("had not received payments from Pakistan
// for months and demanded ...") (../shared/gold/GUIDELINES.md, events: denied happenings are not events).
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const GIVEN: Given = { dates: [['on Tuesday', '2025-11-18']], published: '2025-11-19' };
const read = (text: string): string[] => eventsIn(text, GIVEN).map(brief);

describe('a negation before a perfect and a later past form', () => {
  it.each([
    ['Iran said on Tuesday that it had not received payments from Pakistan for months and demanded that Islamabad pay.', ['REQUEST iran>- 2025-11-18']],
    ['Pakistan said on Tuesday that it had not been told about the new rules at all and condemned Iran.', ['ACCUSE pakistan>iran 2025-11-18']],
  ])('reads the second predicate of "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Pakistan said on Tuesday that Iran had not attacked the camp and killed anyone.'],
    ['Pakistan said on Tuesday that Iran had not attacked and killed anyone.'],
    ['Pakistan said on Tuesday that the militants could have attacked and killed more.'],
  ])('keeps the negation or modal over "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });
});
