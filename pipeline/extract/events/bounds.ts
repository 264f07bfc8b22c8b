// The bounds of an EDTF value (lib/edtf.ts), kept by value: the coder asks for those of the same
// few dates at every trigger near them (dating.ts) and for every draft (index.ts), and parsing a
// value with its regexes each time was ~2 % of the coder. The tuples are shared: read, never written.
import { edtfBoundsOrNull } from '../../lib/edtf.js';

const known = new Map<string, readonly [string, string] | null>();
/** How many values are kept; past it the memory starts again (a corpus names unboundedly many dates). */
const KEPT = 4096;

export function boundsOf(value: string): readonly [string, string] | null {
  let bounds = known.get(value);
  if (bounds === undefined) {
    bounds = edtfBoundsOrNull(value);
    if (known.size >= KEPT) known.clear();
    known.set(value, bounds);
  }
  return bounds;
}
