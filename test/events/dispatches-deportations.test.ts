// Trigger families added in session 8: deportations, aid and forces dispatched, ground broken for a
// project, forces rolling into a country. Sentences written for these tests, checked against
// ../shared/gold/GUIDELINES.md (events: COERCE for expulsions, AID for material aid, MOBILIZE for
// deployments, COOPERATE for joint projects, ASSAULT for invasions).
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('dispatches, deportations, groundbreakings and invasions', () => {
  it.each<[string, Given, string[]]>([
    ['On 3 March 2025, Iran deported 300 Afghans through Islam Qala.', on('3 March 2025', '2025-03-03'), ['COERCE iran>afghanistan 2025-03-03']],
    ['On 17 November 2025, Pakistan dispatched a consignment of relief goods to Iran.', on('17 November 2025', '2025-11-17'), ['AID pakistan>iran 2025-11-17']],
    // Reinforcements or troops dispatched are a deployment, not aid.
    ['On 17 November 2025, the IRGC dispatched reinforcements to Saravan.', on('17 November 2025', '2025-11-17'), ['MOBILIZE irgc>- 2025-11-17']],
    ['On 17 November 2025, Pakistan dispatched troops to the border with Iran.', on('17 November 2025', '2025-11-17'), ['MOBILIZE pakistan>iran 2025-11-17']],
    // Ground broken names its project itself; the first-named leader acts with the second.
    ['In March 2013 Raisi and Sharif broke ground at the border.', on('March 2013', '2013-03'), ['COOPERATE raisi>sharif 2013-03']],
    ['In December 1979 Soviet Union troops rolled into Afghanistan.', on('December 1979', '1979-12'), ['ASSAULT soviet-union>afghanistan 1979-12']],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it.each<[string, Given]>([
    // A vehicle rolling into a ravine is an accident; a deportee's story is no deporting act.
    ['On 8 September 2025, a bus carrying Pakistani pilgrims rolled into a ravine in Iran.', on('8 September 2025', '2025-09-08')],
    ['On 3 March 2025, Afghans deported from Iran waited at Islam Qala.', on('3 March 2025', '2025-03-03')],
  ])('no event: %s', (text, given) => {
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });
});
