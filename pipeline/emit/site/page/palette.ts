// One colour per PLOVER type: cooperative types in greens and blues, REQUEST in ochre,
// conflictual types in oranges, reds and purples. Every colour has at least 3:1 contrast on
// white (WCAG 1.4.11), and the timeline also puts each type on its own labelled row, so colour
// is never the only cue.
import type { Event } from './data.js';

export type EventType = Event['event_type'];

export const EVENT_TYPES: readonly EventType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export const TYPE_COLOURS: Readonly<Record<EventType, string>> = {
  AGREE: '#1b7a3a',
  CONSULT: '#1f6fb2',
  SUPPORT: '#2e8b57',
  CONCEDE: '#5f7f16',
  COOPERATE: '#0e7c7b',
  AID: '#3f51b5',
  RETREAT: '#56687a',
  REQUEST: '#8a6a00',
  ACCUSE: '#c25400',
  REJECT: '#a0522d',
  THREATEN: '#b0006a',
  PROTEST: '#d81b60',
  SANCTION: '#6a3d9a',
  MOBILIZE: '#6d4c41',
  COERCE: '#8e1b1b',
  ASSAULT: '#d32f2f',
};

/** What each type means, for labels and tooltips (PLOVER codebook, abridged). */
export const TYPE_LABELS: Readonly<Record<EventType, string>> = {
  AGREE: 'agree', CONSULT: 'consult', SUPPORT: 'support', CONCEDE: 'concede',
  COOPERATE: 'cooperate', AID: 'aid', RETREAT: 'retreat', REQUEST: 'request',
  ACCUSE: 'accuse', REJECT: 'reject', THREATEN: 'threaten', PROTEST: 'protest',
  SANCTION: 'sanction', MOBILIZE: 'mobilize', COERCE: 'coerce', ASSAULT: 'assault',
};
