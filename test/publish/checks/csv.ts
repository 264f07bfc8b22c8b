// Every CSV read back with csv-parse equals its JSON table, value by value, once the formula
// escape is undone, lists split on ";", empty cells read as null and cells typed per the schema.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unescapeFormula } from '../../../pipeline/emit/csv.js';
import { tableSchemas } from '../../../pipeline/emit/schemas.js';
import { TABLES, type TableName } from '../../../pipeline/schemas/tables.js';
import { readReleaseJson, releaseFile } from '../release.js';
import { readCsv } from './read-csv.js';

interface Field { name: string; type: string }

/** A CSV cell as the JSON value it stands for, read the way the Table Schema says; lists are
 * the columns the JSON Schema makes arrays. */
function fromCell(cell: string, field: Field, isList: boolean): unknown {
  if (cell === '') return isList ? [] : null;
  if (field.type === 'integer' || field.type === 'number') return Number(cell);
  if (field.type === 'boolean') return cell === 'true';
  const text = unescapeFormula(cell);
  return isList ? text.split(';') : text;
}

const isListColumn = (table: TableName, column: string) => tableSchemas().get(table)!.schema.properties[column]!.type === 'array';

export function csvChecks(): void {
  describe('CSV tables', () => {
    const fieldsOf = (table: string) =>
      readReleaseJson<{ resources: Array<{ name: string; schema: { fields: Field[] } }> }>('datapackage.json').resources.find((r) => r.name === table)!.schema.fields;

    it.each(TABLES)('%s.csv equals its JSON table value by value', (table) => {
      const fields = fieldsOf(table);
      const { rows } = readCsv(table);
      const json = readReleaseJson<Array<Record<string, unknown>>>('json', `${table}.json`);
      expect(rows).toHaveLength(json.length);
      rows.forEach((row, i) => {
        const read = Object.fromEntries(fields.map((f) => [f.name, fromCell(row[f.name]!, f, isListColumn(table, f.name))]));
        // An empty list and a null list both read back as []: the JSON side never has null lists.
        expect(read, `${table} row ${i + 1}`).toEqual(json[i]);
      });
    });

    it.each(TABLES)('%s.csv is RFC 4180 with CRLF line ends, UTF-8 without BOM', (table) => {
      const bytes = fs.readFileSync(releaseFile('csv', `${table}.csv`));
      expect(bytes[0]).not.toBe(0xef);
      const text = bytes.toString('utf8');
      expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      // Outside quoted cells every line feed follows a carriage return.
      const unquoted = text.replace(/"(?:[^"]|"")*"/g, '""');
      expect(unquoted).not.toMatch(/[^\r]\n|\r(?!\n)/);
    });

    it('leaves no text cell that a spreadsheet would run as a formula', () => {
      for (const table of TABLES) {
        const fields = fieldsOf(table);
        for (const row of readCsv(table).rows) {
          for (const f of fields) {
            if (f.type === 'integer' || f.type === 'number') continue;
            expect(row[f.name], `${table}.${f.name}`).not.toMatch(/^[=+\-@\t\r]/);
          }
        }
      }
    });
  });
}
