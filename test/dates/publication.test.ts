import { describe, expect, it } from 'vitest';
import type { Dateline } from '../../pipeline/model.js';
import { reasonPublication } from '../../pipeline/extract/dates/index.js';

const dateline = (month: number | null, day: number | null, year: number | null = null): Dateline => ({ start: 0, end: 6, text: 'x', year, month, day });

describe('publication date reasoned from the text', () => {
  it('completes a yearless dateline from the latest date the text names', () => {
    const text = 'The August 2025 visit of Iran’s president to Islamabad ... the recent visit. In 1947 ...';
    expect(reasonPublication(text, dateline(8, 8))).toEqual({ value: '2025-08-08', basis: 'dateline' });
  });

  it('moves a yearless dateline to the next year when it would precede the text’s own dates', () => {
    expect(reasonPublication('Talks were held in November 2024.', dateline(1, 5))).toEqual({ value: '2025-01-05', basis: 'dateline' });
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
    const text = 'He arrived on Jan. 29, 2024. Elections are scheduled for Thursday, Feb. 8, 2024. In 2022 ...';
    expect(reasonPublication(text, null)).toEqual({ value: '2024-02', basis: 'inferred' });
  });

  it('stays at year precision when the text names only years', () => {
    expect(reasonPublication('A pipeline begun in 2010 was revived in 2013.', null)).toEqual({ value: '2013', basis: 'inferred' });
  });

  it('gives nothing when the text names no date (never the clock)', () => {
    expect(reasonPublication('Officials met yesterday and will meet again next week.', null)).toBeNull();
    expect(reasonPublication('No dates here.', dateline(8, 8))).toBeNull();
  });
});
