// Values by source id, then by an offset in that source: two maps instead of one keyed by a
// "source:offset" string. A record's source id is a string its source's records share (its
// hash computed once) and an offset a small integer, so no key string is built and hashed for
// each of the ~150,000 mentions and ~144,000 evidence rows of 10,000 sources.
export type BySourceOffset<T> = Map<string, Map<number, T>>;

/** The map of one source's offsets in `index`, made when it has none yet. */
export function offsetsOf<T>(index: BySourceOffset<T>, source_id: string): Map<number, T> {
  let offsets = index.get(source_id);
  if (!offsets) index.set(source_id, (offsets = new Map()));
  return offsets;
}
