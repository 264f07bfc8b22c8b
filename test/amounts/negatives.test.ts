// Strings in which the recogniser must find no number at all.
import { describe, expect, it } from 'vitest';
import { recognizeAmounts } from '../../pipeline/extract/amounts/index.js';

describe('no number', () => {
  it.each([
    'the first time',
    'I was a current student last semester',
    'you can restore a previous version',
    'the 16th of January',
    'scp173m',
    '24703m212',
    'a second opinion',
    'the twenty-first century',
    'double standards',
    'hundred',
    'Sen. Graham arrived',
  ])('%s', (s) => expect(recognizeAmounts(s)).toEqual([]));
});
