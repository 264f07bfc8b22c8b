import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../pipeline/extract/dates/index.js';

// Adversarial text for every rule family: long digit runs, month and weekday names, number words,
// part-of-period words, holiday names, ordinals, and "on the on the ...".
function adversarial(size: number): string {
  const pieces = [
    '1'.repeat(997), ' ',
    'January February March 16 17 18 2024 2024 2024 - - ', 'on the on the on the on the ',
    'mid-early-late-mid-January ', 'two two two two days days days later earlier ago ',
    'Monday Tuesday next last this the day the day the day ', '16-17-18-19 January ', "the 1960s '90s ",
    'forty-eight-forty-eight hours hours ', '2024-01-2024-01-16/2024/01 ',
    '12:30 p.m. 9 a.m. noon midnight EST Friday ', 'the third quarter the 1988 third-quarter year-ago ',
    'nineteen nineteen ninety-nine two thousand and the nineties the the summer of ', 'the full fiscal year year-end year ended ',
    'WASHINGTON, August 11 (Xinhua) --\n', 'recent recent years coming weeks the near the near future ',
    'Easter Easter week Christmas Christmas Day last Thanksgiving Thanksgiving ', 'the twenty-first 20th 20th century each Thursday Tuesdays nights ',
    'the week of the week of March 6 the following the following the preceding month ', 'the corresponding period last year\'s quarter a year ago ',
    'was was had ( ( ( by by by February This Week VOA Today today\'s youth ',
  ];
  let s = '';
  for (let i = 0; s.length < size; i++) s += pieces[i % pieces.length];
  return s.slice(0, size);
}

// CPU time of this process in milliseconds: a machine busy with other work slows the wall clock of
// one run much more than its CPU time, which is what a backtracking pattern inflates.
const once = (text: string): number => {
  const t0 = process.cpuUsage();
  findDateMentions(text, { dct: '2024-01-25' });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
};

describe('linear time', () => {
  // Retried because timings on a shared machine are noisy; a backtracking pattern fails every run.
  it('tags 1 MB of adversarial text in under 25 times the time of 100 KB (a quadratic tagger measures about 100)', { timeout: 120_000, retry: 2 }, () => {
    const small = adversarial(100_000);
    const large = adversarial(1_000_000);
    once(small); // warm up: compile the patterns before measuring
    // Alternate the two sizes and keep the fastest run of each, so that a busy machine (other test
    // files run in parallel) or a garbage collection weighs on both alike.
    let tSmall = Infinity;
    let tLarge = Infinity;
    for (let round = 0; round < 6; round++) {
      tSmall = Math.min(tSmall, once(small));
      tLarge = Math.min(tLarge, once(large));
    }
    expect(tLarge / Math.max(tSmall, 10)).toBeLessThan(25);
  });
});
