// Payments of what is owed and transfers of funds to a named counterpart are mutual material
// cooperation (COOPERATE); a charter or convention is signed like any agreement (SUPPORT), and a
// summit or meeting named as where it was signed is the signing's setting, not a meeting of its own
// (../shared/gold/GUIDELINES.md, events: COOPERATE "trade or energy projects", SUPPORT "sign or
// ratify an agreement").
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const GIVEN: Given = {
  dates: [['Last month', '2025-10'], ['on Tuesday', '2025-11-18'], ['On Tuesday', '2025-11-18'], ['in March', '2025-03'], ['In July 1975', '1975-07'],
    ['next month', '2025-12']],
  published: '2025-11-19',
};
const read = (text: string): string[] => eventsIn(text, GIVEN).map(brief);

describe('payments and transfers of funds', () => {
  it.each([
    ['Last month Pakistan transferred $15 million to Iran through a barter account, officials said.', ['COOPERATE pakistan>iran 2025-10']],
    ['On Tuesday Pakistan paid off Rs 5 billion of its dues to Iran.', ['COOPERATE pakistan>iran 2025-11-18']],
    ['Islamabad settled Rs 4 billion of outstanding dues with Tehran in March.', ['COOPERATE pakistan>iran 2025-03']],
    // The one paid may be the speaker, named outside the clause: the payment is still stated.
    ['Iran said on Tuesday that Pakistan had cleared Rs 2 billion of arrears.', ['COOPERATE pakistan>- 2025-11-18']],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Money moved with no recipient named may go between one government's own accounts.
    ['On Tuesday Pakistan transferred Rs 9 billion, officials said.'],
    // Paying is not paying off what is owed; a transfer of people is no payment.
    ['On Tuesday Pakistan paid a fine of 2 million rials to Iran.'],
    ['Pakistan transferred 300 prisoners to Iran on Tuesday.'],
    ['Pakistan cleared the border area on Tuesday.'],
    // Negated and conditional payments are not events.
    ['Iran said on Tuesday that Pakistan had not cleared the arrears.'],
  ])('finds no payment in "%s"', (text) => {
    expect(read(text).filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });

  it('reads a conditional payment as part of the offer, not as a payment', () => {
    expect(read('Iran offered more power on Tuesday if the arrears were cleared.').filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });

  it('reads a stated future payment as a promise (AGREE)', () => {
    expect(read('Pakistan will pay the arrears next month, Iran said on Tuesday.')).toEqual(['AGREE pakistan>iran 2025-11-18']);
  });
});

describe('signing at a summit', () => {
  it.each([
    ['In July 1975, Iran and Pakistan sign the charter of the new bank at a summit in Izmir.', ['SUPPORT iran>pakistan 1975-07']],
    ['In July 1975, Iran and Pakistan signed the convention at the annual meeting of the group in Izmir.', ['SUPPORT iran>pakistan 1975-07']],
    // A long name between the signing and its setting.
    ['In July 1975, Iran and Pakistan sign the charter of the Organisation for Regional Trade and Transit (ORTT) at a summit in Izmir.', ['SUPPORT iran>pakistan 1975-07']],
  ])('reads "%s" as the signing alone', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A meeting with no signing before it, or one held as an act of its own, stays a meeting.
    ['In July 1975, Iran and Pakistan held talks at a summit in Izmir.', ['CONSULT iran>pakistan 1975-07']],
    ['In July 1975, Iran and Pakistan signed a trade agreement and held a summit in Izmir.', ['SUPPORT iran>pakistan 1975-07', 'CONSULT iran>pakistan 1975-07']],
    // A new clause: the meeting is told as a happening of its own.
    ['In July 1975, Iran and Pakistan signed a trade agreement, and the two leaders held talks at a summit in Izmir.', ['SUPPORT iran>pakistan 1975-07', 'CONSULT iran>pakistan 1975-07']],
  ])('keeps the meeting in "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
