// A short generated description of an event:
//   "Iran: missile and drone strike on Jaish al-Adl in Panjgur, Balochistan; 2 killed"
import type { Actor, Event } from '../../generated/dataset.js';

const LINK: Partial<Record<Event['event_type'], string>> = {
  ASSAULT: 'on', ACCUSE: 'against', SANCTION: 'against', THREATEN: 'against', COERCE: 'against', PROTEST: 'against',
  AID: 'to', REQUEST: 'to', REJECT: 'of', SUPPORT: 'of', CONSULT: 'with', AGREE: 'with', COOPERATE: 'with',
  CONCEDE: 'towards', RETREAT: 'towards', MOBILIZE: 'against',
};

export function summarise(e: Pick<Event, 'event_type' | 'subtype' | 'actor1_id' | 'actor2_id' | 'location' | 'fatalities' | 'injuries'>,
  actors: Map<string, Actor>): string {
  const name = (id: string | null): string | null => (id ? actors.get(id)?.name ?? id : null);
  const what = e.subtype ?? e.event_type.toLowerCase();
  const target = name(e.actor2_id);
  const parts = [`${name(e.actor1_id) ?? 'Unnamed actor'}: ${what}`];
  if (target) parts.push(` ${LINK[e.event_type] ?? 'with'} ${target}`);
  if (e.location) parts.push(` in ${e.location}`);
  const tolls = [e.fatalities !== null ? `${e.fatalities} killed` : null, e.injuries !== null ? `${e.injuries} injured` : null].filter(Boolean);
  return parts.join('') + (tolls.length ? `; ${tolls.join(', ')}` : '');
}
