import { describe, expect, it } from 'vitest';
import { holderAt } from '../../pipeline/extract/actors/names.js';
import { actorIndex } from '../../pipeline/extract/actors/index.js';
import { mentionsOf } from './helpers.js';

describe('an office named without a name is its holder at the date', () => {
  it.each([
    ["Iran's foreign minister will visit Islamabad.", '2024-01-20', 'hossein-amir-abdollahian'],
    ["Iran's foreign minister will visit Islamabad.", '2025-08', 'abbas-araghchi'],
    ['The Iranian Foreign Minister concluded a visit.', '2024-02', 'hossein-amir-abdollahian'],
    ["Pakistan's prime minister spoke.", '2023-10-01', 'anwaar-ul-haq-kakar'],
    ["Pakistan's prime minister spoke.", '2019-05', 'imran-khan'],
    ["Pakistan's army chief visited Tehran.", '2015', 'raheel-sharif'],
    ["Pakistan's army chief visited Tehran.", '2024-06-01', 'asim-munir'],
    ['The Iranian president arrived.', '2024-04-22', 'ebrahim-raisi'],
    ['The Iranian president arrived.', '2024-08', 'masoud-pezeshkian'],
    ['The Supreme Leader warned.', '2020', 'ali-khamenei'],
    ['The UN Secretary-General urged restraint.', '2024-01-20', 'antonio-guterres'],
  ])('%s (%s)', (sentence, date, holder) => {
    const found = mentionsOf(sentence, date);
    expect(found.some((m) => m.endsWith(`=${holder}`))).toBe(true);
  });

  it.each([
    ["Iran's foreign minister will visit Islamabad.", null],
    ["Iran's former foreign minister spoke.", '2024-01-20'],
    ['The then prime minister of Pakistan resigned.', '2024-01-20'],
    ['The president has no authority over the IRGC.', '2024-08'],
    ['The Taliban supreme leader issued a decree.', '2024-01-20'], // not Iran's Supreme Leader
    ['He landed in Iran. Foreign minister talks began.', '2024-01-20'], // a name never runs across a full stop
    ['He landed in Tehran\nForeign minister talks began.', '2024-01-20'], // ... or a line end
  ])('%s (%s): no holder', (sentence, date) => {
    expect(mentionsOf(sentence, date).filter((m) => /=(hossein|abbas|imran|anwaar|shehbaz|masoud|ebrahim|ali-khamenei)/.test(m))).toEqual([]);
  });

  it('gives the named person, not the holder at the date, when the office is followed by a name', () => {
    expect(mentionsOf("Pakistan's army chief General Qamar Javed Bajwa met Iran's foreign minister, Mohammad Javad Zarif.", '2024-01-20')).toEqual([
      'Pakistan=pakistan',
      'Qamar Javed Bajwa=qamar-javed-bajwa',
      'Iran=iran',
      'Mohammad Javad Zarif=mohammad-javad-zarif',
    ]);
  });

  it('keeps the qualifying state as a mention of its own', () => {
    expect(mentionsOf("Iran's foreign minister arrived.", '2024-01-20')).toEqual(['Iran=iran', 'foreign minister=hossein-amir-abdollahian']);
  });

  it('takes the holder for most of a month that spans a handover', () => {
    // Bagheri Kani (acting) until 21 August 2024, Araghchi from then: August is mostly Bagheri Kani's.
    expect(holderAt(actorIndex(), 'foreign-minister', 'IRN', '2024-08')).toBe('ali-bagheri-kani');
    expect(holderAt(actorIndex(), 'foreign-minister', 'IRN', '2024-08-25')).toBe('abbas-araghchi');
    expect(holderAt(actorIndex(), 'foreign-minister', 'IRN', null)).toBeNull();
  });
});

describe('a title and a surname name the lexicon person the title points to', () => {
  it.each([
    ['President Zardari spoke.', '2024-06-01', ['Zardari=asif-ali-zardari']],
    ['Prime Minister Sharif spoke.', '2024-06-01', ['Sharif=shehbaz-sharif']],
    ['Prime Minister Sharif spoke.', '2015-06-01', ['Sharif=nawaz-sharif']],
    ['General Munir and Foreign Minister Araghchi met.', '2025-08', ['Munir=asim-munir', 'Araghchi=abbas-araghchi']],
    ['General Karim and Mr Sharif and General Sharif met.', '2015-06-01', []],
  ])('%s (%s)', (sentence, date, expected) => {
    expect(mentionsOf(sentence, date)).toEqual(expected);
  });
});

