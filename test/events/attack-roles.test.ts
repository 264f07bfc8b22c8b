// Who attacked whom in the ways attacks are reported: victims counted in the passive, participle
// clauses with an insertion, and forces coordinated as one subject. Sentences written for these
// tests, checked against ../shared/gold/GUIDELINES.md (events: actor1 initiates, actor2 is the
// target; a mutual act is one entry with the first-named as actor1).
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('roles in attack reports', () => {
  it.each<[string, Given, string[]]>([
    // "and several others injured" shares the passive of "were martyred": the soldiers are the victims.
    ['At least four Pakistani soldiers were martyred and several others injured when militants attacked a post on Monday.',
      on('Monday', '2025-10-20'), ['ASSAULT ->pakistan 2025-10-20']],
    ['Two Iranian guards were killed and three more wounded on 5 May 2025.', on('5 May 2025', '2025-05-05'), ['ASSAULT ->iran 2025-05-05']],
    // "and wounding" after an insertion between commas still hangs on "ambushed": the gunmen act.
    ['Gunmen ambushed a bus and an Iranian checkpost on Monday, killing 11 people, among them three Iranian guards, and wounding 17 others.',
      on('Monday', '2025-10-20'), ['ASSAULT ->iran 2025-10-20']],
    // A state's forces in a coordinated subject stand for it: the first-named acts.
    ['On Monday, Iranian border guards and Pakistani troops exchanged fire along the frontier.', on('Monday', '2025-10-20'),
      ['ASSAULT iran>pakistan 2025-10-20']],
    // An abbreviation in brackets after a name is that name again, not a list of its own.
    ['On Monday, Pakistani troops and Islamic Revolutionary Guard Corps (IRGC) forces exchanged fire near Mand.', on('Monday', '2025-10-20'),
      ['ASSAULT pakistan>irgc 2025-10-20']],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it('takes a name after a preposition before a gerund for its object, not its subject', () => {
    // "wrote to Washington seeking a waiver": Pakistan seeks it; "by Iran shooting" keeps Iran acting.
    expect(eventsIn('In January 2025, Pakistan wrote to Washington seeking a sanctions waiver.', on('January 2025', '2025-01')).map(brief))
      .toEqual(['REQUEST pakistan>- 2025-01']);
    expect(eventsIn('In January 2024, relations were overshadowed by Iran shooting Pakistani citizens.', on('January 2024', '2024-01')).map(brief))
      .toEqual(['ASSAULT iran>pakistan 2024-01']);
  });

  it('takes no agent for a passive from a clause after "after"', () => {
    // The attackers fired; nobody named closed the crossing (so the closure names no party).
    expect(eventsIn('The crossing was closed on 28 October 2025 after firing by Afghans wounded three Pakistani soldiers.',
      on('28 October 2025', '2025-10-28')).filter((e) => e.event_type === 'COERCE').map(brief)).toEqual([]);
    expect(eventsIn('The crossing was closed on 28 October 2025 by Pakistan.', on('28 October 2025', '2025-10-28')).map(brief))
      .toEqual(['COERCE pakistan>- 2025-10-28']);
  });

  it('finds no victim in what was received', () => {
    // A count after "and" with no passive before it is an object, not a victim of a passive.
    expect(eventsIn('On 5 May 2025, Pakistan received four bodies and seven wounded from Iran.', on('5 May 2025', '2025-05-05'))
      .map(brief)).not.toContain('ASSAULT ->pakistan 2025-05-05');
  });
});
