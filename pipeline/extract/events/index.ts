// Event coder: PLOVER events from trigger lexicons, roles from sentence structure, dates from
// the sentence or its discourse. (Interface stub: the full coder replaces this body.)
import type { ActorDefinition, ActorMention, DateMention, EventCandidate, FigureCandidate, Span } from '../../model.js';
import type { PlaceMention } from '../actors/index.js';

export interface EventInput {
  content: string;
  sentences: Span[];
  dates: DateMention[];
  actors: ActorMention[];
  definitions: ActorDefinition[];
  places: PlaceMention[];
  figures: FigureCandidate[];
  /** Publication date (EDTF) or null; never used as a fallback date for an event. */
  published: string | null;
}

const TRIGGERS: Array<[RegExp, EventCandidate['event_type'], string]> = [
  [/\b(?:strikes?|struck|fired (?:a barrage of )?missiles)\b/i, 'ASSAULT', 'strike'],
  [/\brecall(?:ed|ing)? (?:its|their) (?:respective )?ambassadors?\b/i, 'SANCTION', 'recall of ambassador'],
  [/\bvisit(?:ed)?\b/i, 'CONSULT', 'visit'],
];

export function findEvents(input: EventInput): EventCandidate[] {
  const events: EventCandidate[] = [];
  for (const sentence of input.sentences) {
    const text = input.content.slice(sentence.start, sentence.end);
    for (const [pattern, type, subtype] of TRIGGERS) {
      const m = pattern.exec(text);
      if (!m) continue;
      const inside = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
      const date = input.dates.find(inside)?.value ?? null;
      const actors = [...new Set(input.actors.filter(inside).map((a) => a.actor_id))];
      events.push({
        sentence, trigger: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
        rule: `trigger:${subtype}`, event_type: type, subtype, actor1_id: actors[0] ?? null, actor2_id: actors[1] ?? null,
        date, location: null, country: null, fatalities: null, injuries: null, salience: 'core',
      });
    }
  }
  return events;
}
