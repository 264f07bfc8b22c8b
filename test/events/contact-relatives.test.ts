// A relative clause without "which" or "that" holds its verb's object before its subject: "a
// memorandum Pakistan and Iran signed in 2012", "the agreement it reached with Pakistan". The
// verb's companion word stands before the subject. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('contact relatives', () => {
  it.each<[string, Given, string]>([
    ['The markets were set up under a memorandum Pakistan and Iran signed in 2012.', on('2012', '2012'), 'SUPPORT pakistan>iran 2012'],
    ['On 5 May 2025, Iran said the agreement it reached with Pakistan in 2023 still stood.', on('2023', '2023'), 'AGREE iran>pakistan 2023'],
    ['Trade remains below the target Iran and Pakistan set in 2023.', on('2023', '2023'), 'AGREE iran>pakistan 2023'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    // The companion word is no object of the verb when a clause break stands between them.
    ['After the agreement, Pakistan signed in 2012 as a guarantor.', on('2012', '2012')],
    // A conjunction opens an adverbial clause, not a relative one: "the market since it opened".
    ['Trade at the market has grown since it opened in 2023.', on('2023', '2023')],
    // "set aside" is no target set.
    ['The target Iran set aside in 2023 is no longer discussed.', on('2023', '2023')],
  ])('no event: %s', (text, given) => {
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });
});
