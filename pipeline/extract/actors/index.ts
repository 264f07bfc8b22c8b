// Actor recognition: lexicon entries (every name an actor goes by) and patterns for actors the
// lexicon lacks. (Interface stub: the full matcher replaces these bodies.)
import type { ActorDefinition, ActorMention, Span } from '../../model.js';

export interface ActorContext {
  /** Publication date (EDTF) or null: decides who held an office named without a name. */
  date: string | null;
}

export interface ActorFindings {
  mentions: ActorMention[];
  /** One definition for every actor_id the mentions use. */
  definitions: ActorDefinition[];
}

export interface PlaceMention extends Span {
  text: string;
  name: string; // canonical place name
  country: string | null; // ISO alpha-3
  kind: 'country' | 'province' | 'city' | 'region' | 'other';
}

const STUB: ActorDefinition[] = [
  { actor_id: 'iran', name: 'Iran', aliases: ['Tehran'], type: 'state', country: 'IRN', wikidata: 'Q794', origin: 'lexicon' },
  { actor_id: 'pakistan', name: 'Pakistan', aliases: ['Islamabad'], type: 'state', country: 'PAK', wikidata: 'Q843', origin: 'lexicon' },
];

export function findActors(content: string, context: ActorContext): ActorFindings {
  void context;
  const mentions: ActorMention[] = [];
  for (const def of STUB) {
    for (const name of [def.name, ...def.aliases]) {
      for (const m of content.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
        mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor_id: def.actor_id, rule: `lexicon:${def.actor_id}` });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const used = new Set(mentions.map((m) => m.actor_id));
  return { mentions, definitions: STUB.filter((d) => used.has(d.actor_id)) };
}

/** Places (countries named as places, provinces, cities, regions) for event locations. */
export function findPlaces(content: string): PlaceMention[] {
  void content;
  return [];
}
