// What the reader is looking at, and how it travels in the URL's hash so a view can be shared:
// #actor=pakistan&type=ASSAULT,ACCUSE&salience=core&from=2024-01-01&to=2024-01-31&source=x&q=strike&event=e1
// Pure functions: no DOM, so they are tested in Node.
import type { Event } from './data.js';
import { EVENT_TYPES, type EventType } from './palette.js';

export type SortKey = 'date' | 'type' | 'actor1' | 'summary' | 'fatalities' | 'salience';

export interface ViewState {
  view: 'events' | 'figures';
  actor: string | null; // actor_id
  types: EventType[]; // empty: every type
  salience: 'core' | 'context' | null;
  from: string | null; // ISO day, inclusive
  to: string | null; // ISO day, inclusive
  source: string | null; // source_id
  q: string; // words searched in summaries
  event: string | null; // the selected event_id
  sort: SortKey;
  descending: boolean;
  figureQuery: string;
}

export const initialState = (): ViewState => ({
  view: 'events', actor: null, types: [], salience: null, from: null, to: null, source: null,
  q: '', event: null, sort: 'date', descending: false, figureQuery: '',
});

const SORT_KEYS: readonly SortKey[] = ['date', 'type', 'actor1', 'summary', 'fatalities', 'salience'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a hash (with or without its '#'); anything malformed falls back to the default. */
export function parseHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = initialState();
  const text = (name: string): string | null => {
    const value = params.get(name);
    return value === null || value === '' ? null : value;
  };
  if (text('view') === 'figures') state.view = 'figures';
  state.actor = text('actor');
  state.types = (text('type') ?? '').split(',').filter((t): t is EventType => EVENT_TYPES.includes(t as EventType));
  const salience = text('salience');
  if (salience === 'core' || salience === 'context') state.salience = salience;
  const from = text('from');
  const to = text('to');
  if (from && ISO_DAY.test(from)) state.from = from;
  if (to && ISO_DAY.test(to)) state.to = to;
  state.source = text('source');
  state.q = text('q') ?? '';
  state.event = text('event');
  const sort = text('sort');
  if (sort) {
    const key = sort.replace(/^-/, '') as SortKey;
    if (SORT_KEYS.includes(key)) {
      state.sort = key;
      state.descending = sort.startsWith('-');
    }
  }
  state.figureQuery = text('fq') ?? '';
  return state;
}

/** Writes the state as a hash, leaving out every default so links stay short. */
export function formatHash(state: ViewState): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | null): void => {
    if (value) params.set(name, value);
  };
  if (state.view !== 'events') put('view', state.view);
  put('actor', state.actor);
  put('type', state.types.join(','));
  put('salience', state.salience);
  put('from', state.from);
  put('to', state.to);
  put('source', state.source);
  put('q', state.q);
  put('event', state.event);
  if (state.sort !== 'date' || state.descending) put('sort', `${state.descending ? '-' : ''}${state.sort}`);
  put('fq', state.figureQuery);
  const hash = params.toString();
  return hash ? `#${hash}` : '';
}

/** An event with what the filters compare, computed once. */
export interface IndexedEvent {
  event: Event;
  summaryLower: string;
}

/** The filters combine: an event is shown when it passes every one that is set. */
export function passesFilters(item: IndexedEvent, state: ViewState, words: string[]): boolean {
  const { event } = item;
  if (state.actor && event.actor1_id !== state.actor && event.actor2_id !== state.actor) return false;
  if (state.types.length > 0 && !state.types.includes(event.event_type)) return false;
  if (state.salience && event.salience !== state.salience) return false;
  if (state.from && event.date_end < state.from) return false; // overlaps the range
  if (state.to && event.date_start > state.to) return false;
  if (state.source && !event.source_ids.includes(state.source)) return false;
  return words.every((word) => item.summaryLower.includes(word));
}

/** The search box's words, lowercased; every one must appear in the summary. */
export const searchWords = (q: string): string[] => q.toLowerCase().split(/\s+/).filter(Boolean);
