// A table's JSON file, written and compared with the previous release's in one pass. Each
// piece's records are encoded once, into bytes that are both written and compared with the
// previous file's next bytes (table-diff.ts's takeSame): where a rerun changed a few records,
// nearly every piece is the previous release's byte for byte, and neither file's records are
// made strings to compare (at 10,000 sources the evidence and figures files are ~80 MB, most of
// it quotes in two-byte strings). A piece that differs is compared record by record, as before.
import type { TableComparison } from './changes.js';
import { jsonPieces, writeWhole } from './write-table.js';

/** Writes toJsonText(records) to file, as writeJsonTable does, comparing it with `comparison`'s previous table. */
export async function writeComparedJsonTable(file: string, records: ReadonlyArray<Record<string, unknown>>, comparison: TableComparison): Promise<void> {
  let scratch = Buffer.allocUnsafe(0);
  await writeWhole(file, async (write) => {
    for (const piece of jsonPieces(records)) {
      const [before, inner, after] = piece.parts;
      await write(before!);
      if (inner === undefined) continue; // an empty table, written whole as its first part
      // UTF-8 takes at most three bytes for a UTF-16 unit.
      if (scratch.length < inner.length * 3) scratch = Buffer.allocUnsafe(inner.length * 3);
      const bytes = scratch.subarray(0, scratch.write(inner));
      comparison.addPiece(piece.start, piece.bodies, bytes, records);
      await write(bytes);
      await write(after!);
    }
  });
}
