// The amounts recogniser reads only windows around digits and number words (windows.ts). Reading
// the whole text must give exactly the same amounts: these tables put amounts, hedges, currencies
// and units at window edges, far from and near to each other, across line breaks and in long lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeAmounts } from '../../pipeline/extract/amounts/index.js';
import { candidatePattern, candidateWindows } from '../../pipeline/extract/amounts/windows.js';
import { amountLexicon } from '../../pipeline/extract/amounts/lexicon.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => ['the', 'talks', 'resumed', 'in', 'Tehran', 'after', 'a', 'pause'][i % 8]).join(' ');
const same = (text: string) => expect(recognizeAmounts(text)).toEqual(recognizeAmounts(text, { windows: false }));

describe('amounts read in windows equal amounts read in full', () => {
  it.each([
    ['hedge and currency far before a number', `${filler(40)} at least US $ 3 billion ${filler(40)}`],
    ['a range whose unit comes at its end', `${filler(30)} between 7 and 9 km ${filler(30)} from 3 to 10 billion dollars`],
    ['numbers split by spaces and separators', `${filler(20)} 1 234 567 and 22,24,26,31 and 192.168.1.2 ${filler(20)}`],
    ['number words in a chain', `${filler(25)} two hundred and sixty-six thousand nine hundred ${filler(25)} one and a half million rupees`],
    ['amounts just past the margin of each other', `5 people ${filler(11)} 6 people ${filler(12)} 7 people ${filler(13)} 8 people`],
    ['line breaks between a hedge and its number', `${filler(10)} more than\n40 were killed\n\n  about\u2028 Rs 200 billion`],
    ['vague plurals and multipliers', `${filler(30)} tens of thousands fled; trade tripled ${filler(30)} hundreds of millions`],
    ['a minus sign and a leading decimal point', `${filler(14)} - 5 and .08 and -12e-1 ${filler(14)}`],
    ['rupees in a text about Pakistan', `${filler(50)} Pakistan paid Rs 5bn; Islamabad ${filler(50)}`],
    ['number words in capitals and after marks, far apart', `FIVE people ${filler(20)} (Seven were hurt) ${filler(20)} x/TWELVE ${filler(20)} “eighty” ${filler(20)} 3rd`],
  ])('%s', (_name, text) => same(text));

  it('on the seed articles, and on them as one long line', () => {
    const dir = path.resolve(import.meta.dirname, '../../raw');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const text of texts) same(text);
    same(texts.join(' ').replace(/\n/g, ' '));
  });
});

describe('candidate windows', () => {
  // The scan tries the pattern only where it can match (digits, word starts that begin a number
  // word, non-ASCII characters); every match a plain global search finds must lie in a window.
  it.each([
    ['number words in any case, after marks and inside words', 'FIVE, (seven) x-Twelve someone tonne oneself 3rd 1,000 bn'],
    ['letters that match ASCII only case-insensitively', 'ſix ſeven \u212Ailo and ſcores of people'],
    ['accented and other scripts next to number words', 'éleven café two 二 three Ω four'],
    ['a number word at the very end', `${filler(30)} then two`],
  ])('cover every candidate: %s', (_name, text) => {
    const lex = amountLexicon();
    const windows = candidateWindows(text, 0, text.length, lex);
    const matches = [...text.matchAll(new RegExp(candidatePattern(lex)))];
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      const [start, end] = [m.index, m.index + m[0].length];
      expect(windows.some(([from, to]) => from <= start && end <= to), `${m[0]} at ${start}`).toBe(true);
    }
  });

  it('count as whitespace exactly what \\s matches', () => {
    // Every UTF-16 code unit \s matches bounds the window around a number as a plain space does.
    const spaces = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => /\s/.test(ch));
    expect(spaces).toHaveLength(25);
    const lex = amountLexicon();
    const around = (gap: string) => `${Array(60).fill('word').join(gap)}${gap}7${gap}${Array(60).fill('word').join(gap)}`;
    const plain = candidateWindows(around(' '), 0, around(' ').length, lex);
    expect(plain).toHaveLength(1);
    expect(plain[0]![1] - plain[0]![0]).toBeLessThan(around(' ').length / 2);
    for (const space of spaces) expect(candidateWindows(around(space), 0, around(space).length, lex), space.charCodeAt(0).toString(16)).toEqual(plain);
    // a run of several of them is one run
    expect(candidateWindows(around(' \u3000\t'), 0, around(' \u3000\t').length, lex)).toHaveLength(1);
    // characters that look like spaces but are not \s (zero-width space, word joiner) join words
    const glued = around('\u200b');
    expect(candidateWindows(glued, 0, glued.length, lex)).toEqual([[0, glued.length]]);
  });

  it('skip text with no digit or number word', () => {
    const text = filler(500);
    expect(candidateWindows(text, 0, text.length, amountLexicon())).toEqual([]);
  });

  it('stay linear on a megabyte of candidates and spaces', () => {
    const lex = amountLexicon();
    const time = (text: string) => {
      const t = performance.now();
      candidateWindows(text, 0, text.length, lex);
      return performance.now() - t;
    };
    const unit = '1 one   x\n2 ';
    time(unit.repeat(1000));
    const small = time(unit.repeat(100_000 / unit.length));
    const large = time(unit.repeat(1_000_000 / unit.length));
    expect(large / Math.max(small, 1)).toBeLessThan(25);
  });
});
