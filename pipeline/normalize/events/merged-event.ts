// The event record of one cluster of mentions: its date, parties, place, tolls and sources, each
// chosen among what its mentions state. Read in one pass over the mentions, with a count of each
// field's values, not one list per field: a rerun makes all ~1,500 events of ~150,000 mentions
// again, and each pass over them is mostly the memory it reads.
import type { Actor, Event } from '../../generated/dataset.js';
import { edtfBounds, edtfPrecision } from '../../lib/edtf.js';
import { actorKey } from './compatible.js';
import { dateRange } from './date-range.js';
import { likeliestOf } from './likeliest-date.js';
import { summarise } from './summary.js';

/** What an event is made of, of each mention. */
export type EventMention = Pick<Event, 'event_type' | 'subtype' | 'actor1_id' | 'actor2_id' | 'location' | 'country' | 'fatalities' | 'injuries' | 'salience'> & {
  source_id: string;
  date: string;
};

/** How many mentions give each non-null value, in the order the values were first seen. */
function count<T>(counts: Map<T, number>, value: T | null): void {
  if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * The most frequent value counted; ties go to `prefer`'s best, then to the first seen. `skip`:
 * values left out (as if their mentions gave none).
 */
function mostGiven<T>(counts: Map<T, number>, prefer: (v: T) => number = () => 0, skip: (v: T) => boolean = () => false): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const [v, n] of counts) {
    if (skip(v)) continue;
    const score = prefer(v) * 1000 + n;
    if (score > bestScore) { best = v; bestScore = score; }
  }
  return best;
}

/** `cluster`: its mentions in merge order (by source_id as compareText orders them, then offset), at least one. */
export function mergedEvent(cluster: readonly EventMention[], event_id: string, actors: Map<string, Actor>): Event {
  const first = cluster[0]!;
  const dates = new Map<string, number>();
  const actor1s = new Map<string, number>();
  const actor2s = new Map<string, number>();
  const locations = new Map<string, number>();
  const subtypes = new Map<string, number>();
  let fatalitiesLow: number | null = null;
  let fatalitiesHigh: number | null = null;
  let injuries: number | null = null;
  let core = false;
  const source_ids: string[] = [];
  for (const m of cluster) {
    dates.set(m.date, (dates.get(m.date) ?? 0) + 1);
    count(actor1s, m.actor1_id);
    count(actor2s, m.actor2_id);
    count(locations, m.location);
    count(subtypes, m.subtype);
    if (m.fatalities !== null) {
      if (fatalitiesLow === null || m.fatalities < fatalitiesLow) fatalitiesLow = m.fatalities;
      if (fatalitiesHigh === null || m.fatalities > fatalitiesHigh) fatalitiesHigh = m.fatalities;
    }
    if (m.injuries !== null && (injuries === null || m.injuries < injuries)) injuries = m.injuries;
    if (m.salience === 'core') core = true;
    // Mentions come by source in order: each source once, already sorted.
    if (source_ids.at(-1) !== m.source_id) source_ids.push(m.source_id);
  }
  const date = likeliestOf(dates);
  // Bounds and precision as the merge computed them already (date-range.ts caches each date's);
  // an invalid date still fails here, as edtfBounds makes it.
  const range = dateRange(date) ?? { bounds: edtfBounds(date), precision: edtfPrecision(date) };
  const [date_start, date_end] = range.bounds;
  const actor1_id = mostGiven(actor1s);
  const named = (id: string): number => (actors.get(id)?.type === 'state' ? 0 : 1);
  // "For an attack, actor2 is the targeted group where named, else the state hit": not the initiator.
  const initiator = actorKey(actor1_id, actors);
  const actor2_id = mostGiven(actor2s, named, (id) => actorKey(id, actors) === initiator);
  const location = mostGiven(locations);
  const country = cluster.find((m) => m.location === location)?.country ?? null;
  const subtype = mostGiven(subtypes, (s) => s.length / 100);
  const base = { event_type: first.event_type, subtype, actor1_id, actor2_id, location, fatalities: fatalitiesLow, injuries };
  return {
    event_id, date, date_precision: range.precision, date_start, date_end, event_type: first.event_type,
    subtype, actor1_id, actor2_id, location, country,
    fatalities: fatalitiesLow, fatalities_low: fatalitiesLow, fatalities_high: fatalitiesHigh, injuries,
    salience: core ? 'core' : 'context',
    source_ids: source_ids as Event['source_ids'],
    summary: summarise(base, actors),
  };
}
