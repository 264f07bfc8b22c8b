import { describe, expect, it } from 'vitest';
import { findDateMentions, reasonPublication } from '../../pipeline/extract/dates/index.js';

// Adversarial text for every rule family: long digit runs, month and weekday names, number words,
// part-of-period words, holiday names, ordinals, Solar Hijri months, fiscal years, headings and
// paragraphs (the narrative year's scope), and "on the on the ...".
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
    'Ordibehesht 5, 1403 Monday, Esfand 30 Esfand 1402 1402 SH the Iranian the Persian calendar year 1402 Mehr Mehr 5 ',
    'the fiscal year 2024-25-26 FY FY 2024-2025 2024-25 fiscal 2024-25 fiscal year last month this month on 3 May, three days after ',
    '3 June 2022\n\n\n\nOn 2 April, That October that same day \n\n',
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

describe('linear time of the publication reasoning', () => {
  // "last month" beside dates, sentence after sentence and within one long sentence: each cue looks
  // only at the dates of its own sentence.
  const text = (size: number): string => {
    const pieces = ['Talks resumed last month, on April 22, 2019, in Tehran. ', 'last month this month April 3 May 4 June 2019 '];
    let s = '';
    for (let i = 0; s.length < size; i++) s += pieces[i % pieces.length];
    return s.slice(0, size);
  };
  const run = (t: string): number => {
    const t0 = process.cpuUsage();
    reasonPublication(t, null);
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000;
  };

  it('reasons over 1 MB in under 25 times the time of 100 KB', { timeout: 120_000, retry: 2 }, () => {
    const small = text(100_000);
    const large = text(1_000_000);
    run(small);
    let tSmall = Infinity;
    let tLarge = Infinity;
    for (let round = 0; round < 4; round++) {
      tSmall = Math.min(tSmall, run(small));
      tLarge = Math.min(tLarge, run(large));
    }
    expect(tLarge / Math.max(tSmall, 10)).toBeLessThan(25);
  });
});
