// Discourse dating: a definite nominal names a happening dated earlier and takes its date, and
// so do the undated acts of its sentence; a news report's lead day dates later acts of the lead's
// kind by the same party; a date behind "after" bounds the happening from below.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

describe('dating by reference', () => {
  it('dates the acts framed by "the strikes" with the strikes’ date, at the month', () => {
    const text = 'On 16 January 2024, Iran struck Pakistan.\n'
      + 'The strikes came at a time when Iran and Pakistan were holding joint naval exercises.';
    const events = eventsIn(text, { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.map(brief)).toEqual(['ASSAULT iran>pakistan 2024-01-16', 'COOPERATE iran>pakistan 2024-01']);
  });

  it('dates a condemnation of "Iran’s attacks" by the attacks it names, which it followed', () => {
    const text = 'On 16 January 2024, Iran struck Pakistan.\nThe United States condemned Iran’s attacks on Pakistan.';
    const events = eventsIn(text, { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.map(brief)).toEqual(['ASSAULT iran>pakistan 2024-01-16', 'ACCUSE usa>iran 2024-01', 'ASSAULT iran>pakistan 2024-01-16']);
  });

  it('names only a happening of the same party: "the Soviet invasion" is not Iran’s strike', () => {
    const text = 'On 16 January 2024, Iran struck Pakistan.\nChina remembers the Soviet Union’s invasion of Afghanistan.';
    const events = eventsIn(text, { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.map(brief)).toEqual(['ASSAULT iran>pakistan 2024-01-16', 'ASSAULT soviet-union>afghanistan undated']);
  });

  it('does not read an indefinite nominal as a reference', () => {
    const text = 'On 16 January 2024, Iran struck Pakistan.\nChina condemned an attack by Israel on Syria.';
    const events = eventsIn(text, { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.filter((e) => e.actor1_id === 'israel').map(brief)).toEqual(['ASSAULT israel>syria undated']);
  });
});

describe('the lead day of a news report', () => {
  const text = 'Iran and Pakistan signed agreements on Sunday as Pezeshkian held talks with Sharif.\n'
    + 'Trade stands at $3 billion.\nAraghchi also held talks with Dar, the ministry said.\nIn June, Israel struck Iran.\nIran struck Jaish al-Adl.';
  const given = { dates: [['Sunday', '2025-08-03'], ['June', '2025-06']] as Array<[string, string]>, published: '2025-08-03' };

  it('dates a later act of the lead’s kind by the same party with the lead’s day', () => {
    expect(eventsIn(text, given).map(brief)).toContain('CONSULT araghchi>dar 2025-08-03');
  });

  it('leaves background of another kind to its own dating', () => {
    expect(eventsIn(text, given).map(brief)).not.toContain('ASSAULT iran>jaish-al-adl 2025-08-03');
  });

  it('leaves an earlier attack undated in a report on an attack', () => {
    const report = 'Iran struck Jaish al-Adl in Pakistan on Sunday.\nIran struck Syria.';
    expect(eventsIn(report, { dates: [['Sunday', '2025-08-03']], published: '2025-08-03' }).map(brief))
      .toEqual(['ASSAULT iran>jaish-al-adl 2025-08-03', 'ASSAULT iran>syria undated']);
  });
});

describe('a date behind "after"', () => {
  it('bounds the happening from below, at the date’s month', () => {
    const events = eventsIn('Iran was the first country to recognise Pakistan after its independence in 1947.', { dates: [['1947', '1947']] });
    expect(events.map(brief)).toEqual(['SUPPORT iran>pakistan 1947']);
  });

  it('but not behind "since"', () => {
    const events = eventsIn('Pakistan struck Iran, the first attack on Iran since the war in 1988.', { dates: [['1988', '1988']] });
    expect(events.every((e) => e.date !== '1988')).toBe(true);
  });
});
