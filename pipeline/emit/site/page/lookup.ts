// Indexes over the page's tables, built once when the page opens.
import type { Actor, Event, Evidence, Figure, PageData, Source } from './data.js';

export interface Lookup {
  events: Map<string, Event>;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  evidenceByEvent: Map<string, Evidence[]>;
  figuresByEvent: Map<string, Figure[]>;
  actorName(id: string | null): string;
  sourceLabel(id: string): string;
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function buildLookup(data: PageData): Lookup {
  const actors = new Map(data.actors.map((a) => [a.actor_id, a]));
  const sources = new Map(data.sources.map((s) => [s.source_id, s]));
  return {
    events: new Map(data.events.map((e) => [e.event_id, e])),
    actors,
    sources,
    evidenceByEvent: groupBy(data.evidence, (e) => e.event_id),
    figuresByEvent: groupBy(data.figures, (f) => f.event_id),
    actorName: (id) => (id === null ? '' : actors.get(id)?.name ?? id),
    sourceLabel: (id) => sources.get(id)?.title ?? id,
  };
}
