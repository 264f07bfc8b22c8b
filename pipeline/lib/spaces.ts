// The characters \s matches in a regular expression (ECMAScript WhiteSpace and LineTerminator,
// which are also what trim() removes), read by character code.

export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** How many runs of characters other than \s the string holds, counted up to `limit` + 1 at most. */
export function countSpaceSeparated(s: string, limit: number): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < s.length && count <= limit; i++) {
    const blank = isSpace(s.charCodeAt(i));
    if (!blank && !inRun) count++;
    inRun = !blank;
  }
  return count;
}
