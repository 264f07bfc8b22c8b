// Sentences that state no event: planned, expected, hypothetical, conditional, negated, denied,
// habitual, or naming nobody; and words that only look like triggers.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

describe('no event', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['Pakistan could have shared intelligence with Iran in 2024.', [['2024', '2024']]],
    ['In 1988, Iran said the end of the year would bring calm.', [['1988', '1988']]],
    ['In 2024, Pakistan did not retaliate against Iran.', [['2024', '2024']]],
    ['If Iran strikes Pakistan in 2025, Islamabad will respond.', [['2025', '2025']]],
    ['Iran is expected to visit Pakistan in March 2024.', [['March 2024', '2024-03']]],
    ['Iran plans to attack Pakistan in March 2024.', [['March 2024', '2024-03']]],
    ['The US continues to threaten Islamabad with sanctions in 2024.', [['2024', '2024']]],
    ['Iran denied that it attacked Pakistan in January 2024.', [['January 2024', '2024-01']]],
    ['In recent years, Jaish al-Adl has conducted attacks in 2023.', [['2023', '2023']]],
    ['In 2024, Iran would strike Pakistan again.', [['2024', '2024']]],
    // Deaths in a road accident are no attack.
    ['On 16 January 2024, 14 Pakistani pilgrims were killed when their bus overturned in Iran.', [['16 January 2024', '2024-01-16']]],
    // Raising the issue of something puts it on the table; it complains of nobody.
    ['In 2024, Pakistan raised the issue of trade with Iran.', [['2024', '2024']]],
    // A visit with no named visitor is no consultation.
    ['In 2024, returnees reported travelling by road from Tehran to Taftan.', [['2024', '2024']]],
    ['In 2024, the two neighbours sought to avoid further escalation with Pakistan.', [['2024', '2024']]],
    ['In 2024, Pakistan took steps in order to restore deterrence against Iran.', [['2024', '2024']]],
    ['In 2024, Iran faced the threat of strikes from Pakistan.', [['2024', '2024']]],
    ['In 2024, the tenuous military-backed government in Islamabad relied on tacit support from Washington.', [['2024', '2024']]],
    ['In 2024, police station guards in Pakistan saw Iran launch a website.', [['2024', '2024']]],
    ['In January 2024, the relationship was threatened.', [['January 2024', '2024-01']]],
    ['While Iran and Pakistan collaborated closely at the height of the Cold War in 1965, ties frayed.', [['1965', '1965']]],
    ['Pakistan has a record of waging attacks on Iran in 2023.', [['2023', '2023']]],
    // Declining to comment refuses reporters, not a party's demand.
    ['In 2024, the US State Department declined to comment on Pakistan and Iran.', [['2024', '2024']]],
    ['In March 2024, the Pakistani Foreign Office refused comment on reports from Iran.', [['March 2024', '2024-03']]],
  ];
  it.each(cases)('%s', (text, dates) => {
    expect(eventsIn(text, { dates }).map(brief)).toEqual([]);
  });

  it('never dates an event by the publication date', () => {
    const events = eventsIn('Iran struck Pakistan.', { published: '2024-01-20' });
    expect(events.map(brief)).toEqual(['ASSAULT iran>pakistan undated']);
  });

  it('drops a happening dated after the publication', () => {
    expect(eventsIn('Iran struck Pakistan on 16 January 2025.', { dates: [['16 January 2025', '2025-01-16']], published: '2024-06' })).toEqual([]);
  });

  it('does not read the anchor of a relative date as a new event', () => {
    const events = eventsIn('Jaish al-Adl killed a colonel one day after Iran fired missiles at Pakistan.',
      { dates: [['one day after', '2024-01-17']] });
    expect(events.map(brief)).toEqual(['ASSAULT jaish-al-adl>- 2024-01-17']);
  });
});
