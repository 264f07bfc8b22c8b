// Four readings of session 6's second events round: an acceptance whose object is left out
// after an invitation or offer, an expression of regret as a verbal concession, a light verb
// whose nominal follows adjectives set off by a comma, and a part listed after "including".
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const ON: Given = { dates: [['On 3 August 2025', '2025-08-03']], published: '2025-08-03' };
const dated = (s: string): string => `On 3 August 2025, ${s}`;

describe('acceptance with its object left out', () => {
  it.each<[string, string[]]>([
    // The relative's object is the invitation named before it (itself an offer to host: AGREE, as "offered" below).
    ['Araghchi brought Sharif an invitation from Pezeshkian to visit Tehran, which the Pakistani premier accepted.', ['AGREE pezeshkian>sharif', 'AGREE pakistan>-']],
    // Coordinated after "invited": the invitee accepts.
    ['Sharif invited Pezeshkian to a conference in Islamabad, and the Iranian president accepted, officials said.', ['AGREE sharif>pezeshkian', 'AGREE pezeshkian>-']],
    ['China offered to mediate, and Pakistan accepted.', ['AGREE china>pakistan', 'AGREE pakistan>-']],
  ])('%s', (text, expected) => {
    expect(eventsIn(dated(text), ON).map(brief)).toEqual(expected.map((e) => `${e} 2025-08-03`));
  });

  it.each([
    // Nothing accepted is named: no acceptance.
    'Pakistan accepted.',
    // The verb goes on to its own object, which is not an invitation.
    'The ambassador accepted responsibility for the invitation.',
    // Denied.
    'Sharif invited Pezeshkian to Islamabad, but the Iranian president has not accepted.',
  ])('%s', (text) => {
    expect(eventsIn(dated(text), ON).filter((e) => e.subtype === 'acceptance')).toEqual([]);
  });
});

describe('expressions of regret', () => {
  it.each<[string, string[]]>([
    ['Iran expressed regret over the loss of innocent lives.', ['CONCEDE iran>-']],
    ['Araghchi called on Dar and voiced deep regret at the deaths.', ['CONSULT araghchi>dar', 'CONCEDE araghchi>-']],
  ])('%s', (text, expected) => {
    expect(eventsIn(dated(text), ON).map(brief)).toEqual(expected.map((e) => `${e} 2025-08-03`));
  });

  it('keeps a regret that is only possible out', () => {
    expect(eventsIn(dated('Iran may express regret.'), ON)).toEqual([]);
  });
});

describe('light verbs before adjectives set off by commas', () => {
  it.each<[string, string]>([
    ['Taliban supporters held a separate, smaller rally outside the press club.', 'PROTEST taliban>-'],
    ['Taliban supporters held a noisy, angry rally.', 'PROTEST taliban>-'],
    ['Sharif paid a short, “historic” visit to Tehran.', 'CONSULT sharif>iran'],
  ])('%s', (text, expected) => {
    expect(eventsIn(dated(text), ON).map(brief)).toEqual([`${expected} 2025-08-03`]);
  });
});

describe('parts listed after "including"', () => {
  it('reads a nominal listed after "including" as part of the act of its type before it', () => {
    const text = dated('Iran and Pakistan signed four documents in Islamabad, including a memorandum of understanding on border security.');
    expect(eventsIn(text, ON).map(brief)).toEqual(['SUPPORT iran>pakistan 2025-08-03']);
  });

  it('keeps a nominal of another type after "including"', () => {
    const text = dated('Pakistan condemned several incidents in Panjgur, including the abduction of five guards by the BLA.');
    expect(eventsIn(text, ON).map((e) => e.event_type)).toEqual(['ACCUSE', 'ASSAULT']);
  });
});
