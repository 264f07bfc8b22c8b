// Formula escaping of CSV cells (OWASP, CSV injection): what is escaped, what is left alone,
// that unescaping always gives the original back, and that it stays linear on hostile input.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, escapeFormula, toCsv, unescapeFormula } from '../../pipeline/emit/csv.js';

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+92 300 1234567', "'+92 300 1234567"],
    ['-5 killed', "'-5 killed"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'=already quoted", "''=already quoted"],
    ["''-twice", "'''-twice"],
  ])('escapes %j as %j, and unescaping gives it back', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(text);
  });
});

describe('cells that are not escaped', () => {
  it.each([
    ['Iran'],
    ["'quoted'"],
    ["'"],
    [''],
    ['a=b'],
    ['x -5'],
    [' =leading space'],
    ['2024-01-16'],
    ["Pakistan's"],
  ])('leaves %j as it is, both ways', (text) => {
    expect(escapeFormula(text)).toBe(text);
    expect(unescapeFormula(text)).toBe(text);
  });

  it.each([[-5, -5], [0, 0], [3.5, 3.5], [true, true], [false, false], [null, ''], [undefined, '']])('leaves the value %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('escapes a list by its first item, the one a spreadsheet sees first', () => {
    expect(csvCell(['-x', 'y'])).toBe("'-x;y");
    expect(csvCell(['x', '-y'])).toBe('x;-y');
    expect(csvCell([])).toBe('');
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 with CRLF, quoting commas, quotes and any line break', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: 'x,y', b: 'say "hi"', c: 'one\ntwo' }, { a: 'cr\ronly', b: -1, c: true }]);
    expect(csv).toBe('a,b,c\r\n"x,y","say ""hi""","one\ntwo"\r\n"cr\ronly",-1,true\r\n');
    expect(parse(csv, { record_delimiter: '\r\n' })).toEqual([['a', 'b', 'c'], ['x,y', 'say "hi"', 'one\ntwo'], ['cr\ronly', '-1', 'true']]);
  });

  it('writes columns in the order given and leaves out keys not asked for', () => {
    expect(toCsv(['b', 'a'], [{ a: 1, b: 2, extra: 3 }])).toBe('b,a\r\n2,1\r\n');
  });
});

describe('escaping on hostile input', () => {
  /** The best of several trials, so that a busy machine does not decide the ratio. */
  const time = (text: string) => {
    let best = Infinity;
    for (let trial = 0; trial < 7; trial++) {
      const start = performance.now();
      for (let i = 0; i < 5; i++) unescapeFormula(escapeFormula(text));
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('stays linear on a megabyte of apostrophes with no formula character after them', () => {
    const small = time("'".repeat(100_000));
    const large = time("'".repeat(1_000_000));
    // ten times the text: linear code measures 9–16 on a loaded 2-core machine, quadratic about 100 (the bound of the other timing tests)
    expect(large / Math.max(small, 1)).toBeLessThan(25);
  });
});
