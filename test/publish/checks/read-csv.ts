// Reads a release's CSV back with a real parser (csv-parse), as a researcher's tool would.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { releaseFile } from '../release.js';

export function readCsv(table: string): { text: string; header: string[]; rows: Array<Record<string, string>> } {
  const text = fs.readFileSync(releaseFile('csv', `${table}.csv`), 'utf8');
  const records = parse(text, { record_delimiter: '\r\n', relax_column_count: false, bom: false }) as string[][];
  const [header = [], ...body] = records;
  return { text, header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
}
