// Mutual acts: a clause that names both parties together as its subject ("Iran and Pakistan
// recalled ...", "both sides agreed"), as merging reads it to tell a mutual act from a reprisal.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../pipeline/generated/dataset.js';
import { namesJointSubjects } from '../../pipeline/normalize/events/joint-subjects.js';
import { DEFINITIONS } from './helpers.js';

const actors = new Map<string, Actor>(DEFINITIONS.map((d) => [d.actor_id, d]));

/** Whether the mention of actor1 and actor2 triggered by `trigger` in `sentence` names both as joint subjects. */
function joint(sentence: string, trigger: string, actor1: string, actor2: string): boolean {
  const start = 500;
  return namesJointSubjects({ quote: sentence, sentence: { start }, trigger: { start: start + sentence.indexOf(trigger) }, actor1_id: actor1, actor2_id: actor2 }, actors);
}

describe('namesJointSubjects', () => {
  it.each([
    ['Iran and Pakistan recalled their ambassadors after the strikes.', 'recalled', 'iran', 'pakistan'],
    ['Islamabad and Tehran on Monday agreed to reopen the crossing.', 'agreed', 'pakistan', 'iran'],
    ['Both sides recalled their envoys within hours.', 'recalled', 'pakistan', 'iran'],
    ['The two countries later returned their ambassadors.', 'returned', 'iran', 'pakistan'],
    ['KARACHI – Senior Pakistani and Iranian officials agreed to set up a hotline.', 'agreed', 'iran', 'pakistan'],
    ['Weeks later, Pezeshkian and Sharif signed a trade accord.', 'signed', 'pezeshkian', 'sharif'],
  ])('reads "%s" as mutual', (sentence, trigger, a1, a2) => {
    expect(joint(sentence, trigger, a1, a2)).toBe(true);
  });

  it.each([
    ['Pakistan recalled its ambassador from Tehran.', 'recalled', 'pakistan', 'iran'],
    ['After Iran and Pakistan exchanged strikes, Islamabad recalled its ambassador.', 'recalled', 'pakistan', 'iran'],
    ['India and Pakistan traded accusations as Iran recalled its envoy from Islamabad.', 'recalled', 'iran', 'pakistan'],
    ['Iran recalled its envoy; both sides later regretted the row.', 'recalled', 'iran', 'pakistan'],
  ])('does not read "%s" as mutual', (sentence, trigger, a1, a2) => {
    expect(joint(sentence, trigger, a1, a2)).toBe(false);
  });

  it('needs both parties of the mention', () => {
    expect(joint('Both sides recalled their envoys.', 'recalled', 'iran', null as unknown as string)).toBe(false);
  });
});
