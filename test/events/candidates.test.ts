// findEvents returns each draft as a candidate (events/index.ts, candidateOf): the draft's own
// fields in their order, without the coder's working fields, then `date_basis`. The copy is a
// `for...in` loop, where it was a rest pattern; both must give the same object, key order included
// (the extraction is written as JSON).
import { describe, expect, it } from 'vitest';
import { candidateOf } from '../../pipeline/extract/events/index.js';
import type { Draft } from '../../pipeline/extract/events/refiners.js';

/** The rest pattern the coder used before. */
const byRest = ({ paragraph: _p, reactive: _r, pos: _pos, definite: _d, dateBasis, ...candidate }: Draft) =>
  ({ ...candidate, date_basis: dateBasis === 'reference' ? 'paragraph' : dateBasis });

const draft = (dateBasis: Draft['dateBasis'], more: Record<string, unknown> = {}): Draft => ({
  sentence: { start: 0, end: 40 }, paragraph: { start: 0, end: 90 }, trigger: { start: 5, end: 12 }, reactive: true, pos: 'noun', definite: false,
  dateBasis, rule: 'strike:noun', event_type: 'ASSAULT', subtype: 'air strike', actor1_id: 'iran', actor2_id: null, mutual: false,
  date: '2024-01-16', location: 'Panjgur', country: 'PAK', fatalities: 2, injuries: null, salience: 'context', ...more,
});

describe('candidateOf', () => {
  it('gives the object, key order included, that the rest pattern gave', () => {
    const drafts = [
      draft('sentence'), draft('reference'), draft(null), draft('narrative', { figure_starts: [3, 17] }),
      // A field a refiner might add later, and one whose value is undefined, are kept where they stand.
      draft('paragraph', { note: 'ü', extra: undefined }),
    ];
    for (const d of drafts) {
      const got = candidateOf(d);
      expect(Object.keys(got)).toEqual(Object.keys(byRest(d)));
      expect(got).toStrictEqual(byRest(d));
      expect(JSON.stringify(got)).toBe(JSON.stringify(byRest(d)));
    }
  });

  it('leaves out the working fields and maps a reference to the paragraph basis', () => {
    const got = candidateOf(draft('reference')) as unknown as Record<string, unknown>;
    for (const key of ['paragraph', 'reactive', 'pos', 'definite', 'dateBasis']) expect(key in got).toBe(false);
    expect(got.date_basis).toBe('paragraph');
    expect(Object.keys(got).at(-1)).toBe('date_basis');
  });
});
