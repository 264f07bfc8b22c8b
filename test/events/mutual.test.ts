// Mutual acts: extraction marks an event whose clause names its two parties together as the
// subject ("Iran and Pakistan recalled ...", "both sides agreed"), as merging needs to tell a
// mutual act from a reprisal. Roles read it where they read the subject (roles.ts).
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../../pipeline/model.js';
import { brief, eventsIn } from './helpers.js';

const ON = { dates: [['12 May 2024', '2024-05-12']] as Array<[string, string]> };

/** The events of `text` as "TYPE a1>a2 date mutual?". */
const read = (text: string): string[] => eventsIn(text, ON).map((e: EventCandidate) => `${brief(e)}${e.mutual ? ' mutual' : ''}`);

describe('the mutual flag', () => {
  it.each([
    ['Iran and Pakistan recalled their ambassadors on 12 May 2024.', 'SANCTION iran>pakistan 2024-05-12 mutual'],
    ['Islamabad and Tehran on 12 May 2024 agreed to reopen the crossing.', 'AGREE pakistan>iran 2024-05-12 mutual'],
    ['Tehran and Islamabad agreed to expel the militants on 12 May 2024, and both sides recalled their envoys.', 'SANCTION iran>pakistan 2024-05-12 mutual'],
    ['On 12 May 2024, Pezeshkian and Sharif signed a trade accord.', 'SUPPORT pezeshkian>sharif 2024-05-12 mutual'],
  ])('marks "%s" as mutual', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['Pakistan recalled its ambassador from Tehran on 12 May 2024.', 'SANCTION pakistan>iran 2024-05-12'],
    ['After Iran and Pakistan exchanged strikes, Islamabad recalled its ambassador from Tehran on 12 May 2024.', 'SANCTION pakistan>iran 2024-05-12'],
    ['India and Pakistan traded accusations on 12 May 2024 as Iran recalled its envoy from Islamabad.', 'SANCTION iran>pakistan 2024-05-12'],
    // Parties after "between" are a nominal's, not a joint subject.
    ['Talks between Iran and Pakistan were held on 12 May 2024.', 'CONSULT iran>pakistan 2024-05-12'],
  ])('does not mark "%s" as mutual', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('marks only the event whose counterpart is the joint subject, not one aimed at a third party', () => {
    const events = eventsIn('On 12 May 2024, Iran and Pakistan condemned the attack on Syria.', ON);
    expect(events.filter((e) => e.event_type === 'ACCUSE').map((e) => [brief(e), e.mutual])).toEqual([['ACCUSE iran>syria 2024-05-12', false]]);
  });
});
