import { findDateMentions } from '../../pipeline/extract/dates/index.js';

/** The EDTF values found in a sentence, in order. */
export const values = (sentence: string, dct: string | null = '2024-01-25'): string[] =>
  findDateMentions(sentence, { dct }).map((m) => m.value);
