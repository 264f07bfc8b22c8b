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
