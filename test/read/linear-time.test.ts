// The readers' patterns must run in linear time: ~1 MB of adversarial input may take at most 25
// times as long as ~100 KB. Linear work measures 9-20 here (a megabyte string no longer fits the
// processor's cache, and the tests share two cores); a quadratic pattern measures ~100.
import { describe, expect, it } from 'vitest';
import { decodeHtml, readHtmlPage } from '../../pipeline/read/html/index.js';
import { findDatePhrases } from '../../pipeline/read/text/date-phrase.js';
import { readTextArticle } from '../../pipeline/read/text/index.js';
import { dateFromUrl } from '../../pipeline/read/url-date.js';

const MAX_RATIO = 25;

/** Milliseconds per run of one batch. */
function batch(fn: () => void, runs: number): number {
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) fn();
  return (performance.now() - t0) / runs;
}

/**
 * Time at 1 MB over time at 100 KB. The two sizes are timed in alternation and the best of five
 * rounds kept, so that a busy machine slows both alike (the tests share two cores with others).
 */
const ratio = (make: (n: number) => string, run: (s: string) => void): number => {
  const small = make(100_000);
  const large = make(1_000_000);
  run(large); // warm up at both sizes
  run(small);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < 5; round++) {
    bestSmall = Math.min(bestSmall, batch(() => run(small), 10));
    bestLarge = Math.min(bestLarge, batch(() => run(large), 1));
  }
  return bestLarge / Math.max(bestSmall, 0.5);
};

const repeatTo = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('linear time', () => {
  it.each([
    ['digits and spaces', repeatTo('1 ')],
    ['long blank runs after a day', (n: number) => '5' + ' '.repeat(n - 1)],
    ['month names without days', repeatTo('January February, ')],
    ['almost-dates', repeatTo('12 Jan, 20')],
    ['bullets and by-lines', repeatTo('• By A B C D E F G H I\n')],
    ['dates with by-lines', repeatTo('Posted on March 3, 2020 by A B C D E F\n')],
    ['bracket openings', repeatTo('[Getty (AP ')],
    ['one endless line of capitals', repeatTo('Alpha Beta ')],
    ['masthead segments', repeatTo('NEWS | 3 Safar ul Awwal 1447 | ')],
    ['meta-line notes', repeatTo('1.2.3.4.5 shares 6 min read Updated ')],
    ['wire datelines with brackets', repeatTo('TEHRAN, Esfand 10, 1402 (April ')],
    ['labelled credits', repeatTo('Photo: A B C D E F G ')],
    ['closing credit lines between paragraphs', repeatTo(`Published in The Daily A B C, May 3rd, 2024\n${'word '.repeat(24)}\n`)],
    ['credit openers with long names', repeatTo('First published in , , , , , , , , , , , ,  on ')],
  ])('text reader: %s', (_why, make) => {
    expect(ratio(make, (s) => readTextArticle(s))).toBeLessThan(MAX_RATIO);
  });

  it.each([
    ['slashes and digits', repeatTo('/2020/01/')],
    ['month names between slashes', repeatTo('/2020/jan/3')],
  ])('URL dates: %s', (_why, make) => {
    expect(ratio(make, (s) => dateFromUrl(`https://example.com${s}`))).toBeLessThan(MAX_RATIO);
  });

  it.each([
    ['digits', repeatTo('2024-01-')],
    ['month-day fragments', repeatTo('Jan 1')],
  ])('date phrases: %s', (_why, make) => {
    expect(ratio(make, (s) => findDatePhrases(s))).toBeLessThan(MAX_RATIO);
  });

  it.each([
    ['unclosed angle brackets', repeatTo('<a <b ')],
    ['nested divs', (n: number) => '<div>'.repeat(n / 10) + 'x' + '</div>'.repeat(n / 10)],
    ['timestamps', repeatTo('<p>2023-11-08T18:09:55Z 2023-11-09 01:09:</p>')],
    ['meta charset soup', repeatTo('<meta charset=')],
    ['nested subheadings after a headline', (n: number) => `<h1>Headline</h1>${'<h2>Related'.repeat(n / 12)}`],
    ['meta blocks', repeatTo('<div class="meta"><span class="byline">By A <time>June 1, 2020</time></span>')],
    ['update lines in footers', repeatTo('<footer><p>Last updated: <span>$Date: 2016/11/18 06:31:41 $</span></p></footer>')],
    ['update labels without dates', repeatTo('<p>Updated: Monday, Updated: $Date: 2016 $</p>')],
    ['labelled dates in headers', repeatTo('<header><span class="date">Updated June 1, 2020</span></header><abbr class="published" title="2020">')],
  ])('HTML reader: %s', (_why, make) => {
    expect(ratio(make, (s) => readHtmlPage(decodeHtml(new TextEncoder().encode(s)).html))).toBeLessThan(MAX_RATIO);
  });
});
