import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../pipeline/extract/dates/index.js';
import { contextValues, type ResolveContext } from '../../pipeline/extract/dates/types.js';

// The resolver hands each rule a context whose members are read on demand; a range's first member
// borrows the second's year through a plain copy of it (contextValues), which must read every
// member once, in the resolver's order (reading the narrative year marks it used).
describe('resolve context', () => {
  it('copies every member of a context, read once each in a fixed order', () => {
    const read: string[] = [];
    const members = ['dct', 'anchor', 'quarter', 'clauseDate', 'lastFiscalYear', 'lastWeek', 'dayBeforeBackground', 'solarYear', 'fiscalYear', 'timelineDate', 'narrativeYear', 'tense', 'pastVerb', 'deadline'];
    const context = Object.defineProperties({}, Object.fromEntries(members.map((m) => [m, { get: () => (read.push(m), `${m} value`), enumerable: false }]))) as ResolveContext;
    const copy = contextValues(context) as unknown as Record<string, unknown>;
    expect(read).toEqual(members);
    expect(Object.keys(copy)).toEqual(members);
    expect(copy['tense']).toBe('tense value');
  });

  it.each([
    // the first member of a range takes the second's year, in the past and in the future tense
    ['Trade rose between April and June 2023.', '2024-01-20', ['2023-04/2023-06']],
    ['The talks were held on 16 and 18 January 2023.', '2024-01-20', ['2023-01-16/2023-01-18']],
    ['The ministers will meet between March and May 2025.', '2024-01-20', ['2025-03/2025-05']],
    // a yearless date in a paragraph about another year takes that year; a future one looks ahead
    ['In March 2022, the envoy arrived. He left on 5 April.', '2024-01-20', ['2022-03', '2022-04-05']],
    ['The envoy will return on 5 April.', '2024-01-20', ['2024-04-05']],
  ])('%s', (sentence, dct, expected) => {
    expect(findDateMentions(sentence, { dct }).map((m) => m.value)).toEqual(expected);
  });
});
