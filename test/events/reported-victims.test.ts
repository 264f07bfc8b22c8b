// Victims in the passive after a verb of reporting: the one who reports them is no party to the
// attack unless they are its own. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('victims reported in the passive', () => {
  it('an announcer of unnamed victims is neither attacker nor target', () => {
    // ("and six injured": a participle after a count shares the passive, it has no subject of its own.)
    expect(eventsIn('On 5 May 2025, the IRGC said four soldiers were martyred and six injured.', on('5 May 2025', '2025-05-05')).map(brief)).toEqual([]);
  });

  it.each<[string, Given, string]>([
    // The announcer's own people are its victims.
    ['On 5 May 2025, Iran said two of its guards were killed.', on('5 May 2025', '2025-05-05'), 'ASSAULT ->iran 2025-05-05'],
    // Victims named by their state after the verb of reporting.
    ['On 5 May 2025, Pakistan said Iranian guards were killed.', on('5 May 2025', '2025-05-05'), 'ASSAULT ->iran 2025-05-05'],
    ['On 5 May 2025, two Iranian guards were killed and three injured.', on('5 May 2025', '2025-05-05'), 'ASSAULT ->iran 2025-05-05'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual([expected]);
  });
});
