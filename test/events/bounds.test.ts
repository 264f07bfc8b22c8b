// The coder keeps the bounds of the EDTF values it reads (events/bounds.ts): a value asked again,
// or after the memory has started again, must give what lib/edtf.ts gives.
import { describe, expect, it } from 'vitest';
import { edtfBoundsOrNull } from '../../pipeline/lib/edtf.js';
import { boundsOf } from '../../pipeline/extract/events/bounds.js';

const VALUES = ['2024-01-16', '2024-02-30', '2024-02-29', '2023-02-29', '2024-01', '2024-13', '2024', '202X', '19XX', '2024-01-15/2024-01-21',
  '2024-01-21/2024-01-15', '2024-01/2024-03', '', '/', '2024-01-16/', 'abc', ' 2024', '2024-1-5', '2024-01-16T10:00'];

describe('bounds of EDTF values, kept by value', () => {
  it('gives what the EDTF reader gives, asked once or again', () => {
    for (let round = 0; round < 3; round++) for (const v of VALUES) expect(boundsOf(v)).toEqual(edtfBoundsOrNull(v));
  });

  it('still gives them after more values than it keeps', () => {
    for (let d = 0; d < 5000; d++) {
      const v = `${1000 + (d % 1000)}-${String(1 + (d % 14)).padStart(2, '0')}-${String(1 + (d % 31)).padStart(2, '0')}`;
      expect(boundsOf(v)).toEqual(edtfBoundsOrNull(v));
    }
    for (const v of VALUES) expect(boundsOf(v)).toEqual(edtfBoundsOrNull(v));
  });
});
