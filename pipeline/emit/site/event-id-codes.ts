// What the explorer's data thread is given of the tables (data-thread.ts): each evidence row's and
// figure's event id. As ~200,000 objects of one field at 10,000 sources, their structured clone
// cost ~110-180 CPU ms between the two threads (copied, read back and collected); as a list of the
// distinct ids and a code per record in a typed array, ~30.
import type { EventIds } from './data-from-tables.js';

export interface CodedEventIds {
  /** The events' ids, in order. */
  events: string[];
  /** Every distinct event id the evidence and figures name, by code. */
  names: string[];
  /** Each evidence row's and figure's event id as its code in `names`, or -1 for none. */
  evidence: Int32Array;
  figures: Int32Array;
}

export function codeEventIds(input: EventIds): CodedEventIds {
  const codes = new Map<string, number>();
  const code = (items: ReadonlyArray<{ event_id: string | null }>): Int32Array => {
    const out = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.event_id;
      if (id === null) {
        out[i] = -1;
        continue;
      }
      let c = codes.get(id);
      if (c === undefined) codes.set(id, (c = codes.size));
      out[i] = c;
    }
    return out;
  };
  const evidence = code(input.evidence);
  const figures = code(input.figures);
  return { events: input.events.map((e) => e.event_id), names: [...codes.keys()], evidence, figures };
}

export function decodeEventIds(coded: CodedEventIds): EventIds {
  const items = (list: Int32Array) => Array.from(list, (c) => ({ event_id: c < 0 ? null : coded.names[c]! }));
  return { events: coded.events.map((event_id) => ({ event_id })), evidence: items(coded.evidence), figures: items(coded.figures) };
}
