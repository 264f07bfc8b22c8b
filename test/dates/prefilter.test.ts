import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startPositions } from '../../pipeline/extract/dates/prefilter.js';
import { removeOverlaps } from '../../pipeline/extract/dates/refiners.js';
import { propose, proposeByFullScan } from '../../pipeline/extract/dates/tag.js';

// The prefilter must change nothing but speed: the rules tried only at triggers and the openers
// before them keep exactly the expressions a scan of the whole text with every rule keeps.
const rawDir = new URL('../../raw/', import.meta.url);
const seeds = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, rawDir), 'utf8'));

const sentences = [
  'In the late 1990s and the first half of 2024, about two days later, the talks resumed.',
  "The '90s ended; mid-1990s talks, the second half of the decade, more than twenty-eight consecutive days.",
  'Earlier this month, later that year, the day before yesterday, at the moment, these days, for years.',
  'The comparable year-ago quarter, the latest period, this year\'s third quarter, fiscal 1989, the year 2010.',
  'Thursday, 8 February 2024; Jan. 29, 2024; 16-18 January; 2024-01-16; 16/01/2024; 10:30 p.m. Wednesday.',
  'Every week, each year, daily, a few weeks ago, several years ago, a couple of months, the past two months.',
  'Sales for the full year, the latest fiscal year, the year ended June 30, by year-end, in June last year.',
  'x2010 A1990s 12,2010 $2010 No. 2010 1500 troops three-quarters a 6-year-old, noon Thursday, last weekend.',
  'Last Thanksgiving, Easter week, Christmas Day 1998, the twenty-first century, the week of March 6, each Thursday, on Fridays.',
  'Below pre-2018 levels, the post-1979 order, a week or so ago, post-war, pre- 2018.',
  'For two and a half years, 5 1/2 hours, a minute and a half, Iran and Pakistan, the daily Dawn.',
  'By the end of the month, at the start of the week, in the middle of the month of Ramadan.',
  'Trade in FY2023-24 and the FY2024-25 budget, but not XFY2024-25; fiscal 2023-24, the previous year.',
  'Q1 FY2025-26, the first quarter of the current fiscal year, the same quarter of FY2024-25, Q3 of fiscal year 2024-25, XQ1.',
  'FY26, FY 2026, Q1FY26, 1QFY26, the first quarter of FY26, the July-September quarter of FY26, XFY26.',
  'the twenty-first of March, March the third, the 3rd of April, Thursday, the nineteenth of January.',
  'from the tenth to the twelfth of November, the twenty-first to the twenty-third of March, the 3rd to the 5th of May 2024.',
  'The corresponding period last year, last year\'s quarter, that quarter, the following month, the preceding year, the next morning.',
];

// Runs of triggers and openers in every order, as the linear-time test feeds them.
const adversarial = [
  '1111 2024-01-16/2024/01 16-17-18-19 January on the on the mid-early-late-mid-January the 1960s \'90s ',
  'two two days days later earlier ago Monday Tuesday next last this the day the day forty-eight-forty-eight hours ',
  '12:30 p.m. 9 a.m. noon midnight EST Friday the third quarter the 1988 third-quarter year-ago nineteen ninety-nine ',
  'the the summer of the full fiscal year year-end recent recent years the near the near future this morning last night ',
].join('').repeat(8);

const spans = (cs: ReturnType<typeof propose>): string[] => removeOverlaps(cs).map((c) => `${c.start}-${c.end} ${c.rule} ${c.text}`);

describe('prefilter', () => {
  it.each([...seeds.map((s, i) => [`seed ${i}`, s]), ...sentences.map((s) => [s.slice(0, 40), s]), ['adversarial runs', adversarial]])('%s: same expressions as a full scan', (_name, text) => {
    expect(spans(propose(text))).toEqual(spans(proposeByFullScan(text)));
  });

  it('points at the triggers and the openers before them, in order', () => {
    const text = 'It rose in the late 1990s, about two days later.';
    const words = startPositions(text).map((p) => text.slice(p).split(/[\s,.]/)[0]);
    expect(words).toEqual(['in', 'the', 'late', '1990s', 'about', 'two', 'days']);
  });
});
