// CSV as RFC 4180 with CRLF line ends (the Frictionless default dialect), UTF-8, header row.
// Text cells that a spreadsheet would run as a formula are escaped as OWASP advises: a leading
// apostrophe before = + - @ tab or carriage return. Numbers are left alone.
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell a value becomes: lists joined with ";", null as an empty cell. */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escapeFormula(value.join(';'));
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return escapeFormula(String(value));
}

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormula, for readers who want the original text back. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function toCsv(columns: string[], records: object[]): string {
  const rows = records.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])));
  return stringify([columns, ...rows], { record_delimiter: '\r\n', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}
