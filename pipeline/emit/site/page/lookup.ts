// Indexes over the page's tables, built once when the page opens.
import type { Actor, Event, PageData, PageSource } from './data.js';

export interface Lookup {
  events: Map<string, Event>;
  actors: Map<string, Actor>;
  sources: Map<string, PageSource>;
  actorName(id: string | null): string;
  sourceLabel(id: string): string;
}

export function buildLookup(data: PageData): Lookup {
  const actors = new Map(data.actors.map((a) => [a.actor_id, a]));
  const sources = new Map(data.sources.map((s) => [s.source_id, s]));
  return {
    events: new Map(data.events.map((e) => [e.event_id, e])),
    actors,
    sources,
    actorName: (id) => (id === null ? '' : actors.get(id)?.name ?? id),
    sourceLabel: (id) => sources.get(id)?.title ?? id,
  };
}
