// A snapshot record's event and figure candidates, packed: ~88 % of a record's bytes, and what a
// rerun spends most of its taking of the records on. As JSON objects, JSON.parse reads every
// key of every candidate (~170 bytes of names an event) and a fresh string for every text field,
// which the compactor then looks up to share (the same quote is stated by several events and
// figures of a sentence, the same rule and actor names by most). Packed, a record's distinct
// strings are listed once, shared with the other records' as they are decoded, and the
// candidates are a flat list of values in a fixed order of fields, rebuilt as object literals.
// At 10,000 generated sources: 147 MB of candidates' JSON becomes ~85 MB, and taking the records
// and sharing their strings ~1.3 CPU-s becomes ~0.5 (docs/performance-log.md, thirteenth session).
//
// Only candidates of the shapes below are packed: the keys extraction gives them, in its order,
// text fields a string or null, spans {start, end}. A record with any other candidate (a field
// added to model.ts, another order, another type) is written as plain JSON, as before; so a
// packed record decodes to the values JSON.parse would give of the plain one, keys in the same
// order (test/perf/snapshot-candidates.test.ts).
import type { EventCandidate, FigureCandidate, Quoted, Span } from '../model.js';

type EventRecord = Quoted<EventCandidate>;
type FigureRecord = Quoted<FigureCandidate>;

/** An event candidate's keys as extraction gives them, without and with the figures it took tolls from. */
const EVENT_KEYS = ['sentence', 'trigger', 'rule', 'event_type', 'subtype', 'actor1_id', 'actor2_id', 'mutual', 'date', 'location', 'country', 'fatalities', 'injuries', 'salience', 'date_basis', 'quote'];
const EVENT_KEYS_WITH_FIGURES = [...EVENT_KEYS.slice(0, 14), 'figure_starts', ...EVENT_KEYS.slice(14)];
const FIGURE_KEYS = ['start', 'end', 'text', 'value', 'unit', 'kind', 'approximate', 'bound', 'subject', 'attribution', 'attributed_to', 'date', 'sentence', 'rule', 'quote'];

/** Fields written as they are (numbers, booleans, null, arrays): JSON gives them back alike in a list or in an object. */
const AS_IS = new Set(['mutual', 'fatalities', 'injuries', 'figure_starts', 'value', 'approximate', 'start', 'end']);
const SPANS = new Set(['sentence', 'trigger']);

/** Tags of an event in the list: which of its two shapes it has. */
const PLAIN_EVENT = 0;
const EVENT_WITH_FIGURES = 1;

/** Whether the keys of value are these, in this order. */
function hasKeys(value: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in value) if (!Object.hasOwn(value, key) || keys[i++] !== key) return false;
  return i === keys.length;
}

/** Whether each field of candidate is one packing writes and reads back unchanged. */
function packable(candidate: Record<string, unknown>, keys: readonly string[]): boolean {
  if (!hasKeys(candidate, keys)) return false;
  for (const key of keys) {
    const value = candidate[key];
    if (SPANS.has(key)) {
      if (typeof value !== 'object' || value === null || !hasKeys(value, ['start', 'end'])) return false;
      const span = value as Span;
      if (typeof span.start !== 'number' || typeof span.end !== 'number') return false;
    } else if (AS_IS.has(key)) {
      if (!(value === null || typeof value === 'number' || typeof value === 'boolean' || Array.isArray(value))) return false;
    } else if (value !== null && typeof value !== 'string') return false;
  }
  return true;
}

/**
 * The packed form of a record's candidates, [strings, events' values, figures' values], or null
 * where a candidate has another shape (the record is then written as JSON objects).
 */
export function packCandidates(events: readonly EventRecord[], figures: readonly FigureRecord[]): [string[], unknown[], unknown[]] | null {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const text = (value: string | null | undefined): number | null => {
    if (value === null || value === undefined) return null;
    let i = indexOf.get(value);
    if (i === undefined) {
      i = strings.length;
      indexOf.set(value, i);
      strings.push(value);
    }
    return i;
  };
  const eventValues: unknown[] = [];
  for (const e of events) {
    const withFigures = Object.hasOwn(e, 'figure_starts');
    if (!packable(e as unknown as Record<string, unknown>, withFigures ? EVENT_KEYS_WITH_FIGURES : EVENT_KEYS)) return null;
    eventValues.push(
      withFigures ? EVENT_WITH_FIGURES : PLAIN_EVENT, e.sentence.start, e.sentence.end, e.trigger.start, e.trigger.end,
      text(e.rule), text(e.event_type), text(e.subtype), text(e.actor1_id), text(e.actor2_id), e.mutual, text(e.date),
      text(e.location), text(e.country), e.fatalities, e.injuries, text(e.salience),
    );
    if (withFigures) eventValues.push(e.figure_starts);
    eventValues.push(text(e.date_basis), text(e.quote));
  }
  const figureValues: unknown[] = [];
  for (const f of figures) {
    if (!packable(f as unknown as Record<string, unknown>, FIGURE_KEYS)) return null;
    figureValues.push(
      f.start, f.end, text(f.text), f.value, text(f.unit), text(f.kind), f.approximate, text(f.bound), text(f.subject),
      text(f.attribution), text(f.attributed_to), text(f.date), f.sentence.start, f.sentence.end, text(f.rule), text(f.quote),
    );
  }
  return [strings, eventValues, figureValues];
}

