/** JSON as the dataset writes it: two-space indent, LF, a final newline, key order as given. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Compares strings by UTF-16 code units, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
