// A table's JSON file, written and compared with the previous release's in one pass. Each
// piece's records are encoded once, into bytes that are both written and compared with the
// previous file's next bytes (table-diff.ts's takeSame): where a rerun changed a few records,
// nearly every piece is the previous release's byte for byte, and neither file's records are
// made strings to compare (at 10,000 sources the evidence and figures files are ~80 MB, most of
// it quotes in two-byte strings). A piece that differs is compared record by record, as before.
import type { TableComparison } from './changes.js';
import { EMPTY_TABLE, jsonPieces, writeWhole } from './write-table.js';

/**
 * Records per piece: fewer than jsonPieces' batch, so that a piece's text stays a short-lived
 * string of the young generation (at 200 evidence records, ~140 KB of two-byte text, it is not),
 * and a piece that differs from the previous file has fewer records to compare one by one.
 */
const RUN = 50;

/** Writes toJsonText(records) to file, as writeJsonTable does, comparing it with `comparison`'s previous table. */
export async function writeComparedJsonTable(file: string, records: ReadonlyArray<Record<string, unknown>>, comparison: TableComparison): Promise<void> {
  let scratch = Buffer.allocUnsafe(0);
  await writeWhole(file, async (write) => {
    if (records.length === 0) {
      await write(EMPTY_TABLE);
      return;
    }
    for (let start = 0; start < records.length; start += RUN) {
      // The run alone is one piece of jsonPieces, as the whole table's text lays it out but for
      // what opens and closes it: toJsonText(records) is the runs' texts joined by ",\n".
      const [piece] = jsonPieces(records.slice(start, start + RUN));
      const inner = piece!.parts[1]!;
      await write(start === 0 ? '[\n' : ',\n');
      // UTF-8 takes at most three bytes for a UTF-16 unit.
      if (scratch.length < inner.length * 3) scratch = Buffer.allocUnsafe(inner.length * 3);
      const bytes = scratch.subarray(0, scratch.write(inner));
      comparison.addPiece(start, piece!.bodies, bytes, records);
      await write(bytes);
      if (start + RUN >= records.length) await write('\n]\n');
    }
  });
}