/** A packed record that does not read: the snapshot holds what SnapshotWriter did not write. */
class DamagedPack extends Error {}

/**
 * The candidates of a packed record, their strings the ones `shared` holds where it holds the
 * same (and added to it where not): records taken together share them, as extraction's compactor
 * shares a run's. Throws DamagedPack where the pack is not one packCandidates made.
 */
export function unpackCandidates(packed: unknown, shared: Map<string, string>): { events: EventRecord[]; figures: FigureRecord[] } {
  if (!Array.isArray(packed) || packed.length !== 3 || !Array.isArray(packed[0]) || !Array.isArray(packed[1]) || !Array.isArray(packed[2])) throw new DamagedPack();
  const strings = packed[0] as string[];
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i]!;
    if (typeof s !== 'string') throw new DamagedPack();
    const known = shared.get(s);
    if (known === undefined) shared.set(s, s);
    else strings[i] = known;
  }
  const text = (index: unknown): string | null => {
    if (index === null) return null;
    const s = strings[index as number];
    if (s === undefined) throw new DamagedPack();
    return s;
  };
  // Values are read in the order packCandidates wrote them: the literals below must list the
  // fields in the order of EVENT_KEYS and FIGURE_KEYS, which is the objects' key order.
  const ev = packed[1] as any[];
  const events: EventRecord[] = [];
  let at = 0;
  while (at < ev.length) {
    const tag = ev[at];
    if (tag !== PLAIN_EVENT && tag !== EVENT_WITH_FIGURES) throw new DamagedPack();
    const sentence = { start: ev[at + 1], end: ev[at + 2] };
    const trigger = { start: ev[at + 3], end: ev[at + 4] };
    const rule = text(ev[at + 5]);
    const event_type = text(ev[at + 6]);
    const subtype = text(ev[at + 7]);
    const actor1_id = text(ev[at + 8]);
    const actor2_id = text(ev[at + 9]);
    const mutual = ev[at + 10];
    const date = text(ev[at + 11]);
    const location = text(ev[at + 12]);
    const country = text(ev[at + 13]);
    const fatalities = ev[at + 14];
    const injuries = ev[at + 15];
    const salience = text(ev[at + 16]);
    at += 17;
    if (tag === EVENT_WITH_FIGURES) {
      const figure_starts = ev[at];
      const date_basis = text(ev[at + 1]);
      const quote = text(ev[at + 2]);
      at += 3;
      events.push({ sentence, trigger, rule, event_type, subtype, actor1_id, actor2_id, mutual, date, location, country, fatalities, injuries, salience, figure_starts, date_basis, quote } as EventRecord);
    } else {
      const date_basis = text(ev[at]);
      const quote = text(ev[at + 1]);
      at += 2;
      events.push({ sentence, trigger, rule, event_type, subtype, actor1_id, actor2_id, mutual, date, location, country, fatalities, injuries, salience, date_basis, quote } as EventRecord);
    }
  }
  if (at !== ev.length) throw new DamagedPack();
  const fi = packed[2] as any[];
  if (fi.length % 16 !== 0) throw new DamagedPack();
  const figures: FigureRecord[] = [];
  for (let i = 0; i < fi.length; i += 16) {
    figures.push({
      start: fi[i], end: fi[i + 1], text: text(fi[i + 2]), value: fi[i + 3], unit: text(fi[i + 4]), kind: text(fi[i + 5]),
      approximate: fi[i + 6], bound: text(fi[i + 7]), subject: text(fi[i + 8]), attribution: text(fi[i + 9]),
      attributed_to: text(fi[i + 10]), date: text(fi[i + 11]), sentence: { start: fi[i + 12], end: fi[i + 13] }, rule: text(fi[i + 14]),
      quote: text(fi[i + 15]),
    } as FigureRecord);
  }
  return { events, figures };
}
