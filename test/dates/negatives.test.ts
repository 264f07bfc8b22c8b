import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

describe('not dates', () => {
  it.each([
    ['The ceasefire held for forty-eight hours.'],
    ['The project remains stalled nearly a decade-and-a-half later.'],
    ['A decades-long dispute.'],
    ['Relations grew in recent years.'],
    ['The IRGC will expand operations in the coming months.'],
    ['Over the last decade, the two signed memoranda.'],
    ['The news came at 22:59.'],
    ['Power returned at 6 a.m. and failed again at noon.'],
    // a broadcast's own programme is no date of the story
    ['Good evening. Our top story tonight: the border is shut.'],
    ['In other news tonight, prices rose.'],
    ['A 6-year-old boy was hurt.'],
    ['The talks lasted three days.'],
    ['Officials now say the border is calm.'],
    ['Trade recently grew.'],
    ['Prices are rising daily.'],
    ['It cost $2010 and 2010% more.'],
    ['The army deployed 1500 troops.'],
    ['May I ask a question?'],
    ['They may meet again.'],
    ['The marchers walked.'],
    ['Ties were tense for years.'],
    ['Both sides met 31 February 2024.'],
    ['Seen on 2024-02-30 and 2024-13-01.'],
  ])('%s', (sentence) => {
    expect(values(sentence)).toEqual([]);
  });
});
