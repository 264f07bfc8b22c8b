// Fourth-pass families: crossings closed and reopened (a place name as the object; a reopening is a
// concession, not the return of envoys), visits told as a coming ("landed in Islamabad on a visit"),
// a timeline's present verb after an apposition, releases of "them", and a collective's pair order.
// Sentences written for these tests, checked against ../shared/gold/GUIDELINES.md.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string, places: Given['places'] = []): Given => ({ dates: [[text, value]], places, published: '2026' });
const QUETTA: Given['places'] = [['Quetta', 'PAK', 'city']];
const TAFTAN: Given['places'] = [['Taftan', 'PAK', 'city']];
const RIMDAN: Given['places'] = [['Rimdan', 'IRN', 'city']];

describe('crossings closed and reopened', () => {
  it.each<[string, Given, string]>([
    // A crossing reopened is a concession (CONCEDE), not the return of ambassadors (RETREAT).
    ['On 3 March 2025, Iran reopened the border crossing near Mirjaveh.', on('3 March 2025', '2025-03-03'), 'CONCEDE iran>- 2025-03-03'],
    ['On 3 March 2025, Pakistan reopened its border markets with Iran.', on('3 March 2025', '2025-03-03'), 'CONCEDE pakistan>iran 2025-03-03'],
    // A place name as the object stands for the crossing.
    ['On 3 March 2025, Iran reopened Rimdan to trucks.', on('3 March 2025', '2025-03-03', RIMDAN), 'CONCEDE iran>- 2025-03-03'],
    ['Pakistan closes Taftan to pilgrims in 2020.', on('2020', '2020', TAFTAN), 'COERCE pakistan>- 2020'],
    ['On 3 March 2025, Pakistan shut the Taftan gate.', on('3 March 2025', '2025-03-03', TAFTAN), 'COERCE pakistan>- 2025-03-03'],
    // An embassy reopened is still the restoration of ties.
    ['On 3 March 2025, Iran reopened its embassy in Islamabad.', on('3 March 2025', '2025-03-03'), 'RETREAT iran>pakistan 2025-03-03'],
    // Agreeing to reopen only promises it (AGREE), where agreeing to de-escalate concedes.
    ['On 3 March 2025, Iran and Pakistan agreed to reopen the crossing.', on('3 March 2025', '2025-03-03'), 'AGREE iran>pakistan 2025-03-03'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    // A place after a preposition is where something closed, not what was closed.
    ['On 3 March 2025, the conference of Iran and Pakistan closed in Quetta.', on('3 March 2025', '2025-03-03', QUETTA)],
    // No reopening: the ambassadors return.
    ['On 3 March 2025, Pakistan returned its ambassador to Tehran.', on('3 March 2025', '2025-03-03')],
  ])('no closure or reopening in "%s"', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'COERCE' || e.event_type === 'CONCEDE')).toEqual([]);
  });
});

describe('visits told as a coming', () => {
  it.each<[string, Given, string]>([
    ['On 7 July 2025, Araghchi landed in Quetta on a two-day visit.', on('7 July 2025', '2025-07-07', QUETTA), 'CONSULT araghchi>- 2025-07-07'],
    ['On 7 July 2025, Araghchi came to Quetta for his first visit to Pakistan.', on('7 July 2025', '2025-07-07', QUETTA), 'CONSULT araghchi>pakistan 2025-07-07'],
    ['On 7 July 2025, Araghchi touched down in Islamabad.', on('7 July 2025', '2025-07-07'), 'CONSULT araghchi>pakistan 2025-07-07'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    // Shells land; nobody visits.
    ['On 7 July 2025, Iranian mortar shells landed in Quetta.', on('7 July 2025', '2025-07-07', QUETTA)],
    // "called for a visit" asks for one: no visit took place.
    ['On 7 July 2025, Dar called for a visit by Araghchi.', on('7 July 2025', '2025-07-07')],
  ])('no visit in "%s"', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'CONSULT')).toEqual([]);
  });
});

describe('a timeline’s present verb after an apposition', () => {
  it('reads the verb after "X, <apposition>," as X’s', () => {
    const text = 'In 2016 the BLA, a group banned in Pakistan, kidnaps two Iranian engineers.';
    expect(eventsIn(text, on('2016', '2016')).map(brief)).toContain('ASSAULT bla>iran 2016');
  });

  it('reads "frees them" as a release', () => {
    const text = 'In March 2016 the BLA, a group banned in Pakistan, kidnaps two Iranian engineers. In May 2016 the group frees them.';
    const events = eventsIn(text, { dates: [['March 2016', '2016-03'], ['May 2016', '2016-05']], published: '2026' });
    expect(events.map(brief)).toEqual(expect.arrayContaining(['ASSAULT bla>iran 2016-03', 'RETREAT bla>- 2016-05']));
  });

  it('keeps a list of names a list ("Iran, Iraq, strikes")', () => {
    expect(eventsIn('Pakistan traded with Iran, Iraq, strikes being rare in 2019.', on('2019', '2019')).filter((e) => e.event_type === 'ASSAULT')).toEqual([]);
  });
});

