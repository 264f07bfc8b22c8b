// CSV as RFC 4180 with CRLF line ends (the Frictionless default dialect), UTF-8, header row.
// Text cells that a spreadsheet would run as a formula are escaped as OWASP advises (CSV
// injection): a leading apostrophe before = + - @ tab or carriage return. Numbers and booleans
// are left alone. A text that already begins with apostrophes before such a character gets one
// more, so that removing one leading apostrophe always gives the original text back.
import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would evaluate, possibly behind apostrophes added by earlier escaping. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell a value becomes: lists joined with ";", null as an empty cell. */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escapeFormula(value.join(';'));
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return escapeFormula(String(value));
}

/** "=1+2" → "'=1+2", "-5 dead" → "'-5 dead", "'=x" → "''=x"; "Iran" and "'quoted'" unchanged. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormula: removes one leading apostrophe where escapeFormula added one. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function toCsv(columns: string[], records: object[]): string {
  const rows = records.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])));
  return stringify([columns, ...rows], {
    record_delimiter: '\r\n',
    // csv-stringify quotes a cell with the record delimiter but not one with a lone CR or LF;
    // RFC 4180 wants every line break inside a cell quoted.
    quoted_match: /[\r\n]/,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}
