// The figures stage runs in linear time: 10 times the input in one sentence takes at most 25
// times the CPU time, the bound of the project's other linear-time tests (linear code measures 5
// to 16 here, depending on the machine's load; quadratic code 50 to 300). Before each amount read a window of
// words around it and looked dates and actors up by binary search, every amount copied and
// scanned its whole sentence and all the text's dates: 10 times the input took 50 to 300 times
// as long on these shapes (measured at 400 and 4,000 units; the figure for each is below).
import { describe, expect, it } from 'vitest';
import { recognizeAmounts } from '../../pipeline/extract/amounts/index.js';
import { findFigures, type FigureInput } from '../../pipeline/extract/figures/index.js';
import { OverlapIndex, overlapsAny } from '../../pipeline/lib/overlaps.js';
import { splitSentences } from '../../pipeline/extract/sentences.js';
import type { ActorMention, DateMention } from '../../pipeline/model.js';

/** Text made of an opening, `unit` repeated `n` times, and a close: one sentence however long. */
const repeat = (opening: string, unit: string, close: string) => (n: number) => opening + unit.repeat(n) + close;

/** Every match of `pattern` in `content`, as a mention of the given fields. */
const mentions = <T>(content: string, pattern: RegExp, fields: T) => [...content.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], ...fields }));

/** The text's dates ("16 January 2024") and actors ("Iran") found by hand: the figures stage looks them up for every amount. */
const inputOf = (content: string): FigureInput => ({
  content,
  sentences: splitSentences(content),
  amounts: recognizeAmounts(content),
  actors: mentions(content, /Iran/g, { actor_id: 'iran', rule: 'test' }) satisfies ActorMention[],
  dates: mentions(content, /16 January 2024/g, { value: '2024-01-16', rule: 'test' }) satisfies DateMention[],
});

/** CPU time of findFigures, the least of five runs: one run alone is at the mercy of the garbage collector and the other sessions. */
function cpuTime(input: FigureInput): number {
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = process.cpuUsage();
    findFigures(input);
    const d = process.cpuUsage(t0);
    runs.push(d.user + d.system);
  }
  return Math.min(...runs);
}

describe('findFigures linear time', () => {
  it.each([
    // before: 10x the input took 76x the time
    ['long asides', 1_000, repeat('Officials said ', 'nine people, including three women and two children, ', 'were killed.')],
    // before: 75x ("of them" looked back through the whole sentence, then the one before)
    ['repeated partitives', 2_000, repeat('Many border guards were seized. Then ', 'five of them, ', 'were freed.')],
    // before: 52x (every item copied the words of the whole list)
    ['a label then a long list', 2_000, repeat('Trucks stranded at Taftan: ', 'about 700 on Sunday; ', 'none later.')],
    // before: 82x (a flattened table: every cell scanned the whole line)
    ['many amounts in one line with no full stop', 1_000, repeat('', 'Taftan | 700 trucks | 12 killed | $3 million of trade | 2.5% | ', '')],
    // before: 308x (each amount also scanned every date and actor of the text)
    ['dates and attributions in one line', 2_000, repeat('', 'Iran said 12 people were killed on 16 January 2024 and ', 'more.')],
  ] as const)('%s: 10x the input, at most 25x the time', (_name, units, make) => {
    // enough units that the small input takes some 20 ms: below that, timings are mostly noise
    const small = inputOf(make(units));
    const big = inputOf(make(10 * units));
    cpuTime(small); // warm-up
    const ratio = cpuTime(big) / Math.max(cpuTime(small), 5_000);
    expect(ratio).toBeLessThan(25);
  });

  it('credits each figure of a long line to its own actor and date', () => {
    const figures = findFigures(inputOf(repeat('', 'Iran said 12 people were killed on 16 January 2024 and ', 'more.')(300)));
    expect(figures).toHaveLength(300);
    expect(figures.every((f) => f.kind === 'fatalities' && f.attributed_to === 'iran' && f.date === '2024-01-16')).toBe(true);
  });

  it('reads the same figures in a long list as in a short one', () => {
    // the window around each amount still reaches the label at the head of the list
    const list = repeat('Trucks stranded at Taftan: ', 'about 700 on Sunday; ', 'none later.');
    const figures = findFigures(inputOf(list(200)));
    expect(figures).toHaveLength(200);
    expect(figures.every((f) => f.kind === 'count' && f.subject === 'Trucks')).toBe(true);
  });
});

describe('OverlapIndex', () => {
  const span = (start: number, end: number) => ({ start, end });
  // in order of start, with a long span that reaches past shorter ones after it
  const spans = [span(0, 4), span(2, 30), span(5, 8), span(10, 12), span(40, 45)];
  it.each([
    [span(4, 5), 1], // only the long span reaches it
    [span(6, 7), 1], // the long span comes first in the list, before span(5, 8)
    [span(0, 1), 0],
    [span(31, 40), -1], // touches span(40, 45) without overlapping it
    [span(44, 50), 4],
    [span(50, 60), -1],
  ])('the first span overlapping %o is number %i', (s, expected) => {
    expect(new OverlapIndex(spans).first(s)).toBe(spans[expected]);
  });

  it('scans a list out of order, and still gives the first in the list', () => {
    const unordered = [span(10, 12), span(5, 8), span(2, 30)];
    expect(new OverlapIndex(unordered).first(span(6, 7))).toBe(unordered[1]);
    expect(new OverlapIndex(unordered).first(span(3, 4))).toBe(unordered[2]);
    expect(new OverlapIndex(unordered).first(span(40, 41))).toBeUndefined();
  });

  it('tells whether a span overlaps any of a list in any order (overlapsAny)', () => {
    const inAny = overlapsAny([span(10, 12), span(2, 30), span(40, 45)]);
    expect([span(29, 31), span(35, 38), span(44, 50), span(30, 40)].map(inAny)).toEqual([true, false, true, false]);
  });
});
