// Photo captions are content (GUIDELINES): their position markers and their closing date.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

const ON = { dates: [['12 May 2024', '2024-05-12']] as Array<[string, string]> };

describe('photo captions', () => {
  it.each([
    ['Foreign Minister Araghchi (L) and Foreign Minister Dar shake hands after the signing ceremony, 12 May 2024.'],
    ['Araghchi (2nd R) and Dar (C) shake hands after the signing ceremony, 12 May 2024.'],
    ['Araghchi (left) and Dar (right) shake hands after the signing ceremony, 12 May 2024.'],
  ])('a position marker does not break the coordination of the names around it: %s', (text) => {
    expect(eventsIn(text, ON).map(brief)).toEqual(['CONSULT araghchi>dar 2024-05-12']);
  });

  it.each([
    // a date closing the caption after a comma is the caption's day, not the day of the clause before it
    ['Araghchi and Dar shake hands after the signing ceremony in Islamabad, 12 May 2024.', 'CONSULT araghchi>dar 2024-05-12'],
  ])('%s', (text, expected) => {
    expect(eventsIn(text, ON).map(brief)).toContain(expected);
  });

  it('keeps a date inside the clause after "after" as the earlier happening\'s: the act is only known to follow it', () => {
    expect(eventsIn('Araghchi and Dar shook hands after the ceremony of 12 May 2024 ended.', ON).map(brief)).toContain('CONSULT araghchi>dar 2024-05');
  });
});
