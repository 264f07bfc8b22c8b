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
