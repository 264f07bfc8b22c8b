// CSV as RFC 4180 with CRLF line ends (the Frictionless default dialect), UTF-8, header row.
// Text cells that a spreadsheet would run as a formula are escaped as OWASP advises (CSV
// injection): a leading apostrophe before = + - @ tab or carriage return. Numbers and booleans
// are left alone. A text that already begins with apostrophes before such a character gets one
// more, so that removing one leading apostrophe always gives the original text back.
//
// The rows are written here rather than by csv-stringify, which gave the same bytes (the tests
// compare the two on hostile cells) at several times the cost: the events, evidence and figures
// tables are written again on every run, a rerun too.

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_CHARS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when the text, after any leading apostrophes, begins with a formula character.
 * A plain scan rather than a regular expression: no backtracking on a run of apostrophes. */
function looksLikeFormula(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  return FORMULA_CHARS.has(text[i] ?? '');
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

/** A cell is quoted when it holds a comma, a quote or any line break (RFC 4180; a lone CR or LF too). */
const NEEDS_QUOTES = /[",\r\n]/;

/** The text of one cell in a row: quoted where it must be, with its quotes doubled. */
function field(cell: string | number | boolean): string {
  const text = typeof cell === 'string' ? cell : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row of cells, with its CRLF. */
function row(cells: ReadonlyArray<string | number | boolean>): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += i ? `,${field(cells[i]!)}` : field(cells[i]!);
  return `${line}\r\n`;
}

/** CSV rows (each with its CRLF) of the given columns of some records: a table written in batches. */
export function csvRows(columns: readonly string[], records: readonly object[]): string {
  let text = '';
  for (const r of records) text += row(columns.map((c) => csvCell((r as Record<string, unknown>)[c])));
  return text;
}

/** The header row of a table. */
export const csvHeader = (columns: readonly string[]): string => row(columns);

export function toCsv(columns: string[], records: object[]): string {
  return csvHeader(columns) + csvRows(columns, records);
}
