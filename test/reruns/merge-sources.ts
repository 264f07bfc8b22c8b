// Generated sets of event mentions for the merge's tests: sources whose mentions share types,
// months, years and decades, drawn from a fixed pseudo-random sequence.
import type { Actor } from '../../pipeline/generated/dataset.js';
import type { EventCandidate, Quoted } from '../../pipeline/model.js';
import type { MergedEvents, SourceEvents } from '../../pipeline/normalize/events/index.js';
import { DEFINITIONS } from '../events/helpers.js';

export const actors = new Map<string, Actor>(DEFINITIONS.map((d) => [d.actor_id, d]));

/** A fixed pseudo-random sequence (mulberry32), so every run of the test sees the same sources. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: EventCandidate['event_type'][] = ['CONSULT', 'ASSAULT', 'ACCUSE', 'AGREE', 'COOPERATE'];
const ACTORS = ['iran', 'pakistan', 'irgc', 'jaish-al-adl', 'bla', 'raisi', 'sharif', 'araghchi', 'dar', null];
/** Days a day apart, months, years and one decade: groups that link through months and through wide dates. */
const DATES = ['2024-01-16', '2024-01-17', '2024-01-18', '2024-02-03', '2024-03-30', '2024-03-31', '2024-04-01', '2024-01', '2024-03',
  '2023-12-31', '2024-06-10', '2025-08-09', '2025-08', '2025', '2023-05-05', null];

/** `count` mentions of one source, drawn from `next`; the decade only where `wide`. */
export function sourceEvents(source_id: string, next: () => number, count: number, wide = false): SourceEvents {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const events: Quoted<EventCandidate>[] = [];
  for (let i = 0; i < count; i++) {
    const start = 200 * i + Math.floor(next() * 100);
    const event_type = wide && i === 0 ? 'COOPERATE' : pick(TYPES);
    events.push({
      sentence: { start, end: start + 80 }, trigger: { start: start + 4, end: start + 9 }, rule: 'test', event_type, subtype: null,
      actor1_id: pick(ACTORS), actor2_id: pick(ACTORS), mutual: next() < 0.1, date: wide && i === 0 ? '202X' : pick(DATES),
      location: null, country: next() < 0.3 ? pick(['IRN', 'PAK']) : null, fatalities: next() < 0.2 ? Math.floor(next() * 9) : null,
      injuries: null, salience: next() < 0.5 ? 'core' : 'context', quote: `${source_id} sentence ${i}`,
    });
  }
  return { source_id, events };
}

/** A set of sources with digests that change whenever their events do. */
export function corpus(seed: number, count: number): SourceEvents[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => withDigest(sourceEvents(`s-${String(i * 10).padStart(5, '0')}`, next, 2 + Math.floor(next() * 8))));
}

export const withDigest = (s: SourceEvents): SourceEvents => ({ ...s, digest: `d:${JSON.stringify(s.events).length}:${s.events.map((e) => `${e.date}${e.event_type}${e.actor1_id}${e.actor2_id}${e.sentence.start}`).join()}` });

export const CODE = 'test-code-version';

/** All that a merge returns, as text: equal texts, equal tables and equal state for the next run. */
export function asText(m: MergedEvents): string {
  return JSON.stringify({ events: m.events, evidence: m.evidence, undated: m.undated, bySentence: [...m.eventsBySentence], byFigure: [...m.eventsByFigure], state: m.state });
}