describe('an office named with no state: the holder the text settles (rules/office-scope.ts)', () => {
  it.each([
    // of the states the text names, only Pakistan has a deputy prime minister (Ishaq Dar from April 2024)
    ['Pakistan and Iran agreed to reopen the crossing. The Deputy Prime Minister said trade would grow.', '2025-06-01', 'Deputy Prime Minister=ishaq-dar'],
    // the one holder of the office the text has named before it
    ['Pakistani Interior Minister Mohsin Naqvi met the envoy. Later the interior minister said the border was calm.', '2025-06-01', 'interior minister=mohsin-naqvi'],
    ['President Masoud Pezeshkian landed in Lahore, where the president met traders from Iran and Pakistan.', '2025-08-03', 'president=masoud-pezeshkian'],
    ['Pakistan named Asim Munir army chief. Iranian envoys later met the army chief in Rawalpindi.', '2025-08-03', 'army chief=asim-munir'],
    // a state named only by its demonym or capital is in scope too
    ['Islamabad welcomed the plan, and the deputy premier called Iranian officials.', '2025-08-03', 'deputy premier=ishaq-dar'],
  ])('%s (%s)', (sentence, date, expected) => {
    expect(mentionsOf(sentence, date)).toContain(expected);
  });

  it.each([
    ['Iran and Pakistan held talks. The interior minister said the border was calm.', '2025-06-01'], // both states have one
    ['President Asif Ali Zardari met President Masoud Pezeshkian. The president said ties were strong.', '2025-08-03'], // two holders named
    ['The president has no authority over the IRGC.', '2024-08'], // no state named
    ['The deputy prime minister will visit Tehran, Pakistan said.', '2024-03-20'], // before Dar held the office
    ['Pakistan hosted the meeting. The Taliban deputy prime minister spoke.', '2025-08-03'], // another actor's office
    ['Pakistan hosted the meeting. A deputy prime minister spoke.', '2025-08-03'], // not "the": no particular office
    ['Pakistan hosted the meeting. The president of the chamber spoke.', '2025-08-03'], // another body's president
    ['Iran said the army chief would visit. Pakistan agreed.', '2025-08-03'], // two states with an army chief
    ['Pakistan hosted the meeting. The former deputy prime minister spoke.', '2025-08-03'],
    // in apposition to a name, the office describes the person just named: no second mention
    ['Field Marshal Asim Munir, the army chief, received Iranian and Afghan envoys.', '2025-08-03'],
  ])('%s (%s): no holder', (sentence, date) => {
    // the office words are no mention; names in the sentence still are
    expect(mentionsOf(sentence, date).filter((m) => /^(deputy prime minister|interior minister|president|army chief)=/i.test(m))).toEqual([]);
  });

  it('gives an office for its holder no surname of its own ("Minister" is no one\'s)', () => {
    expect(mentionsOf('Pakistan and Iran met. The Deputy Prime Minister and Foreign Minister Ishaq Dar spoke. The Minister left.', '2025-08-03')).toEqual([
      'Pakistan=pakistan',
      'Iran=iran',
      'Deputy Prime Minister=ishaq-dar',
      'Ishaq Dar=ishaq-dar',
    ]);
  });
});

describe('"the visiting minister": the one official from abroad the text has named (rules/visiting-officials.ts)', () => {
  const visit = (body: string, dateline = 'TEHRAN, May 2 — ') => mentionsOf(`${dateline}${body}`, '2025-05-02');

  it('is the holder of such an office from a state other than the dateline city\'s', () => {
    expect(visit('Foreign Minister Ishaq Dar met Foreign Minister Abbas Araghchi. President Masoud Pezeshkian later received the visiting minister.')).toContain('visiting minister=ishaq-dar');
    expect(visit('President Masoud Pezeshkian arrived for talks with Shehbaz Sharif. The premier hosted the visiting president at dinner.', 'ISLAMABAD, May 2 — ')).toContain('visiting president=masoud-pezeshkian');
    // no dateline: the host is the state of the first capital something happens in
    expect(visit('Talks in Islamabad: President Masoud Pezeshkian met Shehbaz Sharif. The premier hosted the visiting president at dinner.', '')).toContain('visiting president=masoud-pezeshkian');
  });

  it.each([
    ['Foreign Minister Ishaq Dar met Foreign Minister Abbas Araghchi. The visiting minister left.', ''], // no dateline, no capital as a place: who hosts is open
    ['Foreign Minister Ishaq Dar and Interior Minister Mohsin Naqvi arrived. The visiting minister left.', 'TEHRAN, May 2 — '], // two ministers from abroad
    ['The visiting minister met Foreign Minister Ishaq Dar.', 'TEHRAN, May 2 — '], // named only after
    ['Foreign Minister Abbas Araghchi received the visiting minister.', 'TEHRAN, May 2 — '], // the host's own minister
  ])('%s (dateline %j): no visitor', (body, dateline) => {
    expect(visit(body, dateline).filter((m) => m.startsWith('visiting'))).toEqual([]);
  });
});
