import { describe, expect, it } from 'vitest';
import { findDateMentions, timemlValueToEdtf, timexToEdtf } from '../../pipeline/extract/dates/index.js';

describe('TimeML to EDTF', () => {
  it.each([
    ['2024-01-16', '2024-01-16'],
    ['2024-01', '2024-01'],
    ['2024', '2024'],
    ['196', '196X'],
    ['19', '19XX'],
    ['2024-W03', '2024-01-15/2024-01-21'],
    ['2024-W01', '2024-01-01/2024-01-07'],
    ['2020-W53', '2020-12-28/2021-01-03'],
    ['2024-W03-WE', '2024-01-20/2024-01-21'],
    ['1989-Q3', '1989-07/1989-09'],
    ['1998-SU', '1998'],
    ['2025-WI', '2025'],
    ['2000-01-05TNI', '2000-01-05'],
    ['2024-01-16/2024-01-18', '2024-01-16/2024-01-18'],
  ])('%s is %s', (value, expected) => {
    expect(timemlValueToEdtf(value)).toBe(expected);
  });

  it.each([['PRESENT_REF'], ['PAST_REF'], ['P3D'], ['XXXX-01-16'], ['2024-02-31'], ['2023-02-29'], ['2024-13']])('%s is not a date', (value) => {
    expect(timemlValueToEdtf(value)).toBeNull();
  });

  it('keeps durations and sets out of the dataset', () => {
    expect(timexToEdtf({ start: 0, end: 6, text: 'a week', type: 'DURATION', value: 'P1W', rule: 'x' })).toBeNull();
    expect(timexToEdtf({ start: 0, end: 5, text: 'daily', type: 'SET', value: 'P1D', rule: 'x' })).toBeNull();
  });

  it('never produces an impossible day, whatever the text says', () => {
    const days = Array.from({ length: 40 }, (_, i) => `${i} February 2023, February ${i}, 2024-02-${String(i).padStart(2, '0')}`).join('; ');
    for (const m of findDateMentions(days, { dct: '2024-03-01' })) {
      const parts = /^(\d{4})-(\d\d)-(\d\d)$/.exec(m.value);
      if (!parts) continue;
      const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
      expect(d).toBeLessThanOrEqual(new Date(Date.UTC(y, mo, 0)).getUTCDate());
    }
    expect(findDateMentions('on 29 February 2023', { dct: null })).toEqual([]);
    expect(findDateMentions('on 29 February 2024', { dct: null }).map((m) => m.value)).toEqual(['2024-02-29']);
  });
});
