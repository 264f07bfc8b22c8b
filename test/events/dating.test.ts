// Dating: the date expression governing the trigger in its sentence, else the paragraph's last
// anchor, else the month the narrative keeps returning to; never the publication date.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

describe('dates', () => {
  it('takes the date in the trigger’s own clause over a nearer one in another clause', () => {
    const events = eventsIn('Iran’s 16 January strike was a bold move that followed Iranian missile strikes against Syria two days earlier.',
      { dates: [['16 January', '2024-01-16'], ['two days earlier', '2024-01-14']] });
    expect(events.map(brief)).toEqual(['ASSAULT iran>- 2024-01-16', 'ASSAULT iran>syria 2024-01-14']);
  });

  it('does not take a date from a relative clause well after the trigger, but does from one right after it', () => {
    const far = eventsIn('On 8 September 2025, the talks opened in Tehran. Dar asked Iran to lift the curbs on rice and citrus exports, which he said had fallen in July 2025.',
      { dates: [['8 September 2025', '2025-09-08'], ['July 2025', '2025-07']], published: '2025-12-01' });
    expect(far.map(brief)).toContain('REQUEST dar>iran 2025-09-08');
    expect(far.map(brief)).not.toContain('REQUEST dar>iran 2025-07');
    const own = eventsIn('Israel’s attack on Iran, which began on 13 June 2025, killed senior commanders.',
      { dates: [['13 June 2025', '2025-06-13']], published: '2025-12-01' });
    expect(own.map(brief)).toContain('ASSAULT israel>iran 2025-06-13');
  });

  it('leaves a date after the place of the happening a reaction takes as object to that happening, unless nothing else dates the reaction', () => {
    const dates: Array<[string, string]> = [['18 January 2024', '2024-01-18'], ['16 January 2024', '2024-01-16']];
    const places: Array<[string, string, 'city']> = [['Panjgur', 'PAK', 'city']];
    const events = (text: string): string[] => eventsIn(text, { dates, places }).map(brief);
    expect(events('Pakistan recalled its envoy from Tehran on 18 January 2024. Islamabad condemned the strike near Panjgur on 16 January 2024.'))
      .toEqual(['SANCTION pakistan>iran 2024-01-18', 'ACCUSE pakistan>- 2024-01-18']);
    expect(events('Islamabad condemned the strike near Panjgur on 16 January 2024.')).toEqual(['ACCUSE pakistan>- 2024-01-16']);
    // With no place between, the date may as well be the condemnation's: it keeps it.
    expect(events('Pakistan recalled its envoy from Tehran on 18 January 2024. Islamabad condemned the strike on Panjgur on 16 January 2024.'))
      .toEqual(['SANCTION pakistan>iran 2024-01-18', 'ACCUSE pakistan>- 2024-01-16']);
    // Before the happening, the date is the reaction's own.
    expect(events('Pakistan recalled its envoy from Tehran on 18 January 2024. Islamabad condemned Iran on 16 January 2024 for the strike near Panjgur.'))
      .toEqual(['SANCTION pakistan>iran 2024-01-18', 'ACCUSE pakistan>iran 2024-01-16']);
  });

  it('leaves a date before "and" to the first verb when the second has a date of its own', () => {
    const given = { dates: [['March 2020', '2020-03'], ['June 2020', '2020-06']] as Array<[string, string]> };
    expect(eventsIn('Pakistan closed the border with Iran in March 2020 and reopened the border in June 2020.', given).map(brief))
      .toEqual(['COERCE pakistan>iran 2020-03', 'CONCEDE pakistan>- 2020-06']);
    // A limit after the second verb ("by 2028") is no date of its own.
    const target = eventsIn('Pakistan and Iran signed six memoranda of understanding on 18 November 2025 and set a target of raising bilateral trade to $10 billion a year by 2028.',
      { dates: [['18 November 2025', '2025-11-18'], ['2028', '2028']], published: '2025-11-19' }).map(brief);
    expect(target.filter((e) => e.startsWith('AGREE')).map((e) => e.split(' ').at(-1))).toEqual(['2025-11-18']);
  });

  it('inherits the paragraph’s last anchor', () => {
    const events = eventsIn('Two days later, Pakistan’s army retaliated. Using drones, Pakistan carried out strikes targeting the BLA.',
      { dates: [['Two days later', '2024-01-18']] });
    expect(events.map(brief)).toContain('ASSAULT pakistan>bla 2024-01-18');
  });

  it('carries an anchor across paragraphs only as the narrative’s month', () => {
    const events = eventsIn('On 16 January 2024, Iran struck Pakistan.\nPakistan recalled its ambassador from Iran.',
      { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.map(brief)).toEqual(['ASSAULT iran>pakistan 2024-01-16', 'SANCTION pakistan>iran 2024-01']);
  });

  it('leaves undated what precedes the narrative’s first date, and what is not the story’s two parties', () => {
    const events = eventsIn('Pakistan recalled its ambassador from Iran.\nOn 16 January 2024, Iran struck Pakistan.\nChina condemned Israel.',
      { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.map(brief)).toEqual(['SANCTION pakistan>iran undated', 'ASSAULT iran>pakistan 2024-01-16', 'ACCUSE china>israel undated']);
  });

  it('dates a story’s undated bilateral act by the month the text keeps naming', () => {
    const text = 'In January 2024, Iran struck Pakistan. On 18 January 2024, Pakistan struck Iran.\nBoth sides recalled their ambassadors.';
    const events = eventsIn(text, { dates: [['January 2024', '2024-01'], ['18 January 2024', '2024-01-18']] });
    // "Both sides" take the order of the nearest sentence naming both countries (Pakistan struck Iran).
    expect(events.map(brief)).toContain('SANCTION pakistan>iran 2024-01');
  });

  it('keeps only the month for a happening that precedes its sentence’s date', () => {
    const events = eventsIn('Activists protest on 19 January 2024 after Iran launched an airstrike in Pakistan.',
      { dates: [['19 January 2024', '2024-01-19']] });
    expect(events.map(brief)).toEqual(['PROTEST ->iran 2024-01-19', 'ASSAULT iran>pakistan 2024-01']);
  });

  it('does not let a date behind "since" date the event before it', () => {
    const events = eventsIn('Pakistan struck Iran, the first attack on Iran since the war in 1988.', { dates: [['1988', '1988']] });
    expect(events.every((e) => e.date !== '1988')).toBe(true);
  });
});
