// The pure pieces of publishing: created timestamps, list patterns, Markdown cells, examples.
import { describe, expect, it } from 'vitest';
import { createdTimestamp, listPattern } from '../../pipeline/emit/datapackage.js';
import { exampleValue, markdownCell, markdownText } from '../../pipeline/emit/dataset-card.js';

describe('createdTimestamp', () => {
  it.each([
    ['2025-08-08', '2025-08-08T00:00:00Z'],
    ['2024-08', '2024-08-01T00:00:00Z'],
    ['2024', '2024-01-01T00:00:00Z'],
  ])('turns %s into %s', (date, timestamp) => expect(createdTimestamp(date)).toBe(timestamp));

  it.each([[null], [''], ['196X'], ['2024-01-16/2024-01-18'], ['16 January 2024']])('gives null for %j', (date) => {
    expect(createdTimestamp(date)).toBeNull();
  });
});

describe('listPattern', () => {
  const pattern = new RegExp(listPattern('^[a-z]{1,3}$'));
  it.each([['a'], ['abc;de'], ['a;b;c']])('accepts %j', (value) => expect(pattern.test(value)).toBe(true));
  it.each([[''], ['a;'], [';a'], ['abcd'], ['a;;b'], ['a,b']])('rejects %j', (value) => expect(pattern.test(value)).toBe(false));
});

describe('Markdown cells', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    ['-5 killed', "'-5 killed"],
    [null, ''],
    [['x', 'y'], 'x;y'],
    ['x'.repeat(100), `${'x'.repeat(79)}…`],
  ])('writes %j as %j', (value, cell) => expect(markdownCell(value)).toBe(cell));

  it('leaves descriptions whole and unescaped', () => {
    expect(markdownText('- a long description '.repeat(10).trim())).toBe('- a long description '.repeat(10).trim());
  });
});

describe('exampleValue', () => {
  it('takes the first value that says something', () => {
    const rows = [{ a: null, b: [], c: '' }, { a: 0, b: ['x'], c: 'y' }];
    expect([exampleValue(rows, 'a'), exampleValue(rows, 'b'), exampleValue(rows, 'c')]).toEqual([0, ['x'], 'y']);
  });

  it('gives undefined when no row has a value', () => {
    expect(exampleValue([{ a: null }], 'a')).toBeUndefined();
  });
});
