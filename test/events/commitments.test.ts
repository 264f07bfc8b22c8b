// Commitments to a later act: "agreed to", "promised to", "decided to", "announced it would".
// The commitment is the event (AGREE, or THREATEN for a hostile act), dated when it was made;
// the act promised is not an occurred event, and a date inside it dates only it
// (../shared/gold/GUIDELINES.md, events: "A statement that someone will do something ...").
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const WEEK: Given = { dates: [['Wednesday', '2025-11-19'], ['Tuesday', '2025-11-18'], ['next week', '2025-11-24/2025-11-30']], published: '2025-11-19' };
const read = (text: string, given: Given = WEEK): string[] => eventsIn(text, given).map(brief);

describe('commitments to a later act', () => {
  it.each([
    // The date of what is promised does not date the promise: the verb of saying's date does.
    ['Pakistan has agreed to reopen the crossing next week, the ministry said on Wednesday.', ['AGREE pakistan>- 2025-11-19']],
    ['Iran promised on Tuesday to release the fishermen next week.', ['AGREE iran>- 2025-11-18']],
    ['Iran announced on Tuesday it would release the fishermen next week.', ['AGREE iran>- 2025-11-18']],
    // A decision to act later is the AGREE at the decision's date; the release is still to come.
    ['Iran decided on Tuesday to release the fishermen next week.', ['AGREE iran>- 2025-11-18']],
    ['Pakistan decided on Tuesday to expel the Iranian diplomats next week.', ['THREATEN pakistan>iran 2025-11-18']],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('dates an agreement by its discourse, not by a past figure inside what is agreed', () => {
    const text = 'Iran and Pakistan held talks on 18 November 2025. The two sides agreed to raise trade from $3 billion last year to $10 billion by 2028.';
    const events = read(text, { dates: [['18 November 2025', '2025-11-18'], ['last year', '2024']], published: '2025-11-19' });
    expect(events).toContain('AGREE iran>pakistan 2025-11-18');
    expect(events.filter((e) => e.endsWith(' 2024'))).toEqual([]);
  });

  it.each([
    // A decision carried out, with no later date for the act: the act is the event.
    ['Pakistan decided on Tuesday to recall its ambassador from Tehran.', 'SANCTION pakistan>iran 2025-11-18'],
    // A date before the infinitive dates the agreement itself.
    ['Iran agreed on Tuesday to release the fishermen.', 'AGREE iran>- 2025-11-18'],
    // Past a comma the date is not the promised act's.
    ['Iran agreed to release the fishermen, the ministry said on Wednesday.', 'AGREE iran>- 2025-11-19'],
  ])('keeps "%s"', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    // Nobody says it: the one who will act is committed.
    ['On Tuesday, it was announced that Araghchi would visit Islamabad.', 'AGREE araghchi>pakistan 2025-11-18'],
    // Someone named says it: the one who says it.
    ['Dar said on Tuesday that Araghchi would visit Islamabad.', 'AGREE dar>- 2025-11-18'],
    // "informed" reports a statement as "said" does.
    ['The Iranian side informed us on Tuesday that the fishermen will be released next week.', 'AGREE iran>- 2025-11-18'],
  ])('reads who is committed in "%s"', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('makes no commitment of a speaker the text does not name', () => {
    expect(read('SPOKESPERSON: I can confirm that Araghchi will visit Islamabad next week.')).toEqual([]);
  });

  it('reads a decision in the past to act later in the past the same way', () => {
    const given: Given = { dates: [['March 2019', '2019-03'], ['January 2020', '2020-01']], published: '2024-05-01' };
    expect(read('Iran decided in March 2019 to release the fishermen in January 2020.', given)).toEqual(['AGREE iran>- 2019-03']);
  });
});
