// Word runs read by character codes: the scanners of the event coder (events/tokens.ts) and of
// the figure rules (figures/words.ts) cut the same words as a regex of the form
// /[\p{L}\p{N}]+(?:[JOINERS][\p{L}\p{N}]+)*/u run over content[from, to), without a match object
// or a string per character. Every article's every character passes through here. (The amount
// tokenizer, which cuts other words, reads code points with codePointIn too.)

/** The code point at i, a surrogate pair read as one unless it is cut at `to`. */
export function codePointIn(content: string, i: number, to: number): number {
  const c = content.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return c;
  const low = content.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : c;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Non-ASCII code points already classified: articles use few distinct ones. */
const nonAsciiLetters = new Map<number, boolean>();

/** Whether a code point is a letter or a digit (\p{L} or \p{N}). */
export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = nonAsciiLetters.get(c);
  if (known === undefined) nonAsciiLetters.set(c, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(c))));
  return known;
}

/** The end of the run of letters and digits starting at i (ASCII read inline: most characters are). */
function runEnd(content: string, i: number, to: number): number {
  while (i < to) {
    const u = content.charCodeAt(i);
    if (u < 128) {
      if ((u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57)) {
        i++;
        continue;
      }
      break;
    }
    const c = codePointIn(content, i, to);
    if (!isLetterOrDigit(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * The end of the word that starts at i (a letter or digit there): runs of letters and digits
 * joined by one of `joiners` (character codes) between them.
 */
export function wordEnd(content: string, i: number, to: number, joiners: ReadonlySet<number>): number {
  i = runEnd(content, i, to);
  while (i + 1 < to && joiners.has(content.charCodeAt(i)) && isLetterOrDigit(codePointIn(content, i + 1, to))) i = runEnd(content, i + 1, to);
  return i;
}

/** Whether text has no upper-case ASCII letter and no character outside ASCII: toLowerCase would give it back as it is. */
export function isLowerAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}
