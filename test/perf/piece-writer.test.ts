// PieceWriter (emit/write-table.ts) encodes text straight into its buffer where it surely fits,
// without counting its bytes first: the file must still be every piece's UTF-8 bytes in order,
// whatever the pieces' sizes (around the buffer's 1 MB and a third of it, the most a piece of
// UTF-16 units can take) and characters (one to three bytes a unit, surrogate pairs, lone
// surrogates, which UTF-8 writes as U+FFFD).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '../../pipeline/emit/write-table.js';
import { seededRandom } from '../../bench/generate-corpus.js';

const UNITS = ['a', '"', '\n', 'é', 'ÿ', '—', '’', '\u2028', '😀', '\ud800', '\udfff', '\uffff', '\u0000'];
const MB = 1 << 20;

function piece(random: () => number, length: number): string {
  const kind = random();
  if (kind < 0.3) return 'x'.repeat(length); // one byte a unit
  if (kind < 0.5) return '’'.repeat(length); // three bytes a unit
  let text = '';
  while (text.length < length) text += UNITS[Math.floor(random() * UNITS.length)];
  return text;
}

describe('PieceWriter', () => {
  it('writes the UTF-8 bytes of every piece in order, at any size', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'piece-writer-'));
    const random = seededRandom(12);
    // Sizes near the limits: a third of the buffer (in units), the buffer, and small ones between.
    const sizes = [0, 1, 2, Math.floor(MB / 3) - 1, Math.floor(MB / 3), Math.floor(MB / 3) + 1, MB / 2, MB - 1, MB, MB + 1, 3 * MB];
    for (let round = 0; round < 6; round++) {
      const pieces: Array<string | Buffer> = [];
      for (let i = 0; i < 40; i++) {
        const size = random() < 0.3 ? sizes[Math.floor(random() * sizes.length)]! : Math.floor(random() * 70_000);
        const text = piece(random, size);
        pieces.push(random() < 0.15 ? Buffer.from(text) : text);
      }
      const file = path.join(dir, `${round}.txt`);
      await writeWhole(file, async (write) => {
        for (const p of pieces) await write(p);
      });
      expect(readFileSync(file).equals(Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))))).toBe(true);
    }
  });
});
