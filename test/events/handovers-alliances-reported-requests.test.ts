// Second events round of the eighth session: captives handed over (active, or passive with the
// recipient after "to"), an alliance joined alongside a list of members, a stated future request
// (a commitment to ask: AGREE, its "that" up to ten words after the verb of saying), power links
// inaugurated, and a present verb in a subject relative ("a commission that meets") as a description. Sentences written for these tests,
// checked against ../shared/gold/GUIDELINES.md.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('captives handed over', () => {
  it.each<[string, Given, string]>([
    // Handing back captives is a release (RETREAT), aimed at whom they go to.
    ['On 2 May 2025, Iran handed back the detained fishermen to Pakistan.', on('2 May 2025', '2025-05-02'), 'RETREAT iran>pakistan 2025-05-02'],
    ['On 2 May 2025, Iran handed over seven Pakistani sailors to Pakistan.', on('2 May 2025', '2025-05-02'), 'RETREAT iran>pakistan 2025-05-02'],
    // In the passive with no agent, the recipient after "to" is the counterpart.
    ['Three abducted guards were handed over to Iranian officials in June 2019.', on('June 2019', '2019-06'), 'RETREAT ->iran 2019-06'],
    ['On 2 May 2025, the crew were handed over to Pakistani officials at the crossing.', on('2 May 2025', '2025-05-02'), 'RETREAT ->pakistan 2025-05-02'],
    ['On 2 May 2025, the hostages were released to the Pakistani authorities.', on('2 May 2025', '2025-05-02'), 'RETREAT ->pakistan 2025-05-02'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it('a handover of prisoners under an agreement stays the extradition it was (COOPERATE)', () => {
    const found = eventsIn('Iranian authorities handed over 40 prisoners at the border on 9 May 2025.', on('9 May 2025', '2025-05-09')).map(brief);
    expect(found).toContain('COOPERATE iran>- 2025-05-09');
    expect(found.filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });

  it('a protest note handed over is no release', () => {
    const found = eventsIn('On 2 May 2025, Iran handed over a protest note to Pakistan.', on('2 May 2025', '2025-05-02')).map(brief);
    expect(found.filter((e) => e.startsWith('RETREAT'))).toEqual([]);
  });

  it('a release sent nowhere named keeps no recipient from a place phrase', () => {
    const found = eventsIn('On 2 May 2025, the fishermen were released after talks in Tehran.', on('2 May 2025', '2025-05-02')).map(brief);
    expect(found.filter((e) => e.startsWith('RETREAT') && !e.includes('>-'))).toEqual([]);
  });
});

describe('an alliance joined alongside others', () => {
  it.each<[string, Given, string]>([
    ['In 1955, Pakistan joined Iran, Turkey and Iraq in a defence pact.', on('1955', '1955'), 'SUPPORT pakistan>iran 1955'],
    ['1962 – Iran and Pakistan join Syria and Iraq in a regional trade bloc.', on('1962', '1962'), 'SUPPORT iran>syria 1962'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it('joining a state in condemning a treaty is the condemnation, not membership', () => {
    const found = eventsIn('In 2004, Pakistan joined Iran in condemning the treaty.', on('2004', '2004')).map(brief);
    expect(found.filter((e) => e.startsWith('SUPPORT'))).toEqual([]);
  });
});

describe('a stated future request is a commitment to ask (AGREE)', () => {
  it.each<[string, Given, string]>([
    ['The minister told the committee on 4 March 2025 that Islamabad would ask Tehran to extend the contract.', on('4 March 2025', '2025-03-04'), 'AGREE pakistan>iran 2025-03-04'],
    ['On 4 March 2025, Sharif said the government would seek a waiver from Washington.', on('4 March 2025', '2025-03-04'), 'AGREE sharif>usa 2025-03-04'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it('a day and a committee between the verb of saying and its "that" still make the speaker commit', () => {
    const text = 'Dar told the Senate committee on 4 March 2025 that Pakistan would urge Iran to free the fishermen.';
    expect(eventsIn(text, on('4 March 2025', '2025-03-04')).map(brief).filter((e) => e.startsWith('AGREE dar>') && e.endsWith(' 2025-03-04'))).toHaveLength(1);
  });

  it('an unstated future request is conjecture: no event', () => {
    expect(eventsIn('Pakistan will demand compensation from Iran in 2026.', on('2026', '2026'))).toEqual([]);
  });

  it('a past request stays a REQUEST', () => {
    expect(eventsIn('On 4 March 2025, Dar said Pakistan had asked Iran to extend the contract.', on('4 March 2025', '2025-03-04')).map(brief))
      .toContain('REQUEST pakistan>iran 2025-03-04');
  });
});

describe('power links inaugurated', () => {
  it('a power link opened by two leaders is a joint project (COOPERATE)', () => {
    expect(eventsIn('On 18 May 2023, Sharif and Raisi inaugurated a 100 MW power link on the frontier.', on('18 May 2023', '2023-05-18')).map(brief))
      .toContain('COOPERATE sharif>raisi 2023-05-18');
  });

  it('a link to a speech is no project', () => {
    expect(eventsIn('On 18 May 2023, Sharif opened a link to his speech on Iran.', on('18 May 2023', '2023-05-18'))).toEqual([]);
  });
});

describe('a present verb in a subject relative describes', () => {
  it('"a commission that meets more often" states no meeting', () => {
    expect(eventsIn('Since 2014, Iran and Pakistan have set up a border commission that meets more often.', on('2014', '2014'))
      .filter((e) => e.event_type === 'CONSULT')).toEqual([]);
  });

  it('a timeline entry keeps its own present verb beside such a relative', () => {
    expect(eventsIn('1950 – Iran signs a treaty with Pakistan that guarantees the border.', on('1950', '1950')).map(brief))
      .toContain('SUPPORT iran>pakistan 1950');
  });
});

describe('a war fought or waged', () => {
  it.each<[string, Given, string]>([
    ['In September 1965, Pakistan fought a war with India.', on('September 1965', '1965-09'), 'ASSAULT pakistan>india 1965-09'],
    // A timeline's present verb behind "As", beside the act it frames.
    ['September 1965 – As Pakistan fights a war with India, Tehran sends fuel to its ally.', on('September 1965', '1965-09'), 'ASSAULT pakistan>india 1965-09'],
    ['In 1971, India waged war on Pakistan.', on('1971', '1971'), 'ASSAULT india>pakistan 1971'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    ['In 2024, Pakistan fought a war of words with Iran.', on('2024', '2024')],
    ['In 2024, Pakistan fought the war on terror with Iran.', on('2024', '2024')],
  ])('no attack in "%s"', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'ASSAULT')).toEqual([]);
  });
});
