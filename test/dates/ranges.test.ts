// Two dates written as a range are one period in the dataset (the issue's "between April and
// June"); TimeML keeps them apart. Values checked by hand.
import { describe, expect, it } from 'vitest';
import { findDateMentions, tagTimexes } from '../../pipeline/extract/dates/index.js';

const mentions = (text: string, dct = '2025-09-10') => findDateMentions(text, { dct }).map((m) => [m.text, m.value]);

describe('ranges of two dates', () => {
  it.each([
    ['Between 2013 and 2019, the group carried out dozens of attacks.', [['Between 2013 and 2019', '2013/2019']]],
    ['Arrears built up between July and August.', [['between July and August', '2025-07/2025-08']]],
    ['The crossing was shut from 3 March 2024 to 9 March 2024.', [['from 3 March 2024 to 9 March 2024', '2024-03-03/2024-03-09']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // different precision: two mentions
    ['Talks ran from 2019 to March 2020.', [['2019', '2019'], ['March 2020', '2020-03']]],
    // backwards: two mentions
    ['It happened between 2019 and 2013, sources disagree.', [['2019', '2019'], ['2013', '2013']]],
    // not a range: "and" without "between"
    ['Iran struck in 2013 and 2019.', [['2013', '2013'], ['2019', '2019']]],
  ])('%s stays two dates', (text, expected) => expect(mentions(text)).toEqual(expected));

  it('TimeML keeps the two dates', () => {
    expect(tagTimexes('Between 2013 and 2019, the group attacked.', { dct: '2025-09-10' }).map((t) => t.value)).toEqual(['2013', '2019']);
  });
});
