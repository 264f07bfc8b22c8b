// CSV as RFC 4180 with CRLF line ends (the Frictionless default dialect), UTF-8, header row.
// Text cells that a spreadsheet would run as a formula are escaped as OWASP advises (CSV
// injection): a leading apostrophe before = + - @ tab or carriage return. Numbers and booleans
// are left alone. A text that already begins with apostrophes before such a character gets one
// more, so that removing one leading apostrophe always gives the original text back.

const APOSTROPHE = 0x27;

/** True when the text, after any leading apostrophes, begins with a formula character (= + - @ tab CR).
 * A plain scan rather than a regular expression: no backtracking on a run of apostrophes. */
function looksLikeFormula(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === APOSTROPHE) i++;
  const c = text.charCodeAt(i);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

/** The cell a value becomes: lists joined with ";", null as an empty cell. */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escapeFormula(value.join(';'));
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return escapeFormula(String(value));
}

/** "=1+2" → "'=1+2", "-5 dead" → "'-5 dead", "'=x" → "''=x"; "Iran" and "'quoted'" unchanged. */
export function escapeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Undoes escapeFormula: removes one leading apostrophe where escapeFormula added one. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text) ? text.slice(1) : text;
}

/** A cell that must be quoted: it holds a delimiter, a quote or any line break (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;

/** A text quoted (its quotes doubled) when it holds a comma, a quote or any line break. */
const quoted = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A text cell written out: what fieldOf writes for a string (a row template's text columns). */
export const csvText = (text: string): string => quoted(escapeFormula(text));

/**
 * One value as a CSV field, csvCell's cell written out: numbers as JavaScript writes them, booleans
 * as true/false, a text quoted when it holds a comma, a quote, or any line break: csv-stringify
 * would quote a cell with CRLF but not one with a lone CR or LF, which RFC 4180 wants quoted too.
 * These are the bytes csv-stringify wrote with those options (test/perf/csv-writer.test.ts
 * checks it), at a fraction of its cost: a build renders ~800 mention rows per source.
 */
function fieldOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value); // never holds a delimiter, quote or line break
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quoted(escapeFormula(Array.isArray(value) ? value.join(';') : String(value)));
}

/**
 * CSV rows (each with its CRLF) of the given columns of some records: a table written in batches,
 * and each source's mention rows as extraction renders them (~800 rows a source). Each line is
 * built by concatenation, with no array of cells per row.
 */
export function csvRows(columns: readonly string[], records: readonly object[]): string {
  const lines: string[] = new Array<string>(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as Record<string, unknown>;
    let line = fieldOf(record[columns[0]!]);
    for (let c = 1; c < columns.length; c++) line += `,${fieldOf(record[columns[c]!])}`;
    lines[r] = `${line}\r\n`;
  }
  // Joined from an array, so that the text is one flat string, not a rope of its rows.
  return lines.join('');
}

/** The header row of a table. */
export const csvHeader = (columns: readonly string[]): string => `${columns.map(quoted).join(',')}\r\n`;

export function toCsv(columns: string[], records: object[]): string {
  return csvHeader(columns) + csvRows(columns, records);
}
