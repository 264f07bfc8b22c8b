import { describe, expect, it } from 'vitest';
import type { Dateline } from '../../pipeline/model.js';
import { findDateMentions, reasonPublication } from '../../pipeline/extract/dates/index.js';

const dateline = (month: number | null, day: number | null, year: number | null = null): Dateline => ({ start: 0, end: 6, text: 'x', year, month, day });

describe('publication date reasoned from the text', () => {
  it('takes a dated dateline as it is, whatever dates the text names', () => {
    const text = 'LAHORE: The delegation that arrived on March 3, 2031 will leave next week.';
    expect(reasonPublication(text, dateline(5, 2, 2024))).toEqual({ value: '2024-05-02', basis: 'dateline' });
    expect(reasonPublication(text, dateline(5, null, 2024))).toEqual({ value: '2024-05', basis: 'dateline' });
  });

  it('leaves the dates of a text it reasoned from as a fresh reading finds them (the tagger keeps the last text\'s candidates)', () => {
    const undated = 'The talks of 12 June ended a week later; the ministers will meet again next month, in the spring of 2027.';
    const other = 'Trade rose in 2023 and again last year, from January to March.';
    const fresh = findDateMentions(undated, { dct: '2026-07-01' });
    expect(fresh.length).toBeGreaterThan(2);
    findDateMentions(other, { dct: '2024-05-02' });
    reasonPublication(undated, null);
    expect(findDateMentions(undated, { dct: '2026-07-01' })).toEqual(fresh);
    // and the next text is read as itself, not as the one before
    expect(findDateMentions(other, { dct: '2026-07-01' }).map((d) => d.text)).toEqual(expect.arrayContaining(['2023', 'last year']));
    expect(findDateMentions(other, { dct: '2026-07-01' }).some((d) => d.text.includes('June'))).toBe(false);
  });

  it('completes a yearless dateline from the latest date the text names', () => {
    const text = 'The August 2025 visit of Iran’s president to Islamabad ... the recent visit. In 1947 ...';
    expect(reasonPublication(text, dateline(8, 8))).toEqual({ value: '2025-08-08', basis: 'dateline' });
  });

  it('reasons a yearless dateline\'s year from a Solar Hijri year the text names, when no recent Gregorian year is named', () => {
    // 4 March is a Tuesday in 2025; the text names 2016 and the Iranian year 1404 (from 21 March 2025)
    const text = 'QUETTA, the border force on Tuesday handed over 30 men under a 2016 agreement. ' +
      'Officials hope to finish before Nowruz, which ushers in 1404 in the Iranian calendar.';
    expect(reasonPublication(text, dateline(3, 4))).toEqual({ value: '2025-03-04', basis: 'dateline' });
    // a budget for the Iranian year 1404 is debated from late 2024: December 2024, not 2025
    expect(reasonPublication('TEHRAN, lawmakers met on the budget bill for the Iranian year 1404.', dateline(12, 10)))
      .toEqual({ value: '2024-12-10', basis: 'dateline' });
  });

  it('counts a year named in part ("the first half of 2025") or as a programme\'s ("its 2025 appeal") as possibly under way', () => {
    expect(reasonPublication('HERAT, returns rose; 212 people were detained in the first half of 2025, after a plan launched in October 2023.', dateline(7, 11)))
      .toEqual({ value: '2025-07-11', basis: 'dateline' });
    expect(reasonPublication('KABUL, UNHCR said its 2025 appeal was only 28 percent funded.', dateline(7, 11))).toEqual({ value: '2025-07-11', basis: 'dateline' });
    // a year named as a whole is over
    expect(reasonPublication('KABUL, returns in 2025 were a record.', dateline(7, 11))).toEqual({ value: '2026-07-11', basis: 'dateline' });
  });

  it('moves a yearless dateline to the next year when it would precede the text’s own dates', () => {
    expect(reasonPublication('Talks were held in November 2024.', dateline(1, 5))).toEqual({ value: '2025-01-05', basis: 'dateline' });
  });

  it.each([
    // 5 August is a Wednesday in 2026, a Tuesday in 2025: the lead's "on Wednesday" is the dateline's day
    ['ISLAMAB, the ministers on Wednesday signed four agreements, a year after the visit of August 2025.', 8, 5, '2026-08-05'],
    // no year has the dateline on the lead's weekday (it tells of the day before): the first year allowed
    ['ISLAMAB, the minister arrived on Monday evening, after the visit of August 2025.', 8, 5, '2025-08-05'],
    // 12 March 2025 is a Wednesday, 12 March 2026 a Thursday: "Thursday" picks 2026 over the first year allowed
    ['TEHRAN, officials said Thursday that talks begun in March 2025 would resume.', 3, 12, '2026-03-12'],
    // a weekday in a later paragraph is not the lead's
    ['TEHRAN, talks begun in March 2025 will resume.\n\nOn Thursday, officials met.', 3, 12, '2025-03-12'],
    // a weekday that fits neither year decides nothing: 12 March is a Wednesday in 2025, a Thursday in 2026
    ['TEHRAN, on Saturday officials said talks begun in March 2025 would resume.', 3, 12, '2025-03-12'],
    // the lead tells of the night before (14 October is a Tuesday in 2025, a Wednesday in 2026); the
    // story's statements "on Wednesday" are the dateline's day
    ['QUETTA, gunmen attacked a bus late on Tuesday, seven months after the raid of March 2025.\n\nA group claimed the attack early on Wednesday. Police said on Wednesday that two men were held.', 10, 14, '2026-10-14'],
    // with no later weekday, the lead's weekday on the dateline's day wins as before
    ['QUETTA, gunmen attacked a bus late on Tuesday, seven months after the raid of March 2025.', 10, 14, '2025-10-14'],
    // a year counted from March 2025 has come: the dateline is no earlier than 2026
    ['QUETTA, gunmen attacked a bus late on Tuesday, a year after the raid of March 2025.', 10, 14, '2026-10-14'],
    // the lead names the happening's weekday, then the report's: 9 November is a Sunday in 2025, a Saturday in
    // 2024, and neither year has it on a Thursday or the day after one
    ['GWADAR, the coast guard seized a trawler on Thursday after talks of March 2024, the agency said on Sunday.', 11, 9, '2025-11-09'],
    // "last Sunday" names another week
    ['GWADAR, the coast guard seized a trawler on Thursday after talks of March 2024, as it did last Sunday.', 11, 9, '2024-11-09'],
  ])('reads the year of a yearless dateline from the weekday its lead names: %s', (text, month, dayOfMonth, value) => {
    expect(reasonPublication(text, dateline(month, dayOfMonth))).toEqual({ value, basis: 'dateline' });
  });

  it.each([
    ['Troops have been deployed along the border since the start of 2026.'],
    ['So far in 2026, the crossing has closed twice.'],
    ['Talks resumed in early 2026, officials said.'],
  ])('lets a yearless dateline fall in a year the text names as under way: %s', (text) => {
    expect(reasonPublication(text, dateline(2, 11))).toEqual({ value: '2026-02-11', basis: 'dateline' });
  });

  it('puts a yearless dateline after a year the text names as a whole', () => {
    expect(reasonPublication('Official trade was worth about $2 billion in 2023, officials say.', dateline(1, 27))).toEqual({ value: '2024-01-27', basis: 'dateline' });
  });

  it.each([
    ['Twelve years ago this month, on 11 March 2013, the presidents inaugurated the pipeline.', '2025-03'],
    ['Ten years ago today, on 16 January 2014, the talks began.', '2024-01-16'],
    ['25 years ago this week, in May 1998, Pakistan tested its first nuclear device.', '2023-05'],
    ['Fifty years ago, in 1974, the summit was held in Lahore.', '2024'],
  ])('dates an anniversary lead from its count and explicit date: %s', (text, value) => {
    expect(reasonPublication(text, null)).toEqual({ value, basis: 'inferred' });
  });

  it('infers the month of the latest explicit date when there is no dateline', () => {
    const text = 'He arrived on Jan. 29, 2024. Elections were held on Thursday, Feb. 8, 2024. In 2022 ...';
    expect(reasonPublication(text, null)).toEqual({ value: '2024-02', basis: 'inferred' });
  });

  it('does not count a date told as still ahead: the text was written before it', () => {
    const text = 'He arrived on Jan. 29, 2024. Elections are scheduled for Thursday, Feb. 8, 2024. In 2022 ...';
    expect(reasonPublication(text, null)).toEqual({ value: '2024-01', basis: 'inferred' });
    expect(reasonPublication('Trade fell in March 2025. A new line would be completed by June 2026.', null)).toEqual({ value: '2025-03', basis: 'inferred' });
  });

  it('counts a date counted from an explicit one: the writing has reached it', () => {
    const text = 'Then came the strikes of January 2024. Eighteen months later, traders still date their debts from them.';
    expect(reasonPublication(text, null)).toEqual({ value: '2025-07', basis: 'inferred' });
  });

  it.each([
    // "last month" beside an explicit date: the month after it (the latest explicit date alone says 2024-11)
    ['The envoy arrived last month; on 28 November 2024 he presented his credentials.', '2024-12'],
    // across a year end
    ['Talks resumed last month, with a round in Doha on 18 December 2023.', '2024-01'],
    // "this month" is the date's own month
    ['Earlier this month, on 4 June 2024, ministers met in Quetta. Trade fell in 2023.', '2024-06'],
    // a yearless date beside "last month" takes the year of the text's latest explicit date
    ['The 2019 crisis\n\nThe prime minister landed in Tehran last month and spoke to reporters on April 22.', '2019-05'],
  ])('takes the month from "last month" and a date beside it: %s', (text, value) => {
    expect(reasonPublication(text, null)).toEqual({ value, basis: 'inferred' });
  });

  it.each([
    // the sentences disagree: no guess, the latest explicit date's month
    ['Last month, on 3 May 2024, the crossing closed. This month, on 2 July 2024, it reopened.', '2024-07'],
    // the month would lie before a date the text names: the latest explicit date's month
    ['He left last month, on 3 May 2024. Talks are set for 20 August 2024.', '2024-08'],
    // two months in the sentence: which one "last month" means is unclear
    ['Last month, between 3 March and 22 April 2024, prices rose.', '2024-04'],
  ])('does not guess the month: %s', (text, value) => {
    expect(reasonPublication(text, null)).toEqual({ value, basis: 'inferred' });
  });

  it.each([
    ['Situation report 14. Crossings reopened on 20 June 2025. The next update will be issued on 2 July 2025.', '2025-06'],
    ['Flows rose in May 2025. The next report is due on 15 August 2025.', '2025-05'],
    ['Figures cover April 2025; they will be published on 10 June 2025 in full.', '2025-04'],
  ])('skips a date announcing the next issue: %s', (text, value) => {
    expect(reasonPublication(text, null)).toEqual({ value, basis: 'inferred' });
  });

  it('stays at year precision when the text names only years', () => {
    expect(reasonPublication('A pipeline begun in 2010 was revived in 2013.', null)).toEqual({ value: '2013', basis: 'inferred' });
  });

  it('gives nothing when the text names no date (never the clock)', () => {
    expect(reasonPublication('Officials met yesterday and will meet again next week.', null)).toBeNull();
    expect(reasonPublication('No dates here.', dateline(8, 8))).toBeNull();
  });
});

describe('a day the text cannot predate, from the terms of officials it names by office', () => {
  it('completes a yearless dateline with its own weekday, no earlier than the floor', () => {
    // 14 November is a Thursday in 2024 and a Friday in 2025; the agreement's year alone would give 2009
    const text = 'The agreement signed in 2009 remains in force, the spokesperson said.';
    const line = { ...dateline(11, 14), weekday: 5 };
    expect(reasonPublication(text, line, '2024-08-21')).toEqual({ value: '2025-11-14', basis: 'dateline' });
    expect(reasonPublication(text, dateline(11, 14), '2024-08-21')).toEqual({ value: '2024-11-14', basis: 'dateline' });
  });

  it('infers at least the floor’s year when the text names no later date, and nothing finer', () => {
    expect(reasonPublication('The agreement was signed in 2009.', null, '2024-08-21')).toEqual({ value: '2024', basis: 'inferred' });
    expect(reasonPublication('Talks were held in March 2025.', null, '2024-08-21')).toEqual({ value: '2025-03', basis: 'inferred' });
  });
});

