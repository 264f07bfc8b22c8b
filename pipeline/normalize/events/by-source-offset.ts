// Values by source id, then by an offset in that source: two maps instead of one keyed by a
// "source:offset" string. A record's source id is a string its source's records share (its
// hash computed once) and an offset a small integer, so no key string is built and hashed for
// each of the ~150,000 mentions and ~144,000 evidence rows of 10,000 sources.
export type BySourceOffset<T> = Map<string, Map<number, T>>;

/** The inner map of `key` in a map of maps (a source's offsets), made when it has none yet. */
export function innerMap<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}
