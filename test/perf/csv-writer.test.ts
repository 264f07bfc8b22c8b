// Tables are written as CSV a batch of rows at a time (emit/write-table.ts): the file must be the
// bytes of the whole table written at once, and read back to the same cells on any content.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, toCsv } from '../../pipeline/emit/csv.js';
import { writeCsvTable } from '../../pipeline/emit/write-table.js';
import { seededRandom } from '../../bench/generate-corpus.js';

const PIECES = ['a', ' ', ',', '"', "'", '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', 'é', '—', '😀', ';', '""', '1', ''];

function hostileRecords(count: number, columns: string[]): Record<string, unknown>[] {
  const random = seededRandom(9);
  const cell = (): unknown => {
    const roll = random();
    if (roll < 0.1) return null;
    if (roll < 0.2) return [-1.5, 0, 1e21, 2 ** 53, 0.1 + 0.2][Math.floor(random() * 5)];
    if (roll < 0.25) return random() < 0.5;
    if (roll < 0.35) return Array.from({ length: Math.floor(random() * 3) }, () => PIECES[Math.floor(random() * PIECES.length)]);
    return Array.from({ length: Math.floor(random() * 6) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
  };
  return Array.from({ length: count }, () => Object.fromEntries(columns.map((c) => [c, cell()])));
}

describe('the CSV table writer', () => {
  const columns = ['a', 'b,c', 'd"e', 'f'];
  const records = hostileRecords(3000, columns);

  it('writes in batches the bytes of the whole table written at once', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'csv-')), 't.csv');
    await writeCsvTable(file, columns, records);
    expect(readFileSync(file, 'utf8')).toBe(toCsv(columns, records));
  });

  it('reads back to the same cells, every line break inside a cell quoted (RFC 4180)', () => {
    const text = toCsv(columns, records);
    const rows = parse(text, { record_delimiter: '\r\n', relax_quotes: false }) as string[][];
    expect(rows[0]).toEqual(columns);
    expect(rows.slice(1)).toEqual(records.map((r) => columns.map((c) => String(csvCell(r[c])))));
    // outside quotes, the only line breaks are the record ends
    expect(text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
  });

  it('writes the bytes csv-stringify writes with the dialect the tables used it with', () => {
    // csv-stringify wrote the tables until the fourth session; the dataset's CSV must not change.
    const dialect = { record_delimiter: '\r\n', quoted_match: /[\r\n]/, cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } };
    const reference = (rows: unknown[][]) => stringify(rows, dialect);
    expect(toCsv(columns, records)).toBe(reference([columns, ...records.map((r) => columns.map((c) => csvCell(r[c])))]));
    const edges: unknown[][] = [[''], ['', ''], [0, -0, NaN, -1e-7, 1e21], [false, true], ['\r\n'], ['a\rb'], ['"'], ['x""y'], ['é,😀'], [' lead', 'trail ']];
    expect(csvHeader(columns)).toBe(reference([columns]));
    for (const cells of edges) expect(toCsv(cells.map((_, i) => `c${i}`), [Object.fromEntries(cells.map((v, i) => [`c${i}`, v]))])).toBe(reference([cells.map((_, i) => `c${i}`), cells.map((v) => csvCell(v))]));
  });

  it('writes a header alone for an empty table', () => {
    expect(toCsv(columns, [])).toBe('a,"b,c","d""e",f\r\n');
  });
});
