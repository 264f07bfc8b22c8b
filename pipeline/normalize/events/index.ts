// Merges the events each source states into one record per real happening.
// (Interface stub: the full merger replaces this body.)
import { createHash } from 'node:crypto';
import type { Actor, Event, Evidence } from '../../generated/dataset.js';
import type { EventCandidate, Quoted } from '../../model.js';
import { edtfBounds, edtfPrecision } from '../../lib/edtf.js';

export interface SourceEvents {
  source_id: string;
  events: Quoted<EventCandidate>[];
}

export interface UndatedEvent {
  source_id: string;
  quote: string;
  char_start: number;
  char_end: number;
  rule: string;
  event_type: string;
}

export interface MergedEvents {
  events: Event[];
  evidence: Evidence[];
  undated: UndatedEvent[];
  /** For each source and sentence start, the event ids stated there (to link figures). */
  eventsBySentence: Map<string, string[]>;
}

export function mergeEvents(sources: SourceEvents[], actors: Map<string, Actor>): MergedEvents {
  const events: Event[] = [];
  const evidence: Evidence[] = [];
  const undated: UndatedEvent[] = [];
  const eventsBySentence = new Map<string, string[]>();
  for (const { source_id, events: candidates } of sources) {
    for (const c of candidates) {
      if (!c.date) {
        undated.push({ source_id, quote: c.quote, char_start: c.sentence.start, char_end: c.sentence.end, rule: c.rule, event_type: c.event_type });
        continue;
      }
      const [date_start, date_end] = edtfBounds(c.date);
      const event_id = `ev-${createHash('sha256').update(`${source_id}:${c.sentence.start}:${c.event_type}`).digest('hex').slice(0, 12)}`;
      const actorName = (id: string | null) => (id ? actors.get(id)?.name ?? id : 'unknown');
      events.push({
        event_id, date: c.date, date_precision: edtfPrecision(c.date), date_start, date_end, event_type: c.event_type,
        subtype: c.subtype, actor1_id: c.actor1_id, actor2_id: c.actor2_id, location: c.location, country: c.country,
        fatalities: c.fatalities, fatalities_low: c.fatalities, fatalities_high: c.fatalities, injuries: c.injuries,
        salience: c.salience, source_ids: [source_id],
        summary: `${actorName(c.actor1_id)}: ${c.subtype ?? c.event_type.toLowerCase()}${c.actor2_id ? ` against ${actorName(c.actor2_id)}` : ''}`,
      });
      evidence.push({ event_id, source_id, quote: c.quote, char_start: c.sentence.start, char_end: c.sentence.end, rule: c.rule });
      const key = `${source_id}:${c.sentence.start}`;
      eventsBySentence.set(key, [...(eventsBySentence.get(key) ?? []), event_id]);
    }
  }
  return { events, evidence, undated, eventsBySentence };
}
