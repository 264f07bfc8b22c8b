// Collective subjects ("the two sides", "both countries", "the two ministers", "the neighbours")
// and "they" after "X and Y" stand for the two parties named just before, in the sentence or the
// two before it (parties.ts); with none named there the event is dropped, never guessed.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

const ON = { dates: [['8 June 2025', '2025-06-08']] as Array<[string, string]>, published: '2025-06-30' };
const read = (text: string): string[] => eventsIn(text, ON).map(brief);

describe('collective subjects', () => {
  it.each([
    // Persons for "the two ministers", the first named first.
    ['Dar received Araghchi in Islamabad on 8 June 2025. The two ministers agreed to set up a joint working group.', 'AGREE dar>araghchi 2025-06-08'],
    // States for "the two countries", though persons were named.
    ['Araghchi held talks with Dar in Tehran on 8 June 2025, Islamabad said. The two countries signed a memorandum on border trade.', 'SUPPORT iran>pakistan 2025-06-08'],
    // Whoever the text is about, the parties just named: here neither Iran nor Pakistan.
    ['China and India held talks on 8 June 2025. The two sides condemned the attack on Syria.', 'ACCUSE china>syria 2025-06-08'],
    ['China and India held talks on 8 June 2025. Both countries condemned the attack on Syria.', 'ACCUSE china>syria 2025-06-08'],
    ['Iran hosted Pakistan in Tehran on 8 June 2025. The neighbours agreed to reopen the crossing.', 'AGREE iran>pakistan 2025-06-08'],
    // "They" right after "X and Y" is both.
    ['Araghchi and Dar met in Tehran on 8 June 2025. They condemned the attack on Syria.', 'ACCUSE araghchi>syria 2025-06-08'],
    ['On 8 June 2025 Iran and Pakistan held talks. They agreed to reopen the crossing.', 'AGREE iran>pakistan 2025-06-08'],
    // Of three countries named, the two the text is about when both are there, in the order the
    // latest sentence naming both gives.
    ['Iran and Pakistan talked about Syria on 8 June 2025. Pakistan and Iran spoke again. Then the two sides agreed to reopen the crossing.', 'AGREE pakistan>iran 2025-06-08'],
    // In the order the collective's own sentence names the two.
    ['Iran and Pakistan met in May. On 8 June 2025 Pakistan spoke with Iran, and both agreed to reopen the crossing.', 'AGREE pakistan>iran 2025-06-08'],
    // Capitals and presidents in pairs are the two parties as well.
    ['Raisi visited Islamabad and met Zardari on 8 June 2025. The two presidents signed eight agreements.', 'SUPPORT raisi>pakistan 2025-06-08'],
    ['Islamabad and Tehran recalled their envoys in May. On 8 June 2025, both capitals returned their ambassadors.', 'RETREAT pakistan>iran 2025-06-08'],
    // "Both envoys" are not persons named before: the states, in the order "X and Y" gives.
    ['Islamabad and Tehran recalled their envoys on 8 June 2025. Both envoys returned to their posts.', 'RETREAT pakistan>iran 2025-06-08'],
    // One of the text's two principal states named just before: the other is its counterpart.
    ['Pakistan and Iran met in May. Iran and Pakistan spoke in June. Rain fell. Iran was hit by floods. Officials from the two countries met on 8 June 2025.', 'CONSULT iran>pakistan 2025-06-08'],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    // Nobody named before the collective.
    ['On 8 June 2025 the two sides agreed to reopen the crossing.'],
    // One party only in reach: a collective needs two.
    ['Pakistan spoke on 8 June 2025. The two countries then agreed to reopen the crossing.'],
    // The pair was named more than two sentences back.
    ['China and India talked. It rained. It rained more. It rained again. On 8 June 2025 the two sides agreed to reopen the crossing.'],
    // "X met Y" names no joint subject for "they" to take up.
    ['Araghchi met Dar in Tehran on 8 June 2025. They condemned the attack.'],
  ])('names nobody for "%s"', (text) => {
    expect(read(text).filter((e) => /^(AGREE|ACCUSE)/.test(e))).toEqual([]);
  });

  it('reads "they" after "the two ministers" in its sentence as the two parties that phrase stands for', () => {
    const text = 'On 18 January 2024, Dar spoke with Amir-Abdollahian by phone. The two ministers condemned terrorism, and they agreed to cooperate on border security.';
    expect(eventsIn(text, { dates: [['18 January 2024', '2024-01-18']] }).map(brief)).toContain('AGREE dar>amir-abdollahian 2024-01-18');
  });

  it('reads "they" after one party as that party', () => {
    expect(read('Pakistan summoned diplomats on 8 June 2025. They condemned the attack on Syria.')).toContain('ACCUSE pakistan>syria 2025-06-08');
  });
});
