// Fourth-pass families: expressed support, appreciation, matters taken up, targets and deadlines
// set, ground broken, projects walked away from, condemnations by characterisation, suspended
// visits; the parties "between" which talks are held; and dates that belong to a future act
// rather than to the statement or the talks around it. Sentences written for these tests,
// checked against ../shared/gold/GUIDELINES.md.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('families of expression (fourth pass)', () => {
  it.each<[string, Given, string]>([
    // Support expressed in so many words is SUPPORT; so is appreciation.
    ['On 5 August 2026, Iran reiterated its support for Pakistan.', on('5 August 2026', '2026-08-05'), 'SUPPORT iran>pakistan 2026-08-05'],
    ['On 5 August 2026, Iran expressed full support for Pakistan on Kashmir.', on('5 August 2026', '2026-08-05'), 'SUPPORT iran>pakistan 2026-08-05'],
    ['On 5 August 2026, Iran "appreciated" Pakistan\'s efforts for regional peace.', on('5 August 2026', '2026-08-05'), 'SUPPORT iran>pakistan 2026-08-05'],
    // Taking a matter up with the other side is a complaint (ACCUSE).
    ['In September 2025, Pakistan said it had taken up the matter with Iran.', on('September 2025', '2025-09'), 'ACCUSE pakistan>iran 2025-09'],
    ['In September 2025, Pakistan took up the issue with Iran.', on('September 2025', '2025-09'), 'ACCUSE pakistan>iran 2025-09'],
    // A target set together is an agreement; a deadline set for others to leave, a coercive warning.
    ['In April 2024, Iran and Pakistan set a target of $10 billion in annual trade.', on('April 2024', '2024-04'), 'AGREE iran>pakistan 2024-04'],
    ['In March 2025, Iran set a deadline for undocumented Afghans to leave.', on('March 2025', '2025-03'), 'THREATEN iran>afghanistan 2025-03'],
    // Breaking ground on a joint project is cooperation; walking away from one, a rejection.
    ['In March 2013, Raisi broke ground on the Pakistani section of the pipeline.', on('March 2013', '2013-03'), 'COOPERATE raisi>pakistan 2013-03'],
    ['In 2008, India walked away from the pipeline project with Iran.', on('2008', '2008'), 'REJECT india>iran 2008'],
    // Calling an act horrific condemns it; suspending visits reduces relations.
    ['On 27 January 2024, Pakistan called the killings "horrific and despicable".', on('27 January 2024', '2024-01-27'), 'ACCUSE pakistan>- 2024-01-27'],
    ['On 17 January 2024, Pakistan recalled its ambassador and suspended all high-level visits.', on('17 January 2024', '2024-01-17'),
      'SANCTION pakistan>- 2024-01-17'],
    // Staying committed to a joint project is a commitment (AGREE), also when the words are quoted.
    ['On 12 September 2024, Pakistan said it remains committed to the pipeline with Iran.', on('12 September 2024', '2024-09-12'), 'AGREE pakistan>iran 2024-09-12'],
    ['On 12 September 2024, the spokeswoman said Pakistan "remains committed" to the pipeline with Iran.', on('12 September 2024', '2024-09-12'), 'AGREE pakistan>iran 2024-09-12'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it('suspended visits are a measure of their own beside the recall', () => {
    const found = eventsIn('On 17 January 2024, Pakistan recalled its ambassador and suspended all high-level visits.', on('17 January 2024', '2024-01-17'));
    expect(found.map((e) => e.rule)).toEqual(['recall-envoy:verb', 'suspend-ties:verb']);
  });

  it('concern about support is no support, but disapproval (ACCUSE)', () => {
    const found = eventsIn('On 5 August 2026, Iran expressed concern over support for militants in Pakistan.', on('5 August 2026', '2026-08-05'));
    expect(found.map(brief)).toEqual(['ACCUSE iran>pakistan 2026-08-05']);
  });

  it.each<[string, Given]>([
    // A target someone may set is no agreement.
    ['In April 2024, Iran may set a target of $10 billion in trade with Pakistan.', on('April 2024', '2024-04')],
    ['In 2008, India did not walk away from the pipeline project with Iran.', on('2008', '2008')],
    ['In September 2025, Pakistan could take up the matter with Iran.', on('September 2025', '2025-09')],
  ])('no event: %s', (text, given) => {
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });
});

describe('the parties "between" which a nominal happens', () => {
  it.each<[string, Given, string]>([
    ['On 16 January 2024, a clash between Iran and Jaish al-Adl left two dead.', on('16 January 2024', '2024-01-16'), 'ASSAULT iran>jaish-al-adl 2024-01-16'],
    ['In 2023, talks between Iranian and Pakistani officials ended.', on('2023', '2023'), 'CONSULT iran>pakistan 2023'],
    // A demonym that introduces a person of its state yields the person.
    ['In January 2024, after phone calls between Dar and his Iranian counterpart Amir-Abdollahian, the envoys returned.',
      on('January 2024', '2024-01'), 'CONSULT dar>amir-abdollahian 2024-01'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });
});

describe('a date behind a future modal dates the act to come', () => {
  const given: Given = { dates: [['22 January 2024', '2024-01-22'], ['26 January', '2024-01-26']], published: '2026' };

  it('the statement takes the date it was made, not the deadline it names', () => {
    const text = 'Iran and Pakistan announced on 22 January 2024 that their ambassadors would return to their posts by 26 January.';
    expect(eventsIn(text, given).map(brief)).toEqual(['AGREE iran>pakistan 2024-01-22']);
  });

  it('talks before the announcement take the paragraph\'s date, not the future one', () => {
    const text = 'On 22 January 2024, the two foreign ministers spoke. After phone calls between Dar and Amir-Abdollahian, '
      + 'Iran and Pakistan announce that their ambassadors will return to their posts by 26 January.';
    const found = eventsIn(text, given).filter((e) => e.rule === 'meeting:noun').map(brief);
    expect(found).toEqual(['CONSULT dar>amir-abdollahian 2024-01-22']);
  });

  it('with no other date, the statement keeps the future date\'s month', () => {
    const text = 'Iran said that Araghchi would visit Pakistan on 5 May 2025.';
    const found = eventsIn(text, { dates: [['5 May 2025', '2025-05-05']], published: '2026' });
    expect(found.map((e) => [e.event_type, e.actor1_id, e.date])).toEqual([['AGREE', 'iran', '2025-05']]);
  });
});

describe('what is no target, no visit and no date', () => {
  it.each<[string, Given, string[]]>([
    // Goods named by their origin and documents cited as a reference are not what the act targets.
    ['On 19 October 2025, Pakistan seized 64 vehicles loaded with Iranian petrol.', on('19 October 2025', '2025-10-19'), ['COERCE pakistan>- 2025-10-19']],
    ['On 19 October 2025, Pakistan seized 64 vehicles loaded with fuel, along with 38 tonnes of fertiliser bound for Iran.', on('19 October 2025', '2025-10-19'), ['COERCE pakistan>- 2025-10-19']],
    // A state's name before the goods is the recipient: "sent Pakistan fuel".
    ['In 1965, Iran sent Pakistan fuel and medical supplies.', on('1965', '1965'), ['AID iran>pakistan 1965']],
    ['On 5 August 2026, Iran reiterated its support for a settlement in accordance with UN Security Council resolutions.', on('5 August 2026', '2026-08-05'),
      ['SUPPORT iran>- 2026-08-05']],
    // An envoy visiting home consults nobody; a visit before flying home is still a visit.
    ['On 17 January 2024, Pakistan told Iran that its envoy, who is visiting home, should not return.', on('17 January 2024', '2024-01-17'), []],
    ['On 17 January 2024, Raisi visited Pakistan before flying home.', on('17 January 2024', '2024-01-17'), ['CONSULT raisi>pakistan 2024-01-17']],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it('a happening months before the date it is measured from does not take that date\'s month', () => {
    const text = 'Pezeshkian visited Pakistan on 3 August 2025, eighteen months after Iran and Pakistan traded missile strikes.';
    const strikes = eventsIn(text, on('3 August 2025', '2025-08-03')).filter((e) => e.event_type === 'ASSAULT');
    expect(strikes.map((e) => e.date)).toEqual([null]);
  });

  it('days after the date, the happening keeps its month', () => {
    const text = 'In January 2024, Pakistan condemned the killing of nine labourers, days after Iran and Pakistan exchanged strikes.';
    expect(eventsIn(text, on('January 2024', '2024-01')).map(brief)).toContain('ASSAULT iran>pakistan 2024-01');
  });
});

describe('who acts when the clause does not say', () => {
  it.each<[string, Given, string[]]>([
    // A measure reported in the agentless passive is the announcer's ...
    ['On 15 June 2025, Dar said that the movement of pilgrims through Taftan had been suspended.', on('15 June 2025', '2025-06-15'),
      ['COERCE dar>- 2025-06-15']],
    ['On 15 June 2025, Dar said the Taftan crossing had been closed to traffic.', on('15 June 2025', '2025-06-15'), ['COERCE dar>- 2025-06-15']],
    ['On 15 June 2025, Pakistan said Iranian fishermen had been detained.', on('15 June 2025', '2025-06-15'), ['COERCE pakistan>iran 2025-06-15']],
    // ... unless it struck the announcer's own side, or names its agent.
    ['On 15 June 2025, Pakistan said 12 Pakistani fishermen had been detained.', on('15 June 2025', '2025-06-15'), ['COERCE ->pakistan 2025-06-15']],
    ['On 15 June 2025, Pakistan said 12 fishermen had been detained by Iran.', on('15 June 2025', '2025-06-15'), ['COERCE iran>pakistan 2025-06-15']],
    // A verb after ", and" in the reported clause is the reporter's.
    ['On 15 June 2025, Dar said that the Taftan crossing had been closed, and asked Iran to keep the pilgrims safe.', on('15 June 2025', '2025-06-15'),
      ['COERCE dar>- 2025-06-15', 'REQUEST dar>iran 2025-06-15']],
    // The subject of "came under fire" is the target; "from" names the attacker.
    ['On 30 January 2026, a Pakistani checkpost came under rocket fire.', on('30 January 2026', '2026-01-30'), ['ASSAULT ->pakistan 2026-01-30']],
    ['On 30 January 2026, Pakistani troops came under heavy fire from Jaish al-Adl militants.', on('30 January 2026', '2026-01-30'),
      ['ASSAULT jaish-al-adl>pakistan 2026-01-30']],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it('an attack reported as killing people is not the reporter\'s', () => {
    const found = eventsIn('On 15 June 2025, Pakistan said five soldiers had been killed.', on('15 June 2025', '2025-06-15'));
    expect(found.filter((e) => e.actor1_id === 'pakistan')).toEqual([]);
  });

  it('"came under criticism" is no attack', () => {
    expect(eventsIn('On 30 January 2026, the plan came under criticism from Iran.', on('30 January 2026', '2026-01-30')).map((e) => e.event_type))
      .not.toContain('ASSAULT');
  });
});

describe('where the companion word comes first', () => {
  it.each<[string, Given, string]>([
    // An object relative: the crossing "which Pakistan closed".
    ['On 14 October 2025, Iran reopened the Taftan crossing, which Pakistan closed on 1 October.',
      { dates: [['14 October 2025', '2025-10-14'], ['1 October', '2025-10-01']], published: '2026' }, 'COERCE pakistan>- 2025-10-01'],
    ['In 2025, the border market that Iran and Pakistan opened in May 2023 was busy.', on('May 2023', '2023-05'), 'COOPERATE iran>pakistan 2023-05'],
    // A present form after "and" with a name right after it is the subject's second verb.
    ['On 27 January 2024, Pakistan condemns the killings and asks Iran to investigate.', on('27 January 2024', '2024-01-27'), 'REQUEST pakistan>iran 2024-01-27'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    ['On 14 October 2025, Pakistan said that it closed nothing.', on('14 October 2025', '2025-10-14')],
    ['On 14 October 2025, the crossing that Pakistan may close was busy.', on('14 October 2025', '2025-10-14')],
  ])('no event: %s', (text, given) => {
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });
});

describe('agreements amended, commitments repeated, rights reserved', () => {
  it.each<[string, Given, string]>([
    ['In September 2019, Iran and Pakistan amended the gas agreement.', on('September 2019', '2019-09'), 'SUPPORT iran>pakistan 2019-09'],
    ['In March 2025, Iran and Pakistan signed an addendum to the power supply contract.', on('March 2025', '2025-03'), 'SUPPORT iran>pakistan 2025-03'],
    ['In August 2025, Iran and Pakistan repeated a commitment to energy cooperation.', on('August 2025', '2025-08'), 'AGREE iran>pakistan 2025-08'],
    // Reserving the right to respond is a coercive warning, also after a modal clause it is coordinated with.
    ['On 9 March 2026, Iran reserved the right to respond to attacks from Pakistan.', on('9 March 2026', '2026-03-09'), 'THREATEN iran>pakistan 2026-03-09'],
    ['On 9 March 2026, Araghchi said Iran would not tolerate attacks and reserved the right to respond.', on('9 March 2026', '2026-03-09'),
      'THREATEN araghchi>- 2026-03-09'],
    // A timeline's present: "sign ... and agree to" shares the subject of "sign".
    ['On 22 April 2024, Iran and Pakistan sign eight memoranda of understanding and agree to raise bilateral trade.', on('22 April 2024', '2024-04-22'),
      'AGREE iran>- 2024-04-22'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    ['On 9 March 2026, Pakistan reserved the right to vote on the resolution.', on('9 March 2026', '2026-03-09')],
    ['On 9 March 2026, Iran could have attacked and killed the militants.', on('9 March 2026', '2026-03-09')],
  ])('no event: %s', (text, given) => {
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });
});

