// The explorer's data files hold one JSON string literal each (chunks.ts): inlineJson of a JSON
// text, i.e. JSON.stringify of it with markup characters \u-escaped. At 10,000 sources that is
// ~75 M characters, mostly in strings V8 stores two bytes a character (a single ’ makes a string
// so), on which JSON.stringify, the markup replace and the final UTF-8 encoding each took a pass
// over a copy. Here the literal's inside is made from the text's UTF-8 bytes instead, in one pass
// into a reused buffer: the same bytes as Buffer.from(inlineJson(text).slice(1, -1)).
//
// Escaping a text is escaping each of its characters on its own (JSON.stringify's rules, then
// inline.ts's). The one character UTF-8 cannot carry is a lone surrogate (JSON.stringify writes
// it as \udxxx; UTF-8 encoding, as U+FFFD): a text whose bytes hold U+FFFD and that has a lone
// surrogate is escaped as a string instead. JSON texts made by JSON.stringify never hold one.
import { inlineJson } from './inline.js';

/** The escape of each byte that needs one ('' for bytes copied as they are). */
const ESCAPES: string[] = Array.from({ length: 256 }, () => '');
for (let c = 0; c < 0x20; c++) ESCAPES[c] = `\\u${c.toString(16).padStart(4, '0')}`;
Object.assign(ESCAPES, { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r', 0x22: '\\"', 0x5c: '\\\\' });
// inline.ts's markup characters (one byte each in UTF-8; U+2028 and U+2029 are handled apart).
for (const c of ['<', '>', '&']) ESCAPES[c.charCodeAt(0)] = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
export const ESCAPE_BYTES = ESCAPES.map((e) => Buffer.from(e));

/** 1 for a byte that is not copied as it is: an escaped one, or 0xE2, which may start U+2028 or U+2029. */
export const SPECIAL = new Uint8Array(256);
ESCAPES.forEach((e, c) => void (SPECIAL[c] = e ? 1 : 0));
SPECIAL[0xe2] = 1;
SPECIAL[0xef] = 1; // may start U+FFFD (EF BF BD), which a lone surrogate is encoded as
// U+2028 and U+2029 in UTF-8: E2 80 A8 and E2 80 A9, escaped.
export const LINE_SEPARATORS = [Buffer.from('\\u2028'), Buffer.from('\\u2029')];

/** The inside of the literal inlineJson writes for the text `piece`. */
export const escapedStringOf = (piece: string): string => inlineJson(piece).slice(1, -1);

/** String.prototype.isWellFormed (Node 20; ES2024, past this project's lib setting): no lone surrogate. */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** Whether a text ends with the first half of a surrogate pair (whose second half may start the next text). */
const endsInPair = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
};

/** Turns texts into the bytes of their escaped literal, through buffers it keeps and grows. */
export class LiteralEncoder {
  private text = Buffer.allocUnsafe(1 << 16);
  private out = Buffer.allocUnsafe(1 << 18);

  /**
   * The UTF-8 bytes of escapedStringOf(piece). The result is a view of a buffer this encoder
   * reuses: valid until the next call.
   */
  escape(piece: string): Buffer {
    const end = this.append(piece, 0); // first: it may replace the buffer with a larger one
    return this.out.subarray(0, end);
  }

  /**
   * escape(parts.join('')), the parts escaped one after the other: a data file's text is not
   * joined first, a copy as large as the file. Escaping is character by character, so this is
   * the same but where a surrogate pair is cut between two parts, whose halves apart would be
   * lone surrogates: then the parts are joined.
   */
  escapeParts(parts: readonly string[]): Buffer {
    for (let k = 0; k + 1 < parts.length; k++) if (endsInPair(parts[k]!)) return this.escape(parts.join(''));
    let o = 0;
    for (const part of parts) o = this.append(part, o);
    return this.out.subarray(0, o);
  }

  /** Writes escapedStringOf(piece)'s bytes at `start` of the output buffer (kept up to there); returns where they end. */
  private append(piece: string, start: number): number {
    // Each UTF-16 unit takes at most three bytes, and each byte at most six once escaped.
    if (this.text.length < piece.length * 3) this.text = Buffer.allocUnsafe(piece.length * 3);
    const n = this.text.write(piece);
    if (this.out.length < start + n * 6) {
      const grown = Buffer.allocUnsafe(Math.max(start + n * 6, this.out.length * 2));
      this.out.copy(grown, 0, 0, start);
      this.out = grown;
    }
    const text = this.text;
    const out = this.out;
    let o = start;
    let replacement = false;
    for (let i = 0; i < n; i++) {
      const byte = text[i]!;
      if (SPECIAL[byte] === 0) {
        out[o++] = byte;
        continue;
      }
      if (byte === 0xef) {
        if (text[i + 1] === 0xbf && text[i + 2] === 0xbd) replacement = true;
        out[o++] = byte;
        continue;
      }
      if (byte === 0xe2) {
        // Compared, not looked up: E2 starts every curly quote and dash of the sources' text.
        const third = text[i + 2];
        if (text[i + 1] === 0x80 && (third === 0xa8 || third === 0xa9)) {
          o += LINE_SEPARATORS[third - 0xa8]!.copy(out, o);
          i += 2;
        } else {
          out[o++] = byte;
        }
        continue;
      }
      const escape = ESCAPE_BYTES[byte]!;
      for (let k = 0; k < escape.length; k++) out[o++] = escape[k]!;
    }
    if (replacement && !isWellFormed(piece)) return start + Buffer.from(escapedStringOf(piece)).copy(out, start);
    return o;
  }
}