describe('releases stated in the future', () => {
  it('makes "eleven of them will be released" the announcer’s promise', () => {
    expect(eventsIn('On 5 May 2025, Iran said eleven of them will be released.', on('5 May 2025', '2025-05-05')).map(brief))
      .toContain('AGREE iran>- 2025-05-05');
  });
});

describe('a collective’s pair order', () => {
  it('follows the nearest sentence that names both countries', () => {
    const text = 'Iran struck Pakistan in 2023. On 3 May 2024, Sharif travelled to Tehran. The two sides agreed to open a border market.';
    const events = eventsIn(text, { dates: [['2023', '2023'], ['3 May 2024', '2024-05-03']], published: '2024-05' });
    expect(events.filter((e) => e.event_type === 'AGREE').map(brief)).toEqual(['AGREE pakistan>iran 2024-05-03']);
  });
});

describe('a collective’s pair order, quotations aside', () => {
  it('passes over a sentence whose countries are named only inside a quotation', () => {
    const text = 'On 3 May 2024, Sharif met Raisi in Tehran. "Iran has long suffered attacks from Pakistan," Sharif said. The two leaders agreed to open a border market.';
    const events = eventsIn(text, { dates: [['3 May 2024', '2024-05-03']], published: '2024-05' });
    expect(events.filter((e) => e.event_type === 'AGREE').map(brief)).toEqual(['AGREE sharif>raisi 2024-05-03']);
  });
});

describe('arrests of whoever is named', () => {
  it.each<[string, Given, string]>([
    // An arrest needs no listed object: a person named, or traders, are arrested as well as suspects.
    ['In February 2010, Raisi is arrested by Iranian intelligence.', on('February 2010', '2010-02'), 'COERCE iran>raisi 2010-02'],
    ['On 3 May 2025, Iran detained two Pakistani traders.', on('3 May 2025', '2025-05-03'), 'COERCE iran>pakistan 2025-05-03'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });
});

describe('what is not stated as done', () => {
  it.each<[string, Given]>([
    // A present verb in a relative clause describes what holds now.
    ['On 3 March 2016, Pakistan arrested Jadhav, whom Pakistan accuses of spying for India.', on('3 March 2016', '2016-03-03')],
    ['On 3 March 2016, Pakistan arrested an Indian national whom Islamabad accuses of spying.', on('3 March 2016', '2016-03-03')],
    // A journalist's question at a briefing reports what was heard.
    ['QUESTION (Ali Raza, Daily News): On 3 March 2016, Iran reportedly threatened Pakistan with a penalty. Is that so?', on('3 March 2016', '2016-03-03')],
    ['Q: On 3 March 2016, Iran reportedly threatened Pakistan. Any comment?', on('3 March 2016', '2016-03-03')],
  ])('no accusation or threat in "%s"', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'ACCUSE' || e.event_type === 'THREATEN')).toEqual([]);
  });

  it('keeps the answer, and a heading that only starts with "Question"', () => {
    const text = 'QUESTION HOUR\n\nOn 3 March 2016, Iran threatened Pakistan with a penalty.';
    expect(eventsIn(text, on('3 March 2016', '2016-03-03')).map(brief)).toContain('THREATEN iran>pakistan 2016-03-03');
  });
});

describe('object pronouns', () => {
  const given: Given = { dates: [['June 2025', '2025-06'], ['May 2025', '2025-05']], published: '2025-12' };
  it.each<[string, string[]]>([
    // "it" stands for a companion the trigger needs, named before it in the sentence or the one before.
    ['The Taftan crossing was busy in May 2025. Pakistan shut it in June 2025 for 11 days.', ['COERCE pakistan>- 2025-06']],
    ['It was the crossing’s second closure: Pakistan shut it in June 2025.', ['COERCE pakistan>- 2025-06']],
    ['Customs officers found 30 trucks near Hoshab in May 2025. Pakistan seized them in May 2025.', ['COERCE pakistan>- 2025-05']],
    // "them" needs several, "it" a thing the verb takes.
    ['Customs officers found a truck near Hoshab in May 2025. Pakistan seized them in May 2025.', []],
  ])('%s', (text, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it('reads no closure where "it" stands for what the verb does not take', () => {
    expect(eventsIn('Pakistan praised the plan in May 2025, and Iran shut it in June 2025.', given).map(brief).filter((e) => e.startsWith('COERCE'))).toEqual([]);
  });
});
